/**
 * React wrapper for `<paris-call-map>` (`paris-call-widgets/react/map.js`): typed
 * props, `onLoad` / `onError`. Defines that element only.
 *
 *   import { ParisCallMap } from 'paris-call-widgets/react/map.js';
 */
import React from 'react';
import { createComponent } from '@lit/react';
import { ParisCallMap as Element } from '../components/map/define.js';
import { events } from './events.js';
import { withFallback } from './with-fallback.js';
import type { ParisCallComponent } from './types.js';

export type { ParisCallComponent, ParisCallComponentEvents } from './types.js';

export const ParisCallMap: ParisCallComponent<Element> = withFallback(
  'map',
  createComponent({
    tagName: 'paris-call-map',
    elementClass: Element,
    react: React,
    events,
    displayName: 'ParisCallMap',
  }),
);
