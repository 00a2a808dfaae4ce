import React, { type ForwardRefExoticComponent } from 'react';
import type { WidgetName } from '../snippet/fallback.js';
import { serverFallback } from './fallback.js';

/**
 * A wrapper whose server HTML carries the widget's content: the figures,
 * the principle's text, the badge's verdict, the list's first rows, as
 * light DOM inside the tag (what the embed builder's snippets carry). A
 * reader sees it before any script runs; the element shows it through its
 * slot until its own render is ready.
 *
 * React owns none of that content: it goes in as `dangerouslySetInnerHTML`
 * on the server, and in the browser (where there is no dataset to write it
 * from) the wrapper passes an empty string, with `suppressHydrationWarning`,
 * so hydration keeps the server's copy and never re-renders it. Children
 * given by the app win: they are its own fallback.
 */
export function withFallback<C extends ForwardRefExoticComponent<any>>(widget: WidgetName, Inner: C): C {
  const Wrapped = React.forwardRef<unknown, Record<string, unknown>>((props, ref) => {
    if (props.children !== undefined || props.dangerouslySetInnerHTML !== undefined) return React.createElement(Inner, { ...props, ref });
    const html = serverFallback(widget, props) ?? '';
    return React.createElement(Inner, { ...props, ref, suppressHydrationWarning: true, dangerouslySetInnerHTML: { __html: html } });
  });
  Wrapped.displayName = Inner.displayName;
  return Wrapped as unknown as C;
}
