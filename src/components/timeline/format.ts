import { formatDate } from '../../core/intl.js';

export { safeHref } from '../../core/safe-url.js';

const cache = new Map<string, Intl.DateTimeFormat | Intl.DisplayNames | null>();

function dtf(locale: string, kind: 'year' | 'month'): Intl.DateTimeFormat {
  const key = `${kind}|${locale}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(locale, kind === 'year' ? { year: 'numeric', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f;
}

/** A year, as the locale writes it alone (2019, 2019年, ٢٠١٩…). */
export function formatYear(locale: string, year: number): string {
  return dtf(locale, 'year').format(new Date(Date.UTC(year, 0, 1)));
}

/** "November 2018" from "2018-11". */
export function formatMonth(locale: string, isoMonth: string): string {
  return dtf(locale, 'month').format(new Date(`${isoMonth.slice(0, 7)}-01T00:00:00Z`));
}

/** A source's `published`: YYYY, YYYY-MM or YYYY-MM-DD for the locale; anything else as written. */
export function formatPublished(locale: string, published: string): string {
  if (/^\d{4}$/.test(published)) return formatYear(locale, Number(published));
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(published)) return formatMonth(locale, published);
  if (/^\d{4}-\d{2}-\d{2}$/.test(published) && !Number.isNaN(Date.parse(published))) return formatDate(locale, published);
  return published;
}

/** A language's name in `locale` (hu → Hungarian), or the code when Intl does not know it. */
export function languageName(locale: string, code: string): string {
  const key = `lang|${locale}`;
  let dn = cache.get(key) as Intl.DisplayNames | null | undefined;
  if (dn === undefined) {
    try {
      dn = new Intl.DisplayNames(locale, { type: 'language', fallback: 'code' });
    } catch {
      dn = null;
    }
    cache.set(key, dn);
  }
  try {
    return dn?.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A string with `{name}` placeholders, filled with values that may be
 * templates (e.g. a `<bdi>`), as a list for a Lit text binding.
 */
export function fillParts(template: string, parts: Record<string, unknown>): unknown[] {
  return template.split(/\{(\w+)\}/).map((piece, i) => (i % 2 ? (piece in parts ? parts[piece] : `{${piece}}`) : piece));
}
