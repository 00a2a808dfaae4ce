/**
 * React wrapper for `<paris-call-principle>` (`paris-call-widgets/react/principle.js`): typed
 * props, `onLoad` / `onError`. Defines that element only.
 *
 *   import { ParisCallPrinciple } from 'paris-call-widgets/react/principle.js';
 */
import React from 'react';
import { createComponent } from '@lit/react';
import { ParisCallPrinciple as Element } from '../components/principle/define.js';
import { events } from './events.js';
import { withFallback } from './with-fallback.js';
import type { ParisCallComponent } from './types.js';

export type { ParisCallComponent, ParisCallComponentEvents } from './types.js';

export const ParisCallPrinciple: ParisCallComponent<Element> = withFallback(
  'principle',
  createComponent({
    tagName: 'paris-call-principle',
    elementClass: Element,
    react: React,
    events,
    displayName: 'ParisCallPrinciple',
  }),
);
