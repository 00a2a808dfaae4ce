/**
 * Search, filters and sort orders of the supporter list: pure functions
 * (no DOM), so tests can check them directly and the widget only wires
 * them to its controls.
 */
import { CATEGORIES, type CategoryKey, type Supporter } from '../../data/types.js';

const MARKS = /\p{M}+/gu;
// Letters NFKD does not decompose, folded to what people type; typographic
// quotes and dashes made plain. One pass over the string for all of them.
const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', ħ: 'h', þ: 'th' };
for (const c of '\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4') FOLD[c] = "'";
for (const c of '\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB') FOLD[c] = '"';
for (const c of '\u2010\u2011\u2012\u2013\u2014\u2015\u2212') FOLD[c] = '-';
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
  if (PLAIN.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(FOLDABLE, (c) => FOLD[c])
    .replace(/\s+/g, ' ')
    .trim();
}

/** A query's words, normalised: a name matches when it contains every one. */
export function queryTokens(query: string): string[] {
  const q = normalise(query);
  return q ? q.split(' ') : [];
}

export function matchesTokens(key: string, tokens: readonly string[]): boolean {
  for (const t of tokens) if (!key.includes(t)) return false;
  return true;
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
  /** Sort orders (indices into `supporters`) by `sort|locale`, computed on first use. */
  readonly orders: Map<string, readonly number[]>;
}

export function buildIndex(supporters: readonly Supporter[]): SupporterIndex {
  const keys = new Array<string>(supporters.length);
  const countries = new Set<string>();
  const categories = new Set<CategoryKey>();
  let hasNoCountry = false;
  for (let i = 0; i < supporters.length; i++) {
    const s = supporters[i];
    keys[i] = normalise(s.name);
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
    orders: new Map(),
  };
}

const collators = new Map<string, Intl.Collator>();
/**
 * `Intl.Collator(locale, { sensitivity: 'base', ignorePunctuation: true })`,
 * cached: accents and case do not separate names, and a leading quote or
 * "#" does not send a name before "A".
 */
export function nameCollator(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) {
    c = new Intl.Collator(locale, { sensitivity: 'base', ignorePunctuation: true });
    collators.set(locale, c);
  }
  return c;
}

/**
 * Indices of `supporters` in display order. `name`: locale-aware, accents
 * and case ignored (ties by id, so the order is stable). `date`: newest
 * `dateSigned` first, undated last, each date by name.
 */
export function sortedOrder(index: SupporterIndex, sort: SortKey, locale: string): readonly number[] {
  const memo = `${sort}|${locale}`;
  const hit = index.orders.get(memo);
  if (hit) return hit;
  const list = index.supporters;
  let order: number[];
  if (sort === 'date') {
    order = [...sortedOrder(index, 'name', locale)];
    // YYYY-MM-DD compares as text; undated ('') last. Array#sort is stable: equal dates keep their name order.
    const dates = list.map((s) => s.dateSigned ?? '');
    order.sort((a, b) => (dates[a] === dates[b] ? 0 : dates[a] < dates[b] ? 1 : -1));
  } else {
    const compare = nameCollator(locale).compare;
    order = list.map((_, i) => i);
    order.sort((a, b) => compare(list[a].name, list[b].name) || (list[a].id < list[b].id ? -1 : list[a].id > list[b].id ? 1 : 0));
  }
  index.orders.set(memo, order);
  return order;
}

/** The supporters that meet `criteria`, in `order`. */
export function filterSupporters(index: SupporterIndex, order: readonly number[], criteria: Criteria): Supporter[] {
  const tokens = queryTokens(criteria.query);
  const { category, country } = criteria;
  const { supporters, keys } = index;
  const out: Supporter[] = [];
  for (const i of order) {
    const s = supporters[i];
    if (category && s.category !== category) continue;
    if (country && (country === 'none' ? s.country !== null : s.country !== country)) continue;
    if (tokens.length && !matchesTokens(keys[i], tokens)) continue;
    out.push(s);
  }
  return out;
}

/** Country options: code and display name, sorted by name for `locale`. */
export function countryOptions(
  codes: readonly string[],
  locale: string,
  nameOf: (locale: string, code: string) => string,
): { code: string; name: string }[] {
  const compare = new Intl.Collator(locale).compare;
  return codes.map((code) => ({ code, name: nameOf(locale, code) })).sort((a, b) => compare(a.name, b.name) || (a.code < b.code ? -1 : 1));
}
