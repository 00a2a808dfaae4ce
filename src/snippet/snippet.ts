/**
 * The whole embed snippet: the `<script type="module">` with its Subresource
 * Integrity hash, then the widget's tag with its attributes and fallback
 * content. Pure string building (no DOM), shared with a future Node CLI.
 */
import { escapeHtml, fallbackHtml, type FallbackData, type WidgetName } from './fallback.js';

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
  // Arabic fallback text must read right to left even on a left-to-right page.
  const all: SnippetAttrs = { lang, ...(lang === 'ar' ? { dir: 'rtl' } : {}), ...attrs };
  return `${scriptTag(base, integrity, lang)}\n\n${elementHtml(widget, all, fallback)}\n`;
}

function str(v: string | true | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
