/**
 * React wrapper for `<paris-call-counter>` (`paris-call-widgets/react/counter.js`): typed
 * props, `onLoad` / `onError`. Defines that element only.
 *
 *   import { ParisCallCounter } from 'paris-call-widgets/react/counter.js';
 */
import React from 'react';
import { createComponent } from '@lit/react';
import { ParisCallCounter as Element } from '../components/counter/define.js';
import { events } from './events.js';
import { withFallback } from './with-fallback.js';
import type { ParisCallComponent } from './types.js';

export type { ParisCallComponent, ParisCallComponentEvents } from './types.js';

export const ParisCallCounter: ParisCallComponent<Element> = withFallback(
  'counter',
  createComponent({
    tagName: 'paris-call-counter',
    elementClass: Element,
    react: React,
    events,
    displayName: 'ParisCallCounter',
  }),
);
