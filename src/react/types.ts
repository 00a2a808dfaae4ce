/**
 * The React wrappers' public types: the wrapper type and the `onLoad` /
 * `onError` event props. Each widget's wrapper is its own module
 * (`paris-call-widgets/react/counter.js` …), so an app carries only the
 * widgets it wraps; `paris-call-widgets/react.js` gathers all seven.
 */
import type { ForwardRefExoticComponent, HTMLAttributes, RefAttributes } from 'react';
import type { ParisCallErrorDetail } from '../core/base-element.js';
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
 * the published types need only React's (an app's type-checker never
 * has to resolve @lit/react, the wrappers' run-time dependency).
 */
export type ParisCallComponent<I extends HTMLElement> = ForwardRefExoticComponent<
  Omit<HTMLAttributes<I>, keyof ParisCallComponentEvents | keyof ElementProps<I>> &
    ParisCallComponentEvents &
    ElementProps<I> &
    RefAttributes<I>
>;
