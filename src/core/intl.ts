/** Cached Intl formatters: building one costs far more than using it. */
const cache = new Map<string, unknown>();

/** `make()` once per `key` for the page (keys start with a short prefix per kind of formatter). */
export function memo<T>(key: string, make: () => T): T {
  let v = cache.get(key) as T | undefined;
  if (v === undefined) {
    v = make();
    cache.set(key, v);
  }
  return v;
}

/**
 * The tag with Latin digits and the Gregorian calendar
 * (`-u-ca-gregory-nu-latn`), for every number and date the widgets and the
 * fallback write, in every locale: Arabic too, with or without a region
 * (`ar-EG`, `ar-SA` and some engines' plain `ar` default to Arab-Indic
 * digits; WebKit writes `ar-SA` dates in the Hijri calendar), as the Arab
 * press mostly prints and as the texts of the dataset are written. Replaces
 * any extension of the page's tag (`-u-…`, `-x-…`): cheaper than options in
 * each formatter.
 */
export const latn = (locale: string): string => locale.replace(/-.-.*|$/, '-u-ca-gregory-nu-latn');

export function numberFormat(locale: string): Intl.NumberFormat {
  return memo(`n|${locale}`, () => new Intl.NumberFormat(latn(locale)));
}

export function dateFormat(locale: string, style: 'long' | 'medium' = 'long'): Intl.DateTimeFormat {
  // Dataset dates are calendar days: format them in UTC so no time zone shifts them.
  return memo(`d|${locale}|${style}`, () => new Intl.DateTimeFormat(latn(locale), { dateStyle: style, timeZone: 'UTC' }));
}

/** Formats a YYYY-MM-DD calendar date. */
export function formatDate(locale: string, isoDate: string, style: 'long' | 'medium' = 'long'): string {
  return dateFormat(locale, style).format(new Date(`${isoDate}T00:00:00Z`));
}

/** Country name from an ISO alpha-2 code, via Intl.DisplayNames (falls back to the code). */
export function countryName(locale: string, alpha2: string): string {
  try {
    const dn = memo(`r|${locale}`, () => new Intl.DisplayNames(locale, { type: 'region', fallback: 'code' }));
    return dn.of(alpha2) ?? alpha2;
  } catch {
    return alpha2;
  }
}

/**
 * A count phrase (`count.*` in the locale files: `one{# state} other{# states}`)
 * for `n`, in the form Intl.PluralRules picks for the language (`other` when
 * the phrase has no such form), split around the figure: [before, after].
 */
export function countPhrase(lang: string, forms: string, n: number): [string, string] {
  const form = memo(`p|${lang}`, () => new Intl.PluralRules(lang)).select(n);
  const m = new RegExp(`(?:^|\\s)${form}\\{([^}]*)\\}`).exec(forms) ?? /other\{([^}]*)\}/.exec(forms);
  return (m?.[1] ?? '#').split('#') as [string, string];
}
