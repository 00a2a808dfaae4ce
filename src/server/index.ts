/**
 * `paris-call-widgets/server.js`: render a widget's content on a server,
 * with no browser and no DOM (see render.ts).
 *
 *   import { renderWidget } from 'paris-call-widgets/server.js';
 *   renderWidget('counter', { category: 'state', lang: 'ar' });
 */
export { fallbackHtml, renderWidget, WIDGETS, LIST_ROWS, type WidgetAttrs, type WidgetName } from './render.js';
