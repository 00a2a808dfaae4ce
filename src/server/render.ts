/**
 * Server rendering without a browser: a widget's content as HTML, from the
 * dataset this build carries (./dataset.ts), in plain Node or a framework's
 * server bundle. The content is the widget's fallback (light DOM): a reader,
 * a search engine or a feed reader sees the figures before any script runs,
 * and the widget shows it (through its slot) until its own render is ready,
 * then replaces it. The same function writes the embed builder's snippets
 * (src/snippet/fallback.ts), so the two never disagree.
 */
import { supporterIndex, verifySupporter } from '../components/badge/verify.js';
import { buildIndex, sortedOrder } from '../components/supporters/search.js';
import { t } from '../i18n/registry.js';
import { escapeHtml, fallbackHtml as fallbackFromData, snippetLocale, type FallbackData, type WidgetName } from '../snippet/fallback.js';
import { tagAttributes } from '../core/tag-attributes.js';
import { elementHtml } from '../snippet/snippet.js';
import { register, summary, texts } from './dataset.js';

export type { WidgetName };

/** The widgets this renders, by the name after `paris-call-`. */
export const WIDGETS: readonly WidgetName[] = ['counter', 'principle', 'principles', 'timeline', 'badge', 'supporters', 'map'];

/** A widget's attributes (kebab-case, as in HTML) or properties (camelCase, as React passes them). */
export type WidgetAttrs = Record<string, string | number | boolean | null | undefined>;

/** How many rows of the supporter list the server writes (the list's first screen). */
export const LIST_ROWS = 10;

// Built on first use, then shared by every render (sortedOrder memoises each locale's order in it).
let index: ReturnType<typeof buildIndex> | undefined;

const str = (v: unknown): string | undefined => (v === undefined || v === null || v === false ? undefined : String(v));

function isWidget(name: unknown): name is WidgetName {
  return (WIDGETS as readonly unknown[]).includes(name);
}

/**
 * The HTML to put inside `<paris-call-{widget}>`: the figures, the
 * principle's text, the badge's verdict, the list's first rows, in `lang`
 * (one of the eight locales; English otherwise). Every value is escaped.
 *
 * Returns '' when `src` points at another dataset (this build's figures
 * could contradict it): the widget then shows its skeleton until its data
 * arrives. A badge for an id that is not in the register says so, and
 * never claims an endorsement.
 */
export function fallbackHtml(widget: WidgetName, attrs: WidgetAttrs = {}): string {
  if (!isWidget(widget)) throw new TypeError(`paris-call-widgets: unknown widget "${String(widget)}" (one of ${WIDGETS.join(', ')})`);
  if (str(attrs.src)) return '';
  const lang = snippetLocale(str(attrs.lang) ?? 'en');
  const data: FallbackData = { summary };
  if (widget === 'principle') {
    const n = Number(attrs.number ?? 1);
    data.principle = texts.principles.find((p) => p.number === n);
    if (!data.principle) return '';
  }
  if (widget === 'principles') data.principles = texts.principles;
  if (widget === 'badge') {
    data.supporter = verifySupporter(supporterIndex(register), str(attrs.supporter) ?? '');
    // Fails closed, as the badge does: no verified row, no claim.
    if (!data.supporter) return `<p>${escapeHtml(t(lang, 'badge.notFound'))}</p>`;
  }
  if (widget === 'supporters' && !str(attrs.query) && !str(attrs.category) && !str(attrs.country)) {
    // The list's own first screen: sorted by name as the list sorts it.
    index ??= buildIndex(register.supporters);
    data.rows = sortedOrder(index, 'name', lang)
      .slice(0, LIST_ROWS)
      .map((i) => register.supporters[i]);
  }
  return fallbackFromData(widget, data, { category: str(attrs.category), layout: str(attrs.layout) }, lang);
}

/**
 * The whole element, `<paris-call-{widget} …attributes>fallback</…>`, ready
 * to write into a page (Astro, a template, a static site generator). Boolean
 * `true` writes a bare attribute; false, null and undefined write none.
 */
export function renderWidget(widget: WidgetName, attrs: WidgetAttrs = {}): string {
  return elementHtml(widget, tagAttributes(attrs), fallbackHtml(widget, attrs));
}
