import { formatDate, latn, memo } from '../../core/intl.js';
import { t, type SubKey } from '../../i18n/registry.js';
import type { LocaleCode } from '../../data/types.js';
import { dayMs } from './growth.js';

export { safeHref } from '../../core/safe-url.js';

/** The timeline's string `key` in `lang`, with `{name}` placeholders filled from `params`. */
export const str = (lang: LocaleCode, key: TimelineKey, params?: Record<string, string>): string => t(lang, `timeline.${key}`, params);

export type TimelineKey = SubKey<'timeline'>;

/** Year and month (`month` "long") or the year alone, in UTC: dataset dates are calendar days. */
const dtf = (locale: string, month?: 'long') =>
  memo(`ym|${month}|${locale}`, () => new Intl.DateTimeFormat(latn(locale), { year: 'numeric', month, timeZone: 'UTC' }));

/** A year, as the locale writes it alone (2019, 2019年), in Latin digits. */
export const formatYear = (locale: string, year: number): string => dtf(locale).format(Date.UTC(year, 0, 1));

/** "November 2018" from "2018-11" (or a longer ISO date: its month). */
export const formatMonth = (locale: string, isoMonth: string): string => dtf(locale, 'long').format(dayMs(`${isoMonth.slice(0, 7)}-01`));

/** A source's `published`: YYYY, YYYY-MM or YYYY-MM-DD for the locale; anything else as written. */
export function formatPublished(locale: string, published: string): string {
  if (/^\d{4}$/.test(published)) return formatYear(locale, +published);
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(published)) return formatMonth(locale, published);
  if (/^\d{4}-\d{2}-\d{2}$/.test(published) && !isNaN(Date.parse(published))) return formatDate(locale, published);
  return published;
}

/** A language's name in `locale` (hu → Hungarian), or the code when Intl does not know it. */
export function languageName(locale: string, code: string): string {
  try {
    return memo(`lang|${locale}`, () => new Intl.DisplayNames(locale, { type: 'language', fallback: 'code' })).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A string with `{name}` placeholders (every one of them in `parts`), filled
 * with values that may be templates (e.g. a `<bdi>`), as a list for a Lit
 * text binding.
 */
export const fillParts = (template: string, parts: Record<string, unknown>): unknown[] =>
  template.split(/\{(\w+)\}/).map((piece, i) => (i % 2 ? parts[piece] : piece));
