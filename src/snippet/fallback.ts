/**
 * Fallback content for an embed snippet: the HTML a host writes inside a
 * widget's tag, shown at once (before the script runs) and kept where the
 * script never runs. Pure: data + options + locale in, an HTML string out.
 * No DOM, no fetch, no Lit, so the embed builder (demo/builder.js, through
 * dist/snippet.js) and a future Node CLI share it. No widget imports it:
 * it must not grow the widget bundle.
 *
 * Every piece of data is escaped and every link goes through `safeHref`:
 * the dataset is treated as hostile (a supporter's name must never become
 * markup in someone else's page).
 */
// Fallback content is written in any locale on demand (embed builder, server): it holds them all.
import { snippetStrings } from '../i18n/all.js';
import type { SnippetStrings } from '../i18n/en.js';
import { fill, t } from '../i18n/registry.js';
import { safeHref } from '../core/safe-url.js';
import { officialListIn, OFFICIAL_LIST_URL } from '../data/official-list.js';
import { countPhrase, formatDate, numberFormat } from '../core/intl.js';
import { CATEGORIES, LOCALES, type CategoryKey, type LocaleCode, type Principle, type Summary, type Supporter } from '../data/types.js';

export type WidgetName = 'counter' | 'principle' | 'principles' | 'timeline' | 'badge' | 'supporters' | 'map';

/** What a fallback may need; each widget reads only its part. */
export interface FallbackData {
  /** counts, asOf, officialListUrl (summary.json). */
  summary: Pick<Summary, 'asOf' | 'officialListUrl' | 'counts'>;
  /** The principle card's text (texts.json): `number`, `short[lang]`, `full[lang]`, `official`. */
  principle?: Pick<Principle, 'number' | 'short' | 'full'> & Partial<Pick<Principle, 'official'>>;
  /** All nine principles (texts.json), for `<paris-call-principles>`: short titles become a list. */
  principles?: Pick<Principle, 'number' | 'short'>[];
  /** The verified register row, for the badge. Without it there is no badge fallback. */
  supporter?: Pick<Supporter, 'id' | 'name' | 'category' | 'dateSigned'> | null;
  /** The supporter list's first rows, in the list's order (names only). */
  rows?: Pick<Supporter, 'name'>[];
}

/** The widget's attributes as the snippet will carry them (only those that change the fallback matter). */
export interface FallbackOptions {
  category?: string;
  layout?: string;
}

const LAUNCH = '2018-11-12';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text or attribute value → HTML that can only ever be text. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** A shipped locale code (anything else falls back to English). */
export function snippetLocale(lang: string): LocaleCode {
  return (LOCALES as readonly string[]).includes(lang) ? (lang as LocaleCode) : 'en';
}

// The widgets' own cached formatters: a server renders on every request.
function nf(lang: LocaleCode, n: number): string {
  return numberFormat(lang).format(n);
}
function date(lang: LocaleCode, iso: string): string {
  return formatDate(lang, iso);
}
function fs(lang: LocaleCode, key: keyof SnippetStrings, params?: Record<string, string>): string {
  return fill(snippetStrings[lang][key], params);
}

/** The official list in the snippet's language where the site has one (en, fr), as the counter links it. */
export function officialListHref(summary: Pick<Summary, 'officialListUrl'>, lang: LocaleCode): string | null {
  const url = safeHref(summary.officialListUrl);
  return url ? officialListIn(url, lang) : null;
}

