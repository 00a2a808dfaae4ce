/**
 * Search, filters and sort orders of the supporter list: pure functions
 * (no DOM), so tests can check them directly and the widget only wires
 * them to its controls.
 */
import { countryName } from '../../core/intl.js';
import { CATEGORIES, type CategoryKey, type Supporter } from '../../data/types.js';

const MARKS = /\p{M}+/gu;
// Letters NFKD does not decompose, folded to what people type; typographic
// quotes and dashes made plain. One pass over the string for all of them.
const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', ħ: 'h', þ: 'th' };
for (const [to, from] of Object.entries({
  "'": '\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4',
  '"': '\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB',
  '-': '\u2010\u2011\u2012\u2013\u2014\u2015\u2212',
}))
  for (const c of from) FOLD[c] = to;
const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');
// Printable ASCII but the backquote (folded to an apostrophe), plus tab/newline: nothing to decompose or fold.
const PLAIN = /^[\t\n\r\x20-\x5f\x61-\x7e]*$/;

/**
 * The form a name is compared in: compatibility-decomposed (full-width
 * "ｍｉｃｒｏｓｏｆｔ" → "microsoft"), without combining marks ("États" →
 * "etats"), lower-cased, a few undecomposable letters folded (ß → ss,
 * œ → oe, ł → l…), typographic quotes and dashes made plain, spaces
 * collapsed.
 */
export function normalise(text: string): string {
  // Plain text has nothing to decompose or fold: skip both (most names, and the index is built while the reader waits).
  const t = PLAIN.test(text)
    ? text.toLowerCase()
    : text
        .normalize('NFKD')
        .replace(MARKS, '')
        .toLowerCase()
        .replace(FOLDABLE, (c) => FOLD[c]);
  return t.replace(/\s+/g, ' ').trim();
}

/** `''` all, `'none'` supporters without a country, else an ISO alpha-2 code. */
export type CountryFilter = string;
export type SortKey = 'name' | 'date';

export interface Criteria {
  query: string;
  /** `''` for every category. */
  category: CategoryKey | '';
  country: CountryFilter;
}

/** The register prepared once for searching: one normalised key per supporter. */
export interface SupporterIndex {
  readonly supporters: readonly Supporter[];
  /** `keys[i]` is `normalise(supporters[i].name)`. */
  readonly keys: readonly string[];
  /** Distinct alpha-2 codes present, unsorted. */
  readonly countries: readonly string[];
  readonly hasNoCountry: boolean;
  /** Categories present, in `CATEGORIES` order. */
  readonly categories: readonly CategoryKey[];
  /** Sort orders (indices into `supporters`) and country options by kind and locale, computed on first use. */
  readonly memo: Map<string, unknown>;
}

export function buildIndex(supporters: readonly Supporter[]): SupporterIndex {
  // One pass (100,000 rows: the index is built while the reader waits for the list).
  const keys: string[] = [];
  const countries = new Set<string>();
  const categories = new Set<CategoryKey>();
  let hasNoCountry = false;
  for (const s of supporters) {
    keys.push(normalise(s.name));
    if (s.country) countries.add(s.country);
    else hasNoCountry = true;
    categories.add(s.category);
  }
  return {
    supporters,
    keys,
    countries: [...countries],
    hasNoCountry,
    categories: CATEGORIES.filter((c) => categories.has(c)),
    memo: new Map(),
  };
}

/** `make()` once per index and `key` (sort orders, country options). */
function memo<T>(index: SupporterIndex, key: string, make: () => T): T {
  if (!index.memo.has(key)) index.memo.set(key, make());
  return index.memo.get(key) as T;
}

/**
 * Indices of `supporters` in display order. `name`: locale-aware, accents
 * and case ignored (ties by id, so the order is stable). `date`: newest
 * `dateSigned` first, undated last, each date by name.
 */
export function sortedOrder(index: SupporterIndex, sort: SortKey, locale: string): readonly number[] {
  return memo(index, `${sort}|${locale}`, () => {
    const list = index.supporters;
    if (sort === 'date') {
      // YYYY-MM-DD compares as text; undated ('') last. Array#sort is stable: equal dates keep their name order.
      const dates = list.map((s) => s.dateSigned ?? '');
      return [...sortedOrder(index, 'name', locale)].sort((a, b) => (dates[a] === dates[b] ? 0 : dates[a] < dates[b] ? 1 : -1));
    }
    // Accents and case do not separate names, and a leading quote or "#" does not send a name before "A".
    const compare = new Intl.Collator(locale, { sensitivity: 'base', ignorePunctuation: true }).compare;
    return list
      .map((_, i) => i)
      .sort((a, b) => compare(list[a].name, list[b].name) || (list[a].id < list[b].id ? -1 : list[a].id > list[b].id ? 1 : 0));
  });
}

/**
 * The supporters that meet `criteria`, in `order`: every word of the query in
 * the name (normalised). The rows are checked in the register's order, the
 * order their keys lie in memory (in `order`, nearly every key is a cache
 * miss: several times slower at 100,000 rows), marked, then read out in
 * `order`.
 */
export function filterSupporters(index: SupporterIndex, order: readonly number[], { query, category, country }: Criteria): Supporter[] {
  const words = normalise(query).split(' ').filter(Boolean);
  const { supporters, keys } = index;
  const where = country === 'none' ? null : country;
  const hit = new Uint8Array(keys.length);
  // A plain loop, no closure per row (at 100,000 rows, every() cost a third more per keystroke).
  rows: for (let i = 0; i < keys.length; i++) {
    const s = supporters[i];
    if ((category && s.category !== category) || (country && s.country !== where)) continue;
    for (const w of words) if (!keys[i].includes(w)) continue rows;
    hit[i] = 1;
  }
  const out: Supporter[] = [];
  for (const i of order) if (hit[i]) out.push(supporters[i]);
  return out;
}

/** Country options, `[code, name]`, sorted by name for `locale` (once per index and locale). */
export function countryOptions(index: SupporterIndex, locale: string): [string, string][] {
  return memo(index, `countries|${locale}`, () => {
    const compare = new Intl.Collator(locale).compare;
    return index.countries
      .map((code): [string, string] => [code, countryName(locale, code)])
      .sort((a, b) => compare(a[1], b[1]) || (a[0] < b[0] ? -1 : 1));
  });
}
