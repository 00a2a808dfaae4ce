/**
 * Row-level normalisation of the register. Every function here is pure: it
 * takes a published value and returns the value we publish plus, when the
 * value was corrected, dropped or guessed, the rule that did it, so the build
 * report can list every such change per row.
 *
 * Plain re-encodings are not "changes" (they lose nothing and are summarised
 * as counts instead): a current alpha-3 code published as alpha-2, an exact
 * nature label published as its key, `@handle` published as `handle`.
 */
import { decodeHTMLStrict } from 'entities';
import countries from 'i18n-iso-countries';
import { CATEGORIES, type CategoryKey, type Supporter } from '../../src/data/types.ts';
import { matchNature } from './natures.ts';

/** The register's columns, all required. */
export const COLUMNS = ['id', 'name', 'category', 'nationality', 'nature', 'website', 'twitter', 'date_signed'] as const;
export type Column = (typeof COLUMNS)[number];
export type RawRow = Record<Column, string>;

/** Every rule that can change a value, with the sentence the report prints. */
export const RULES = {
  'html-entity': 'HTML entities decoded',
  whitespace: 'whitespace trimmed or collapsed (incl. no-break spaces, control characters)',
  'name-missing': 'empty name replaced by the id',
  'category-missing': 'empty category published as uncategorized',
  'category-unknown': 'unknown category published as uncategorized',
  'nationality-legacy': 'withdrawn or non-ISO code replaced by its current ISO alpha-3 code',
  'nationality-format': 'code re-cased or given as alpha-2',
  'nationality-missing': 'no nationality: placed in no country',
  'nationality-unknown': 'unknown nationality code: placed in no country',
  'nature-variant': 'nature label matched ignoring case, accents or spacing',
  'nature-eu-member': '"UE" is EU membership, not a nature: nature null, euMember true',
  'nature-unknown': 'unknown nature label: nature null',
  'website-bare-domain': 'bare domain given https://',
  'website-normalised': 'URL normalised (host case, encoding)',
  'website-scheme': 'not an http(s) URL: website null',
  'website-invalid': 'unparseable URL or implausible host: website null',
  'twitter-from-url': 'handle taken from a twitter.com / x.com URL',
  'twitter-from-text': 'handle taken from text around it',
  'twitter-none': 'placeholder for "no account": twitter null',
  'twitter-invalid': 'no valid handle (1–15 letters, digits, _): twitter null',
  'date-invalid': 'not an ISO YYYY-MM-DD date: dateSigned null',
} as const;
export type RuleId = keyof typeof RULES;

export interface Change {
  /** Line of the CSV file where the row starts (the header is line 1), or of the field in the supporter's Markdown file. */
  line: number;
  id: string;
  field: Column;
  before: string;
  after: string | null;
  rule: RuleId;
}

export interface Warning {
  code: string;
  line?: number;
  id?: string;
  message: string;
}

/** A value and, if it differs from the published one in a way worth reporting, why. */
export interface Outcome<T> {
  value: T;
  rule?: RuleId;
  /** A remark for the report's warnings (e.g. a second handle that was dropped). */
  note?: string;
}

// ---------------------------------------------------------------------------
// Text

/** Characters that are whitespace for our purposes: \s plus controls and zero-width marks. */
// eslint-disable-next-line no-control-regex -- control characters are what it removes
const STRAY_SPACE = /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2060]+/g;

/**
 * Decode entities, then trim and collapse whitespace, as two separate steps so
 * the report says which one changed a value. Strict decoding: an entity must
 * end with ";", so names like "R&D" or "AT&T" are never mangled.
 */
export function cleanText(raw: string): { value: string; steps: { rule: RuleId; before: string; after: string }[] } {
  const steps: { rule: RuleId; before: string; after: string }[] = [];
  let value = raw;
  const decoded = decodeHTMLStrict(value);
  if (decoded !== value) {
    steps.push({ rule: 'html-entity', before: value, after: decoded });
    value = decoded;
  }
  const spaced = value.replace(STRAY_SPACE, ' ').trim();
  if (spaced !== value) {
    steps.push({ rule: 'whitespace', before: value, after: spaced });
    value = spaced;
  }
  return { value, steps };
}

// ---------------------------------------------------------------------------
// Category

/** Each key to itself: a row's category is published as the shared constant, not a copy per row. */
const REGISTER_CATEGORIES = new Map<string, CategoryKey>(CATEGORIES.map((c) => [c, c]));
/** The slugs an id may embed, `undefined` included (the register's rows with no category). */
const ID_CATEGORY_SLUGS = [...CATEGORIES, 'undefined'];

