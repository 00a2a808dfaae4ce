/**
 * The whole embed snippet: the `<script type="module">` with its Subresource
 * Integrity hash, then the widget's tag with its attributes and fallback
 * content. Pure string building (no DOM), shared with a future Node CLI.
 */
import { escapeHtml, fallbackHtml, snippetLocale, type FallbackData, type WidgetName } from './fallback.js';
import { snippetStrings } from '../i18n/all.js';

/** The pinned CDN folder of a published version (jsDelivr serves npm packages as published). */
export function cdnBase(version: string): string {
  return `https://cdn.jsdelivr.net/npm/paris-call-widgets@${encodeURIComponent(version)}/dist/`;
}

/**
 * A base URL a host may use: absolute http(s), or a path on the host's own
 * site (`/assets/pcw/`). Always ends with "/". Null for anything else
 * (`javascript:`, `data:`…), so a typo cannot produce a dangerous snippet.
 */
export function normaliseBase(base: string): string | null {
  const b = base.trim();
  if (!b) return null;
  const withSlash = b.endsWith('/') ? b : b + '/';
  if (/^\/(?!\/)/.test(withSlash) || /^\.\.?\//.test(withSlash)) return withSlash;
  try {
    const u = new URL(withSlash);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * The single module a snippet loads: the per-language bundle
 * (`paris-call-widgets.<lang>.js`: every widget, this language's strings and
 * English), about 10 KB brotli lighter than `paris-call-widgets.js`, which
 * carries all eight. The snippet's element has `lang`, so it always shows the
 * language the bundle carries.
 */
export function bundleFile(lang: string): string {
  return /^[a-z]{2}$/.test(lang) ? `paris-call-widgets.${lang}.js` : 'paris-call-widgets.js';
}

/** `<script type="module" src="{base}paris-call-widgets.{lang}.js" integrity="sha384-…" crossorigin="anonymous">`. */
export function scriptTag(base: string, integrity: string | null, lang = ''): string {
  const src = escapeHtml(base + bundleFile(lang));
  // crossorigin is what makes a browser check `integrity` on a cross-origin CDN response.
  const sri = integrity ? ` integrity="${escapeHtml(integrity)}" crossorigin="anonymous"` : '';
  return `<script type="module" src="${src}"${sri}></script>`;
}

/** Attribute values for the tag: a string, or `true` for a boolean attribute present without a value. */
export type SnippetAttrs = Record<string, string | true>;

/** `<paris-call-{widget} …attrs>` + indented inner HTML + closing tag. */
export function elementHtml(widget: WidgetName, attrs: SnippetAttrs, inner: string): string {
  const tag = `paris-call-${widget}`;
  const list = Object.entries(attrs)
    .filter(([name]) => /^[a-z][a-z0-9-]*$/.test(name))
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  const body = inner
    ? '\n' +
      inner
        .split('\n')
        .map((l) => '  ' + l)
        .join('\n') +
      '\n'
    : '';
  return `<${tag}${list}>${body}</${tag}>`;
}

export interface SnippetInput {
  widget: WidgetName;
  /** Language of the widget and of its fallback. */
  lang: string;
  /** Attributes besides `lang` (theme, category, number, supporter…). */
  attrs: SnippetAttrs;
  data: FallbackData;
  base: string;
  integrity: string | null;
}

/** The ready-to-paste snippet. Throws when the fallback's data is missing (see `fallbackHtml`). */
export function buildSnippet(input: SnippetInput): string {
  const { widget, lang, attrs, data, base, integrity } = input;
  const fallback = fallbackHtml(widget, data, { category: str(attrs.category), layout: str(attrs.layout) }, lang);
  const table = STATIC_TABLES.includes(widget) ? noscriptTable(base, widget, lang) : '';
  // Arabic fallback text must read right to left even on a left-to-right page.
  const all: SnippetAttrs = { lang, ...(lang === 'ar' ? { dir: 'rtl' } : {}), ...attrs };
  return `${scriptTag(base, integrity, lang)}\n\n${elementHtml(widget, all, fallback + table)}\n`;
}

/**
 * The widgets whose fallback is a summary of much more (the map: every
 * country; the timeline: every milestone), for which the build writes the
 * data as a static table per language (dist/static/<widget>.<lang>.html).
 * The others' fallback already says all they show; the supporter list's
 * fallback links the official list, the whole register.
 */
export const STATIC_TABLES: readonly WidgetName[] = ['map', 'timeline'];

/** `<noscript>` with a link to the widget's static table: shown where scripts are off (feed readers, mail). */
export function noscriptTable(base: string, widget: WidgetName, lang: string): string {
  const l = snippetLocale(lang);
  return `\n<noscript><a href="${escapeHtml(`${base}static/${widget}.${l}.html`)}">${escapeHtml(snippetStrings[l].dataTable)}</a></noscript>`;
}

function str(v: string | true | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/**
 * The embed page's address for a widget (`{base}embed.html?widget=…&lang=…`),
 * its attributes as parameters, in the names dist/embed.html accepts
 * (custom-elements.json); a boolean attribute is an empty parameter.
 */
export function embedUrl(base: string, widget: WidgetName, lang: string, attrs: SnippetAttrs): string {
  const p = new URLSearchParams({ widget, lang });
  for (const [name, value] of Object.entries(attrs)) p.set(name, value === true ? '' : value);
  return `${base}embed.html?${p}`;
}

/** A first height per widget (px), close to its content at phone width: the frame is resized from there. */
const FIRST_HEIGHT: Record<WidgetName, number> = {
  counter: 260,
  principle: 300,
  principles: 640,
  timeline: 640,
  map: 520,
  badge: 140,
  supporters: 720,
};

export interface FrameInput {
  widget: WidgetName;
  lang: string;
  attrs: SnippetAttrs;
  base: string;
  /** The frame's accessible name (in the widget's language). */
  title: string;
}

/**
 * The iframe snippet: the embed page in an `<iframe data-paris-call>`, then
 * the host script that sizes it (dist/embed-resize.js, with its hash when
 * given). No `style` attribute: a host's strict CSP would drop it.
 */
export function iframeSnippet(input: FrameInput & { integrity: string | null }): string {
  const { widget, lang, attrs, base, title, integrity } = input;
  const src = escapeHtml(embedUrl(base, widget, lang, attrs));
  const sri = integrity ? ` integrity="${escapeHtml(integrity)}" crossorigin="anonymous"` : '';
  return (
    `<iframe data-paris-call src="${src}" title="${escapeHtml(title)}" width="100%" height="${FIRST_HEIGHT[widget]}" frameborder="0" loading="lazy"></iframe>\n` +
    `<script src="${escapeHtml(base)}embed-resize.js"${sri} async></script>\n`
  );
}

/**
 * The AMP snippet: `<amp-iframe>` of the embed page, as AMP's rules for it
 * require: an https address (on another origin than the AMP page, since the
 * sandbox allows scripts and the same origin), `resizable` with an
 * `overflow` child (AMP resizes on the embed page's `embed-size` message,
 * or when the reader taps it), and a `placeholder` child, which also lets
 * the frame sit near the top of the page; the placeholder holds the
 * widget's fallback content. Null when `base` is not an absolute https URL.
 */
export function ampSnippet(input: FrameInput & { fallback: string; more: string }): string | null {
  const { widget, lang, attrs, base, title, fallback, more } = input;
  if (!/^https:\/\//.test(base)) return null;
  const src = escapeHtml(embedUrl(base, widget, lang, attrs));
  const dir = lang === 'ar' ? ' dir="rtl"' : '';
  const placeholder = fallback ? `\n  <div placeholder lang="${escapeHtml(lang)}"${dir}>\n${indent(fallback, 4)}\n  </div>` : '';
  return (
    `<script async custom-element="amp-iframe" src="https://cdn.ampproject.org/v0/amp-iframe-0.1.js"></script>\n\n` +
    `<amp-iframe src="${src}" title="${escapeHtml(title)}" layout="fixed-height" height="${FIRST_HEIGHT[widget]}" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" resizable frameborder="0">\n` +
    `  <div overflow tabindex="0" role="button" aria-label="${escapeHtml(more)}">${escapeHtml(more)}</div>${placeholder}\n` +
    `</amp-iframe>\n`
  );
}

function indent(html: string, n: number): string {
  return html
    .split('\n')
    .map((l) => ' '.repeat(n) + l)
    .join('\n');
}
