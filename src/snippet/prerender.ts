/**
 * Pre-rendered snippets: a live, ready widget serialised as HTML with a
 * declarative shadow root, so a page shows the widget's styled look before
 * (or without) any script:
 *
 *   <paris-call-counter category="state" lang="ar">
 *     <template shadowrootmode="open"><style>…</style>…the rendered card…</template>
 *     …plain fallback (for browsers without declarative shadow DOM)…
 *   </paris-call-counter>
 *
 * When the module loads, the widget keeps that copy on screen and replaces it
 * with its own render in the same task (see `createRenderRoot()` in
 * core/base-element.ts).
 *
 * The widgets never import this module: it is for tools (the embed builder,
 * a build step, a test) and keeps the widget bundles free of it.
 *
 * The serialiser walks the DOM itself rather than using `getHTML()`: Lit's
 * comment markers, `<slot>`s, styles, scripts, event-handler and `style`
 * attributes (which a strict CSP blocks) and unsafe URLs are dropped, and
 * every text and attribute value is escaped, so data can never become markup.
 */

import { snippetCss } from './css-text.js';

export type PrerenderStyles = 'inline' | 'link' | 'none';

export interface PrerenderOptions {
  /**
   * How the template carries the widget's styles (a declarative shadow root
   * cannot carry `adoptedStyleSheets`):
   * - `inline` (default): a `<style>` with the widget's CSS; under a strict
   *   CSP the host allows it by its `'sha256-…'` hash (README).
   * - `link`: `<link rel="stylesheet" href>` to `dist/css/<tag>.css`;
   *   allowed by `style-src 'self'` when self-hosted.
   * - `none`: no styles (the host styles the parts itself).
   */
  styles?: PrerenderStyles;
  /** For `styles: 'link'`: the stylesheet's URL, e.g. `/assets/pcw/css/paris-call-counter.css`. */
  href?: string;
  /**
   * Plain light-DOM content for browsers without declarative shadow DOM (and
   * readers without CSS). Default `true`: the host's own content inside the
   * tag if it has some, else a plain copy of the rendered card (semantic
   * elements only, no classes). `false`: none.
   */
  fallback?: boolean;
  /** Line breaks between the host tag, its template and the fallback (default: one line). */
  pretty?: boolean;
}

/** What the serialiser needs from a widget: a rendered shadow root and its styles. */
export interface PrerenderableElement extends HTMLElement {
  readonly status: string;
  readonly shadowRoot: ShadowRoot | null;
}

type StyleSource = { cssText: string };

// Elements that have no end tag in HTML.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// Never copied: script-bearing, style-bearing, stateful or projection-only elements.
const DROPPED = new Set([
  'script',
  'style',
  'link',
  'template',
  'slot',
  'iframe',
  'object',
  'embed',
  'frame',
  'frameset',
  'base',
  'meta',
  'noscript',
  'foreignobject',
]);
// Host attributes that are state, not configuration (the widget sets them itself).
const HOST_STATE = new Set(['status', 'style']);
const URL_ATTRS = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'cite', 'srcset']);
const SAFE_NAME = /^[a-z][a-z0-9-]*$/i;
const SAFE_ATTR = /^[a-z_:][a-z0-9_:.-]*$/i;
// For the plain fallback: semantic elements worth keeping, and their meaningful attributes.
const PLAIN_ELEMENTS = new Set([
  'p',
  'ul',
  'ol',
  'li',
  'a',
  'strong',
  'em',
  'b',
  'i',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'data',
  'time',
  'blockquote',
  'q',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'caption',
  'br',
  'abbr',
  'small',
  'figure',
  'figcaption',
]);
const PLAIN_ATTRS = new Set(['href', 'lang', 'dir', 'value', 'datetime', 'rel', 'target', 'title', 'abbr', 'colspan', 'rowspan', 'scope']);

export function escapeText(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');
}

export function escapeAttr(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');
}

/** An http(s), mailto or same-site relative URL; anything else (javascript:, data:…) is dropped. */
function safeUrl(value: string): boolean {
  const v = value.trim();
  if (/^(https?:|mailto:)/i.test(v)) return true;
  // Relative URLs have no scheme before the first /, ? or #.
  return !/^[^/?#]*:/.test(v);
}

/**
 * The CSS text a widget's snippet inlines: its Lit `static styles`, in order,
 * minified by `snippetCss()`. The build writes the same text to
 * `dist/css/<tag>.css` and its hash to `dist/css/hashes.json`.
 */
export function widgetCss(el: Element): string {
  const ctor = el.constructor as unknown as { elementStyles?: StyleSource[] };
  const styles = ctor.elementStyles;
  if (!styles?.length) throw new TypeError(`[paris-call-widgets] prerender: <${el.localName}> has no Lit styles (is it defined?)`);
  return snippetCss(styles);
}

/** base64 SHA-256 of a style text, as a CSP source: `'sha256-…'`. */
export async function cspHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let bin = '';
  for (const b of new Uint8Array(digest)) bin += String.fromCharCode(b);
  return `'sha256-${btoa(bin)}'`;
}