/** The column is what the official site counts: keep it exactly, only fill the gap. */
export function normaliseCategory(value: string): Outcome<CategoryKey> {
  if (value === '') return { value: 'uncategorized', rule: 'category-missing' };
  const known = REGISTER_CATEGORIES.get(value);
  if (known !== undefined) return { value: known };
  return { value: 'uncategorized', rule: 'category-unknown', note: `unknown category "${value}"` };
}

/**
 * The category slug a register id embeds (`<name>-<category>-<ALPHA3>`), or
 * null when the id has none. Names may contain hyphens, so known slugs are
 * matched at the end; otherwise everything after the first hyphen is the slug
 * (`interpol-international-organization`).
 */
export function categorySlugInId(id: string): string | null {
  const dash = id.indexOf('-');
  if (dash < 0) return null;
  const rest = id.slice(dash + 1).replace(/-[A-Z]{2,3}$|-$/, '');
  if (rest === '') return null;
  for (const slug of ID_CATEGORY_SLUGS) {
    if (rest === slug || rest.endsWith(`-${slug}`)) return slug;
  }
  return rest;
}

/** The country code an id ends with (`…-FRA`, `…-FR`), or null. */
export function countryCodeInId(id: string): string | null {
  return /-([A-Z]{2,3})$/.exec(id)?.[1] ?? null;
}

// ---------------------------------------------------------------------------
// Nationality

/**
 * Codes the register uses that ISO 3166-1 does not (or no longer) assign,
 * with the current code of the country they stand for there. Without these
 * the map loses the states Montenegro and Serbia and 33 Romanian rows.
 */
export const LEGACY_ALPHA3: Readonly<Record<string, { alpha3: string; why: string }>> = {
  // Romania's code until ISO changed it to ROU in 2002; still common in older data.
  ROM: { alpha3: 'ROU', why: 'Romania (ROM until 2002)' },
  // Not an ISO code: the register's own code for Montenegro (ISO MNE since 2006).
  MTG: { alpha3: 'MNE', why: 'Montenegro (ISO MNE since 2006)' },
  // Serbia and Montenegro (2003–2006), withdrawn; the register uses it on the state Serbia.
  SCG: { alpha3: 'SRB', why: 'Serbia (SCG was Serbia and Montenegro, withdrawn 2006)' },
};

export interface Place {
  alpha2: string | null;
  alpha3: string | null;
  /** Every reportable step, in order (a code may be re-cased and then be legacy). */
  steps: { rule: RuleId; after: string | null }[];
}

/** Resolve a nationality to ISO alpha-2 + alpha-3, or to no country. */
export function normaliseNationality(value: string): Place {
  const steps: Place['steps'] = [];
  if (value === '') return { alpha2: null, alpha3: null, steps: [{ rule: 'nationality-missing', after: null }] };
  let code = value.toUpperCase();
  if (/^[A-Z]{2}$/.test(code) && countries.alpha2ToAlpha3(code)) {
    code = countries.alpha2ToAlpha3(code)!;
    steps.push({ rule: 'nationality-format', after: code });
  } else if (code !== value) {
    steps.push({ rule: 'nationality-format', after: code });
  }
  const legacy = LEGACY_ALPHA3[code];
  if (legacy) {
    code = legacy.alpha3;
    steps.push({ rule: 'nationality-legacy', after: code });
  }
  const alpha2 = /^[A-Z]{3}$/.test(code) ? countries.alpha3ToAlpha2(code) : undefined;
  if (!alpha2) return { alpha2: null, alpha3: null, steps: [...steps, { rule: 'nationality-unknown', after: null }] };
  return { alpha2, alpha3: code, steps };
}

// ---------------------------------------------------------------------------
// Nature

export interface NatureOutcome extends Outcome<string | null> {
  euMember: boolean;
}

export function normaliseNature(value: string): NatureOutcome {
  const match = matchNature(value);
  switch (match.kind) {
    case 'empty':
      return { value: null, euMember: false };
    case 'eu-member':
      return { value: null, euMember: true, rule: 'nature-eu-member' };
    case 'unknown':
      return { value: null, euMember: false, rule: 'nature-unknown' };
    case 'known':
      return match.exact
        ? { value: match.key, euMember: false }
        : { value: match.key, euMember: false, rule: 'nature-variant', note: `"${value}" read as "${match.canonical}"` };
  }
}

