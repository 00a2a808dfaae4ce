// Server-only: the counter's whole element with its content, rendered on
// each request. `paris-call-widgets/server.js` carries the dataset, so it is
// imported here and never by a component (which would ship it to the browser).
import { renderWidget } from 'paris-call-widgets/server.js';

export function load() {
  return { html: renderWidget('counter', { category: 'state', lang: 'en' }) };
}
