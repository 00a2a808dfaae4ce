/**
 * React wrappers for all seven widgets (`paris-call-widgets/react.js`), made
 * with `@lit/react`: typed props for every property, and `onLoad` / `onError`
 * for the `paris-call-load` / `paris-call-error` events. React is a peer
 * dependency. This module defines every element; an app that wraps one
 * widget imports that widget's wrapper and carries only it:
 *
 *   import { ParisCallCounter } from 'paris-call-widgets/react/counter.js';
 *   <ParisCallCounter category="state" onLoad={() => …} />
 */
export type { ParisCallComponent, ParisCallComponentEvents } from './types.js';
export { ParisCallCounter } from './counter.js';
export { ParisCallPrinciple } from './principle.js';
export { ParisCallPrinciples } from './principles.js';
export { ParisCallTimeline } from './timeline.js';
export { ParisCallBadge } from './badge.js';
export { ParisCallSupporters } from './supporters.js';
export { ParisCallMap } from './map.js';
