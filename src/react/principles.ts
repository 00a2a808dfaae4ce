/**
 * React wrapper for `<paris-call-principles>` (`paris-call-widgets/react/principles.js`): typed
 * props, `onLoad` / `onError`. Defines that element only.
 *
 *   import { ParisCallPrinciples } from 'paris-call-widgets/react/principles.js';
 */
import React from 'react';
import { createComponent } from '@lit/react';
import { ParisCallPrinciples as Element } from '../components/principles/define.js';
import { events } from './events.js';
import { withFallback } from './with-fallback.js';
import type { ParisCallComponent } from './types.js';

export type { ParisCallComponent, ParisCallComponentEvents } from './types.js';

export const ParisCallPrinciples: ParisCallComponent<Element> = withFallback(
  'principles',
  createComponent({
    tagName: 'paris-call-principles',
    elementClass: Element,
    react: React,
    events,
    displayName: 'ParisCallPrinciples',
  }),
);
