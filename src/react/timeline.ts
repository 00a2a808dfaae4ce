/**
 * React wrapper for `<paris-call-timeline>` (`paris-call-widgets/react/timeline.js`): typed
 * props, `onLoad` / `onError`. Defines that element only.
 *
 *   import { ParisCallTimeline } from 'paris-call-widgets/react/timeline.js';
 */
import React from 'react';
import { createComponent } from '@lit/react';
import { ParisCallTimeline as Element } from '../components/timeline/define.js';
import { events } from './events.js';
import { withFallback } from './with-fallback.js';
import type { ParisCallComponent } from './types.js';

export type { ParisCallComponent, ParisCallComponentEvents } from './types.js';

export const ParisCallTimeline: ParisCallComponent<Element> = withFallback(
  'timeline',
  createComponent({
    tagName: 'paris-call-timeline',
    elementClass: Element,
    react: React,
    events,
    displayName: 'ParisCallTimeline',
  }),
);
