/**
 * React wrapper for `<paris-call-supporters>` (`paris-call-widgets/react/supporters.js`): typed
 * props, `onLoad` / `onError`. Defines that element only.
 *
 *   import { ParisCallSupporters } from 'paris-call-widgets/react/supporters.js';
 */
import React from 'react';
import { createComponent } from '@lit/react';
import { ParisCallSupporters as Element } from '../components/supporters/define.js';
import { events } from './events.js';
import { withFallback } from './with-fallback.js';
import type { ParisCallComponent } from './types.js';

export type { ParisCallComponent, ParisCallComponentEvents } from './types.js';

export const ParisCallSupporters: ParisCallComponent<Element> = withFallback(
  'supporters',
  createComponent({
    tagName: 'paris-call-supporters',
    elementClass: Element,
    react: React,
    events,
    displayName: 'ParisCallSupporters',
  }),
);