function attrs(el: Element, keep: (name: string, value: string) => boolean): string {
  let out = '';
  for (const { name, value } of [...el.attributes]) {
    const n = name.toLowerCase();
    if (!SAFE_ATTR.test(name) || n.startsWith('on') || n === 'style') continue;
    if (URL_ATTRS.has(n) && !safeUrl(value)) continue;
    if (!keep(n, value)) continue;
    out += value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`;
  }
  return out;
}

/**
 * Count-up digits are a visual stand-in (`aria-hidden`) beside the final
 * figure for assistive technology (`.sr-only`): a snippet shows the final
 * figure, as plain text, and neither stand-in.
 */
function animationPair(el: Element): Element | null {
  const parent = el.parentElement;
  if (!parent) return null;
  const kids = [...parent.children];
  const sr = kids.find((k) => k.classList.contains('sr-only'));
  const decoy = kids.find((k) => k !== sr && k.getAttribute('aria-hidden') === 'true');
  return sr && decoy ? sr : null;
}

function serialise(node: Node, plain: boolean): string {
  // Runs of white space collapse to one space: no widget renders white-space: pre.
  if (node.nodeType === Node.TEXT_NODE) return escapeText((node.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' '));
  // Comments (Lit's part markers among them), processing instructions: dropped.
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const el = node as Element;
  const name = el.localName;
  if (DROPPED.has(name) || !SAFE_NAME.test(name)) return '';
  const sr = animationPair(el);
  if (sr) return el === sr ? escapeText(sr.textContent ?? '') : '';
  const inner = () => [...el.childNodes].map((c) => serialise(c, plain)).join('');
  if (plain) {
    // Decorative or screen-reader-only duplicates do not belong in a plain copy.
    if (el.getAttribute('aria-hidden') === 'true' || el.namespaceURI === 'http://www.w3.org/2000/svg') return '';
    // An ARIA heading (the principle's title) becomes the heading it stands for.
    const level = Number(el.getAttribute('aria-level'));
    if (el.getAttribute('role') === 'heading' && level >= 1 && level <= 6) return `<h${level}>${inner()}</h${level}>`;
    if (!PLAIN_ELEMENTS.has(name)) return inner();
    const a = attrs(el, (n) => PLAIN_ATTRS.has(n));
    return VOID.has(name) ? `<${name}${a}>` : `<${name}${a}>${inner()}</${name}>`;
  }
  const a = attrs(el, () => true);
  return VOID.has(name) ? `<${name}${a}>` : `<${name}${a}>${inner()}</${name}>`;
}

/**
 * Serialises a rendered, ready widget into a pre-rendered snippet (an HTML
 * string). Throws when the widget is not ready (a skeleton or an error box is
 * not worth pre-rendering).
 */
export function prerender(el: PrerenderableElement, options: PrerenderOptions = {}): string {
  const { styles = 'inline', href, fallback = true, pretty = false } = options;
  const tag = el.localName;
  if (!tag.startsWith('paris-call-') || !SAFE_NAME.test(tag))
    throw new TypeError(`[paris-call-widgets] prerender: <${tag}> is not a widget`);
  if (el.status !== 'ready') throw new Error(`[paris-call-widgets] prerender: <${tag}> is "${el.status}", not ready`);
  const root = el.shadowRoot;
  if (!root) throw new Error(`[paris-call-widgets] prerender: <${tag}> has no open shadow root`);

  let hostAttrs = attrs(el, (n) => !HOST_STATE.has(n));
  // The copy is in one language: pin it, so the live widget renders the same
  // language wherever the snippet is pasted.
  const base = root.querySelector('[part~="base"][lang]');
  if (!el.hasAttribute('lang') && base) hostAttrs += ` lang="${escapeAttr(base.getAttribute('lang') ?? '')}"`;

  let head = '';
  if (styles === 'inline') {
    const css = widgetCss(el);
    // A style element ends at the first "</style": the CSS must not contain one.
    if (/<\/style/i.test(css)) throw new Error('[paris-call-widgets] prerender: the CSS contains "</style"');
    head = `<style>${css}</style>`;
  } else if (styles === 'link') {
    if (!href || !safeUrl(href)) throw new TypeError('[paris-call-widgets] prerender: styles "link" needs a safe href');
    head = `<link rel="stylesheet" href="${escapeAttr(href)}">`;
  }
  const body = [...root.childNodes]
    .map((n) => serialise(n, false))
    .join('')
    .trim();

  let light = '';
  if (fallback) {
    const own = [...el.childNodes].filter(
      (n) => n.nodeType === Node.ELEMENT_NODE || (n.nodeType === Node.TEXT_NODE && n.textContent?.trim()),
    );
    light = own.length
      ? own
          .map((n) => serialise(n, false))
          .join('')
          .trim()
      : [...root.childNodes]
          .map((n) => serialise(n, true))
          .join('')
          .trim();
  }
  const nl = pretty ? '\n' : '';
  return `<${tag}${hostAttrs}>${nl}<template shadowrootmode="open">${head}${body}</template>${nl}${light}${nl}</${tag}>`;
}
