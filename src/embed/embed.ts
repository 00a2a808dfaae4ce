/**
 * dist/embed.js, the script of dist/embed.html: one widget in a page of its
 * own, for the places that take only an iframe (AMP, a CMS that keeps only
 * `<iframe>`, oEmbed). It reads the widget and its attributes from the URL
 * (checked against custom-elements.json, see ./params.ts), shows a visible
 * error in the page's language for a parameter it cannot show, loads the
 * per-language module beside it, and reports the page's height to the host
 * on every change:
 *   { type: 'paris-call:resize', height }           (dist/embed-resize.js)
 *   { sentinel: 'amp', type: 'embed-size', height }  (AMP's <amp-iframe resizable>)
 */
import { readParams, type AttributeTable } from './params.js';
import { ownText } from './strings.js';

declare const __PCW_EMBED_ATTRIBUTES__: AttributeTable;

const root = document.documentElement;
const main = document.querySelector('main') ?? document.body;
const request = readParams(new URLSearchParams(location.search), __PCW_EMBED_ATTRIBUTES__);

root.lang = request.lang;
root.dir = request.lang === 'ar' ? 'rtl' : 'ltr';

if (request.ok) {
  const el = document.createElement(`paris-call-${request.widget}`);
  el.setAttribute('lang', request.lang);
  for (const [name, value] of Object.entries(request.attrs)) el.setAttribute(name, value === true ? '' : value);
  main.replaceChildren(el);
  // The module of the page's language, beside this file (the same one a script-tag snippet loads).
  import(new URL(`paris-call-widgets.${request.lang}.js`, import.meta.url).href);
} else {
  const p = document.createElement('p');
  p.className = 'error';
  p.setAttribute('role', 'alert');
  p.textContent = ownText(request.lang, 'badParam', { ...request.error });
  main.replaceChildren(p);
}

// The height of the content: the body's box (a flow root, so no margin
// escapes it), never the document's scroll height, which cannot drop below
// the frame's current height.
let last = -1;
function report(): void {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height === last || parent === window) return;
  last = height;
  parent.postMessage({ type: 'paris-call:resize', height }, '*');
  parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
}
new ResizeObserver(report).observe(document.body);
report();