// ---------------------------------------------------------------------------
// Website

/** `www.example.org`, `example.org/path`: a host with a TLD and nothing before it. */
const BARE_DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}(?::\d{1,5})?(?:[/?#]\S*)?$/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** A host a real organisation's site could have: dotted DNS labels and an alphabetic (or IDN) TLD. */
export function isPlausibleHost(hostname: string): boolean {
  const labels = hostname.split('.');
  if (labels.length < 2) return false;
  if (!labels.every((l) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(l))) return false;
  const tld = labels[labels.length - 1]!;
  return /^[a-z]{2,63}$/.test(tld) || /^xn--[a-z0-9-]+$/.test(tld);
}

/**
 * Only http(s) URLs survive: a widget turns this value into a link, so
 * `javascript:` or `data:` (in any letter case) must never get through.
 */
export function normaliseWebsite(value: string): Outcome<string | null> {
  if (value === '') return { value: null };
  let candidate = value;
  let bare = false;
  if (BARE_DOMAIN.test(value)) {
    candidate = `https://${value}`;
    bare = true;
  } else if (HAS_SCHEME.test(value) && !/^https?:/i.test(value)) {
    return { value: null, rule: 'website-scheme' };
  }
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { value: null, rule: 'website-invalid' };
  }
  // The URL parser strips leading controls, so check the scheme it actually saw.
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { value: null, rule: 'website-scheme' };
  if (url.username || url.password || !isPlausibleHost(url.hostname)) return { value: null, rule: 'website-invalid' };
  let href = url.href;
  // Keep the published form otherwise: do not add the "/" the parser appends to a bare origin.
  if (url.pathname === '/' && !url.search && !url.hash && !candidate.endsWith('/')) href = href.slice(0, -1);
  if (bare) return { value: href, rule: 'website-bare-domain' };
  return href === value ? { value } : { value: href, rule: 'website-normalised' };
}

// ---------------------------------------------------------------------------
// Twitter

const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
/** Values publishers type for "no account". Compared lower-cased. */
const NO_ACCOUNT_VALUES = new Set(['n/a', 'na', 'n.a.', 'no', 'non', 'none', 'nil', 'null', '-', '--', '0', 'aucun', 'néant', '/', '.']);
/** Prose that says there is no account ("We do not have a Twitter account yet."). */
const NO_ACCOUNT_TEXT = /\b(?:no|not|don'?t|dont|do not|without|pas de|aucun)\b/i;
const PROFILE_URL = /^(?:https?:\/\/)?(?:(?:www|mobile|m)\.)?(?:twitter|x)\.com\/(?:#!\/)?@?([A-Za-z0-9_]+)(?=$|[/?#])/i;
/** Paths of twitter.com that are not profiles. */
const NOT_PROFILES = new Set(['home', 'intent', 'share', 'search', 'hashtag', 'i', 'explore', 'settings', 'login', 'signup']);
/** `@handle` standing alone in text: not part of an e-mail, a domain (`@site.pl`) or a longer word. */
const HANDLE_IN_TEXT = /(?:^|[\s([,;:])@([A-Za-z0-9_]{1,15})(?=$|[\s)\],;:!?]|\.(?:\s|$))/g;

export function normaliseTwitter(value: string): Outcome<string | null> {
  if (value === '') return { value: null };
  if (NO_ACCOUNT_VALUES.has(value.toLowerCase())) return { value: null, rule: 'twitter-none' };
  const at = /^@([A-Za-z0-9_]{1,15})$/.exec(value);
  if (at) return { value: at[1]! };
  if (HANDLE.test(value)) return { value };
  const url = PROFILE_URL.exec(value);
  if (url) {
    const handle = url[1]!;
    if (HANDLE.test(handle) && !NOT_PROFILES.has(handle.toLowerCase())) return { value: handle, rule: 'twitter-from-url' };
    return { value: null, rule: 'twitter-invalid' };
  }
  const found = [...new Set([...value.matchAll(HANDLE_IN_TEXT)].map((m) => m[1]!))];
  if (found.length > 0) {
    const note = found.length > 1 ? `several handles (${found.map((h) => `@${h}`).join(', ')}): kept the first` : undefined;
    return { value: found[0]!, rule: 'twitter-from-text', note };
  }
  if (NO_ACCOUNT_TEXT.test(value)) return { value: null, rule: 'twitter-none' };
  return { value: null, rule: 'twitter-invalid' };
}

// ---------------------------------------------------------------------------
// Dates

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function normaliseDate(value: string): Outcome<string | null> {
  if (value === '') return { value: null };
  return isIsoDate(value) ? { value } : { value: null, rule: 'date-invalid' };
}

// ---------------------------------------------------------------------------
// A whole row

export interface RowResult {
  line: number;
  supporter: Supporter;
  /** The nationality as published (cleaned), for the report's unplaced list. */
  nationality: string;
  /** Normalised alpha-3 (ROM → ROU), or null when placed in no country. */
  alpha3: string | null;
  changes: Change[];
  warnings: Warning[];
  /** Why the row is in no country, when it is. */
  unplaced: string | null;
  /** For the report's tallies: the label a nature key came from; whether `@` was dropped. */
  recoded: { natureLabel: string | null; twitterAt: boolean };
}

/**
 * Normalise one register row. `line` is where the row starts (a CSV line);
 * `fieldLines`, when given, the line of each field (a Markdown file's front
 * matter), which changes to that field then name.
 */
export function normaliseRow(raw: RawRow, line: number, fieldLines?: Partial<Record<Column, number>>): RowResult {
  const changes: Change[] = [];
  const warnings: Warning[] = [];
  const clean = {} as RawRow;
  // The id is needed on every change line, so clean it first.
  const idText = cleanText(raw.id);
  const id = idText.value;
  const record = (field: Column, before: string, after: string | null, rule: RuleId) =>
    changes.push({ line: fieldLines?.[field] ?? line, id, field, before, after, rule });
  for (const field of COLUMNS) {
    const { value, steps } = field === 'id' ? idText : cleanText(raw[field]);
    for (const s of steps) record(field, s.before, s.after, s.rule);
    clean[field] = value;
  }
  const warn = (code: string, message: string) => warnings.push({ code, line, id, message });

  let name = clean.name;
  if (name === '') {
    name = id;
    record('name', '', id, 'name-missing');
  }

  const category = normaliseCategory(clean.category);
  if (category.rule) record('category', clean.category, category.value, category.rule);
  if (category.note) warn('category-unknown', category.note);
  const idSlug = categorySlugInId(id);
  const idCategory = idSlug === 'undefined' ? 'uncategorized' : idSlug;
  if (idCategory !== null && idCategory !== category.value) {
    warn(
      'id-category-mismatch',
      `id says "${idSlug}", row says "${category.value}": kept the row's category (what the official site counts)`,
    );
  }

  const place = normaliseNationality(clean.nationality);
  let before = clean.nationality;
  for (const s of place.steps) {
    record('nationality', before, s.after, s.rule);
    before = s.after ?? '';
  }
  const unplaced = place.alpha2 !== null ? null : clean.nationality === '' ? 'no nationality' : `unknown code "${clean.nationality}"`;
  const idCode = countryCodeInId(id);
  if (idCode && place.alpha2) {
    const idPlace = normaliseNationality(idCode);
    if (idPlace.alpha2 && idPlace.alpha2 !== place.alpha2) {
      warn('id-country-mismatch', `id says ${idCode}, nationality says ${clean.nationality}: kept the nationality`);
    }
  }

  const nature = normaliseNature(clean.nature);
  if (nature.rule) record('nature', clean.nature, nature.value, nature.rule);
  if (nature.euMember && category.value !== 'state') warn('eu-member-not-state', `"UE" on a ${category.value} row`);
  if (nature.rule === 'nature-unknown') warn('nature-unknown', `unknown nature label "${clean.nature}"`);

  const website = normaliseWebsite(clean.website);
  if (website.rule) record('website', clean.website, website.value, website.rule);

  const twitter = normaliseTwitter(clean.twitter);
  if (twitter.rule) record('twitter', clean.twitter, twitter.value, twitter.rule);
  if (twitter.note) warn('twitter-several-handles', twitter.note);

  const date = normaliseDate(clean.date_signed);
  if (date.rule) record('date_signed', clean.date_signed, date.value, date.rule);

  return {
    line,
    nationality: clean.nationality,
    supporter: {
      id,
      name,
      category: category.value,
      country: place.alpha2,
      nature: nature.value,
      euMember: nature.euMember,
      website: website.value,
      twitter: twitter.value,
      dateSigned: date.value,
    },
    alpha3: place.alpha3,
    changes,
    warnings,
    unplaced,
    recoded: {
      natureLabel: nature.value !== null ? clean.nature : null,
      twitterAt: twitter.value !== null && !twitter.rule && clean.twitter.startsWith('@'),
    },
  };
}
