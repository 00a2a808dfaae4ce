/**
 * React wrapper for `<paris-call-badge>` (`paris-call-widgets/react/badge.js`): typed
 * props, `onLoad` / `onError`. Defines that element only.
 *
 *   import { ParisCallBadge } from 'paris-call-widgets/react/badge.js';
 */
import React from 'react';
import { createComponent } from '@lit/react';
import { ParisCallBadge as Element } from '../components/badge/define.js';
import { events } from './events.js';
import { withFallback } from './with-fallback.js';
import type { ParisCallComponent } from './types.js';

export type { ParisCallComponent, ParisCallComponentEvents } from './types.js';

export const ParisCallBadge: ParisCallComponent<Element> = withFallback(
  'badge',
  createComponent({
    tagName: 'paris-call-badge',
    elementClass: Element,
    react: React,
    events,
    displayName: 'ParisCallBadge',
  }),
);
