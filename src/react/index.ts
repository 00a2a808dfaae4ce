/**
 * React wrappers (`paris-call-widgets/react.js`), made with `@lit/react`: typed
 * props for every property, and `onLoad` / `onError` for the
 * `paris-call-load` / `paris-call-error` events. React is a peer dependency.
 *
 *   import { ParisCallCounter } from 'paris-call-widgets/react.js';
 *   <ParisCallCounter category="state" onLoad={() => …} />
 */
import React, { type ForwardRefExoticComponent, type HTMLAttributes, type RefAttributes } from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { ParisCallErrorDetail } from '../core/base-element.js';
import { ParisCallCounter as CounterElement } from '../components/counter/define.js';
import { ParisCallPrinciple as PrincipleElement } from '../components/principle/define.js';
import { ParisCallPrinciples as PrinciplesElement } from '../components/principles/define.js';
import { ParisCallTimeline as TimelineElement } from '../components/timeline/define.js';
import { ParisCallBadge as BadgeElement } from '../components/badge/define.js';
import { ParisCallSupporters as SupportersElement } from '../components/supporters/define.js';
import { ParisCallMap as MapElement } from '../components/map/define.js';
// Types only: typed JSX for the bare tags (React 19 has no global JSX).
import './jsx.js';

type ElementProps<I> = Partial<Omit<I, keyof HTMLElement>>;

/** `onLoad` / `onError`: the `paris-call-load` / `paris-call-error` events. */
export interface ParisCallComponentEvents {
  onLoad?: (event: CustomEvent<undefined>) => void;
  onError?: (event: CustomEvent<ParisCallErrorDetail>) => void;
}

/**
 * The type of each wrapper: @lit/react's `ReactWebComponent`, written out so
 * the published types need only React's. @lit/react is bundled into the
 * wrappers and is not a dependency: a type that imported it would not resolve
 * in an app (and would silently become `any` under `skipLibCheck`).
 */
export type ParisCallComponent<I extends HTMLElement> = ForwardRefExoticComponent<
  Omit<HTMLAttributes<I>, keyof ParisCallComponentEvents | keyof ElementProps<I>> &
    ParisCallComponentEvents &
    ElementProps<I> &
    RefAttributes<I>
>;

const events = {
  onLoad: 'paris-call-load' as EventName<CustomEvent<undefined>>,
  onError: 'paris-call-error' as EventName<CustomEvent<ParisCallErrorDetail>>,
};

export const ParisCallCounter: ParisCallComponent<CounterElement> = createComponent({
  tagName: 'paris-call-counter',
  elementClass: CounterElement,
  react: React,
  events,
  displayName: 'ParisCallCounter',
});

export const ParisCallPrinciple: ParisCallComponent<PrincipleElement> = createComponent({
  tagName: 'paris-call-principle',
  elementClass: PrincipleElement,
  react: React,
  events,
  displayName: 'ParisCallPrinciple',
});

export const ParisCallPrinciples: ParisCallComponent<PrinciplesElement> = createComponent({
  tagName: 'paris-call-principles',
  elementClass: PrinciplesElement,
  react: React,
  events,
  displayName: 'ParisCallPrinciples',
});

export const ParisCallTimeline: ParisCallComponent<TimelineElement> = createComponent({
  tagName: 'paris-call-timeline',
  elementClass: TimelineElement,
  react: React,
  events,
  displayName: 'ParisCallTimeline',
});

export const ParisCallBadge: ParisCallComponent<BadgeElement> = createComponent({
  tagName: 'paris-call-badge',
  elementClass: BadgeElement,
  react: React,
  events,
  displayName: 'ParisCallBadge',
});

export const ParisCallSupporters: ParisCallComponent<SupportersElement> = createComponent({
  tagName: 'paris-call-supporters',
  elementClass: SupportersElement,
  react: React,
  events,
  displayName: 'ParisCallSupporters',
});

export const ParisCallMap: ParisCallComponent<MapElement> = createComponent({
  tagName: 'paris-call-map',
  elementClass: MapElement,
  react: React,
  events,
  displayName: 'ParisCallMap',
});
