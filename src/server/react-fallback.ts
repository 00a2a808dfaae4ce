/**
 * The React wrappers' fallback content on a server (the package's
 * `#pcw-fallback` import under the `node` condition; src/react/fallback.ts
 * is the browser's): the widget's content written into the server's HTML.
 */
import type { WidgetName } from '../snippet/fallback.js';
import { fallbackHtml, type WidgetAttrs } from './render.js';

export function serverFallback(widget: WidgetName, props: Record<string, unknown>): string | null {
  const attrs: WidgetAttrs = {};
  for (const [k, v] of Object.entries(props)) if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') attrs[k] = v;
  return fallbackHtml(widget, attrs);
}
