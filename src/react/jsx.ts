/**
 * Typed JSX for the tags themselves in React 19 (which passes properties and
 * events to custom elements but, unlike React 18, declares no global `JSX`).
 * Types only, nothing at run time. It comes with the wrappers' types, so one
 * type-only import is enough for an app that uses the bare tags:
 *
 *   import 'paris-call-widgets/counter.js';          // defines the element
 *   import type {} from 'paris-call-widgets/react.js'; // types <paris-call-counter>
 *   <paris-call-counter category="state" onparis-call-load={(e) => …} />
 *
 * Props are the element's public properties (camelCase: `noAnimation`,
 * `headingLevel`; React 19 sets them as properties), the usual HTML
 * attributes, and `onparis-call-load` / `onparis-call-error` listeners.
 */
import type { HTMLAttributes, RefAttributes } from 'react';
import type { ParisCallErrorDetail, Theme } from '../core/base-element.js';
import type { ParisCallCounter } from '../components/counter/counter.js';
import type { ParisCallPrinciple } from '../components/principle/principle.js';
import type { ParisCallPrinciples } from '../components/principles/principles.js';
import type { ParisCallTimeline } from '../components/timeline/timeline.js';
import type { ParisCallBadge } from '../components/badge/badge.js';
import type { ParisCallSupporters } from '../components/supporters/supporters.js';
import type { ParisCallMap } from '../components/map/map.js';

/** Props of one widget tag in JSX: its own properties `K` plus `src` and `theme`. */
export type ParisCallTagProps<E extends HTMLElement & { src: string; theme: Theme }, K extends keyof E> = HTMLAttributes<E> &
  RefAttributes<E> &
  Partial<Pick<E, K | 'src' | 'theme'>> & {
    'onparis-call-load'?: (event: CustomEvent<undefined>) => void;
    'onparis-call-error'?: (event: CustomEvent<ParisCallErrorDetail>) => void;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'paris-call-counter': ParisCallTagProps<ParisCallCounter, 'category' | 'layout' | 'noAnimation'>;
      'paris-call-principle': ParisCallTagProps<ParisCallPrinciple, 'number' | 'headingLevel'>;
      'paris-call-principles': ParisCallTagProps<ParisCallPrinciples, 'layout' | 'noHeading' | 'headingLevel'>;
      'paris-call-timeline': ParisCallTagProps<ParisCallTimeline, 'orientation' | 'headingLevel' | 'noHeading'>;
      'paris-call-badge': ParisCallTagProps<ParisCallBadge, 'supporter' | 'name' | 'variant'>;
      'paris-call-supporters': ParisCallTagProps<
        ParisCallSupporters,
        'query' | 'category' | 'country' | 'sort' | 'noHeading' | 'headingLevel'
      >;
      'paris-call-map': ParisCallTagProps<ParisCallMap, 'mode'>;
    }
  }
}
