import React, { type ForwardRefExoticComponent } from 'react';
import type { WidgetName } from '../snippet/fallback.js';
import { tagAttributes } from '../core/tag-attributes.js';
import { serverFallback } from './fallback.js';

// Props React itself renders on a host element.
const REACT_PROPS = new Set(['id', 'className', 'style', 'title', 'hidden', 'slot', 'tabIndex', 'role']);

/**
 * A wrapper whose server HTML carries the widget's content: the figures,
 * the principle's text, the badge's verdict, the list's first rows, as
 * light DOM inside the tag (what the embed builder's snippets carry). A
 * reader sees it before any script runs; the element shows it through its
 * slot until its own render is ready.
 *
 * On the server the wrapper writes the tag as a page would: its
 * attributes (`supporter`, `category`, `heading-level`…) and that content.
 * @lit/react would write neither (it sets properties after hydration), and
 * an element that upgrades before React sets them would start without its
 * supporter or category.
 *
 * React owns none of that content. In the browser, where there is no
 * dataset to write it from, the wrapper passes an empty string with
 * `suppressHydrationWarning`, so hydration keeps the server's copy and never
 * re-renders it. Children given by the app win: they are its own fallback.
 */
export function withFallback<C extends ForwardRefExoticComponent<any>>(widget: WidgetName, Inner: C): C {
  const Wrapped = React.forwardRef<unknown, Record<string, unknown>>((props, ref) => {
    if (props.children !== undefined || props.dangerouslySetInnerHTML !== undefined) return React.createElement(Inner, { ...props, ref });
    const html = serverFallback(widget, props);
    if (html === null)
      return React.createElement(Inner, { ...props, ref, suppressHydrationWarning: true, dangerouslySetInnerHTML: { __html: '' } });
    const own: Record<string, unknown> = {};
    const element: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(props))
      (REACT_PROPS.has(k) || k.startsWith('aria-') || k.startsWith('data-') ? own : element)[k] = v;
    // A bare attribute is an empty string to React.
    const attrs = Object.entries(tagAttributes(element)).map(([k, v]) => [k, v === true ? '' : v]);
    return React.createElement(`paris-call-${widget}`, { ...Object.fromEntries(attrs), ...own, dangerouslySetInnerHTML: { __html: html } });
  });
  Wrapped.displayName = Inner.displayName;
  return Wrapped as unknown as C;
}
