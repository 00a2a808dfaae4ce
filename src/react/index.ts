/**
 * React wrappers (`paris-call-widgets/react`), made with `@lit/react`: typed
 * props for every property, and `onLoad` / `onError` for the
 * `paris-call-load` / `paris-call-error` events. React is a peer dependency.
 *
 *   import { ParisCallCounter } from 'paris-call-widgets/react';
 *   <ParisCallCounter category="state" onLoad={() => …} />
 */
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { ParisCallErrorDetail } from '../core/base-element.js';
import { ParisCallCounter as CounterElement } from '../components/counter/define.js';
import { ParisCallPrinciple as PrincipleElement } from '../components/principle/define.js';
import { ParisCallPrinciples as PrinciplesElement } from '../components/principles/define.js';
import { ParisCallTimeline as TimelineElement } from '../components/timeline/define.js';
import { ParisCallBadge as BadgeElement } from '../components/badge/define.js';
import { ParisCallSupporters as SupportersElement } from '../components/supporters/define.js';
import { ParisCallMap as MapElement } from '../components/map/define.js';

const events = {
  onLoad: 'paris-call-load' as EventName<CustomEvent<undefined>>,
  onError: 'paris-call-error' as EventName<CustomEvent<ParisCallErrorDetail>>,
};

export const ParisCallCounter = createComponent({
  tagName: 'paris-call-counter',
  elementClass: CounterElement,
  react: React,
  events,
  displayName: 'ParisCallCounter',
});

export const ParisCallPrinciple = createComponent({
  tagName: 'paris-call-principle',
  elementClass: PrincipleElement,
  react: React,
  events,
  displayName: 'ParisCallPrinciple',
});

export const ParisCallPrinciples = createComponent({
  tagName: 'paris-call-principles',
  elementClass: PrinciplesElement,
  react: React,
  events,
  displayName: 'ParisCallPrinciples',
});

export const ParisCallTimeline = createComponent({
  tagName: 'paris-call-timeline',
  elementClass: TimelineElement,
  react: React,
  events,
  displayName: 'ParisCallTimeline',
});

export const ParisCallBadge = createComponent({
  tagName: 'paris-call-badge',
  elementClass: BadgeElement,
  react: React,
  events,
  displayName: 'ParisCallBadge',
});

export const ParisCallSupporters = createComponent({
  tagName: 'paris-call-supporters',
  elementClass: SupportersElement,
  react: React,
  events,
  displayName: 'ParisCallSupporters',
});

export const ParisCallMap = createComponent({
  tagName: 'paris-call-map',
  elementClass: MapElement,
  react: React,
  events,
  displayName: 'ParisCallMap',
});