function link(href: string | null, text: string): string {
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

/** "as of <date> · <official list>" — the widgets' own footer. */
function footer(data: FallbackData, lang: LocaleCode): string {
  const asOf = escapeHtml(t(lang, 'asOf', { date: date(lang, data.summary.asOf) }));
  return `<p>${asOf} · ${link(officialListHref(data.summary, lang), t(lang, 'officialList'))}</p>`;
}

/** A label above a big figure, as the counter lays it out (no grammar to get wrong in eight languages). */
function figure(label: string, n: number, lang: LocaleCode): string {
  return `<p>${escapeHtml(label)}<br><strong>${escapeHtml(nf(lang, n))}</strong></p>`;
}

function counter(data: FallbackData, opts: FallbackOptions, lang: LocaleCode): string {
  const { counts } = data.summary;
  const cat = opts.category && opts.category !== 'all' ? (opts.category as CategoryKey) : null;
  const parts: string[] = [];
  if (cat) parts.push(figure(t(lang, `category.${cat}`), counts.byCategory[cat] ?? 0, lang));
  else parts.push(figure(t(lang, 'counter.label'), counts.total, lang));
  if (!cat && opts.layout !== 'compact') {
    const items = CATEGORIES.map((c) => {
      const n = counts.byCategory[c] ?? 0;
      const [before, after] = countPhrase(lang, t(lang, `count.${c}`), n);
      return `<li>${escapeHtml(before)}<strong>${escapeHtml(nf(lang, n))}</strong>${escapeHtml(after)}</li>`;
    });
    parts.push(`<ul>${items.join('')}</ul>`);
  }
  parts.push(footer(data, lang));
  return parts.join('\n');
}

function principle(data: FallbackData, lang: LocaleCode): string {
  const p = data.principle;
  if (!p) throw new Error('principle fallback needs data.principle');
  const parts = [
    `<p><strong>${escapeHtml(t(lang, 'principle.number', { number: String(p.number) }))}</strong></p>`,
    `<p><strong>${escapeHtml(p.short[lang] ?? p.short.en)}</strong></p>`,
    `<p>${escapeHtml(p.full[lang] ?? p.full.en)}</p>`,
  ];
  if (p.official && !p.official.includes(lang)) parts.push(`<p><small>${escapeHtml(t(lang, 'unofficialTranslation'))}</small></p>`);
  return parts.join('\n');
}

/** The Paris Call's site in the snippet's language: the folder of the official list (…/en/ or …/fr/). */
function siteHref(data: FallbackData, lang: LocaleCode): string | null {
  const list = officialListHref(data.summary, lang);
  return list ? new URL('./', list).href : null;
}

function principles(data: FallbackData, lang: LocaleCode): string {
  const parts = [`<p><strong>${escapeHtml(t(lang, 'principles.title'))}</strong></p>`];
  if (data.principles?.length) {
    const sorted = [...data.principles].sort((a, b) => a.number - b.number);
    parts.push(`<ol>${sorted.map((p) => `<li>${escapeHtml(p.short[lang] ?? p.short.en)}</li>`).join('')}</ol>`);
  }
  parts.push(`<p>${link(siteHref(data, lang), fs(lang, 'readMore'))}</p>`);
  return parts.join('\n');
}

function badge(data: FallbackData, lang: LocaleCode): string {
  const s = data.supporter;
  // Fails closed, like the badge: no verified row, no claim.
  if (!s) throw new Error('badge fallback needs a verified supporter');
  const claim = escapeHtml(t(lang, 'badge.claim', { name: '\u0000' })).replace('\u0000', `<strong>${escapeHtml(s.name)}</strong>`);
  const parts = [`<p>${claim}</p>`];
  const details = [t(lang, `type.${s.category}`)];
  if (s.dateSigned) details.push(t(lang, 'badge.since', { date: date(lang, s.dateSigned) }));
  parts.push(`<p>${escapeHtml(details.join(' · '))}</p>`);
  // The badge's own fixed link, never the dataset's: an altered dataset must not point "verify" elsewhere.
  parts.push(`<p>${link(officialListIn(OFFICIAL_LIST_URL, lang), t(lang, 'badge.verify'))}</p>`);
  return parts.join('\n');
}

/**
 * The fallback HTML for `widget` in `lang` (a shipped locale; others get
 * English). Throws when the data it needs is missing (a principle without
 * its text, a badge without a verified supporter): the caller shows no
 * snippet rather than a wrong one.
 */
export function fallbackHtml(widget: WidgetName, data: FallbackData, opts: FallbackOptions, langTag: string): string {
  const lang = snippetLocale(langTag);
  switch (widget) {
    case 'counter':
      return counter(data, opts, lang);
    case 'principle':
      return principle(data, lang);
    case 'principles':
      return principles(data, lang);
    case 'timeline':
      return [
        `<p>${escapeHtml(fs(lang, 'launched', { date: date(lang, LAUNCH) }))}</p>`,
        figure(t(lang, 'counter.label'), data.summary.counts.total, lang),
        footer(data, lang),
      ].join('\n');
    case 'map':
      return [
        figure(t(lang, 'category.state'), data.summary.counts.byCategory.state ?? 0, lang),
        figure(t(lang, 'counter.label'), data.summary.counts.total, lang),
        footer(data, lang),
      ].join('\n');
    case 'supporters':
      return [
        figure(t(lang, 'counter.label'), data.summary.counts.total, lang),
        ...(data.rows?.length ? [`<ul>${data.rows.map((r) => `<li>${escapeHtml(r.name)}</li>`).join('')}</ul>`] : []),
        footer(data, lang),
      ].join('\n');
    case 'badge':
      return badge(data, lang);
    default:
      throw new Error(`unknown widget ${String(widget)}`);
  }
}
