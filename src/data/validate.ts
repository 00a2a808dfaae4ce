/**
 * Checks a parsed dataset and copies it into fresh objects with known keys
 * only, so JSON keys such as `__proto__` or `constructor` never reach a
 * prototype or a widget. Hand-written (no schema compiler): strict-CSP hosts
 * forbid the `new Function` that JSON-Schema validators generate. Each file's
 * shape is written once as a tree of small checkers below.
 * Anything unusable throws a `schema` error naming the path; a newer major
 * `schemaVersion` throws `version`.
 */
import { ParisCallDataError } from './errors.js';
import { OFFICIAL_LIST_URL } from './official-list.js';
import { safeHref } from '../core/safe-url.js';
import {
  CATEGORIES,
  LOCALES,
  SCHEMA_VERSION,
  type CategoryCounts,
  type CategoryKey,
  type LocaleCode,
  type Localized,
  type Milestone,
  type Register,
  type Summary,
  type Supporter,
  type Texts,
} from './types.js';

type Obj = Record<string, unknown>;
/** Checks `v` found at `path` and returns the value to keep. */
export type Check<T> = (v: unknown, path: string) => T;

/** The file being checked, for messages (validation is synchronous: one at a time). */
let file = '';

export const fail = (path: string, what: string): never => {
  throw new ParisCallDataError('schema', `${path}: ${what}`, file);
};
const note = (msg: string) => console.warn(`[paris-call-widgets] ${msg} (${file})`);

export const obj: Check<Obj> = (v, path) =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : fail(path, 'expected an object');
export const arr: Check<unknown[]> = (v, path) => (Array.isArray(v) ? v : fail(path, 'expected an array'));
export const str: Check<string> = (v, path) => (typeof v === 'string' ? v : fail(path, 'expected a string'));
const count: Check<number> = (v, path) =>
  Number.isSafeInteger(v) && (v as number) >= 0 ? (v as number) : fail(path, 'expected a count');
const date: Check<string> = (v, path) => {
  const s = str(v, path);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !isNaN(Date.parse(s)) ? s : fail(path, 'expected a YYYY-MM-DD date');
};
/** null or absent → null. */
const opt =
  <T>(check: Check<T>): Check<T | null> =>
  (v, path) =>
    v === null || v === undefined ? null : check(v, path);
/** http(s) only: anything else (javascript:, data:, relative) becomes null, with a console note. */
const url = opt((v, path) => {
  const href = safeHref(str(v, path));
  if (href) return href;
  note(`${path}: dropped a non-http(s) URL`);
  return null;
});
const category: Check<CategoryKey> = (v, path) => {
  const s = str(v, path);
  return (CATEGORIES as readonly string[]).includes(s) ? (s as CategoryKey) : fail(path, `unknown category "${s.slice(0, 40)}"`);
};
export const alpha2: Check<string> = (v, path) => {
  const s = str(v, path);
  return /^[A-Z]{2}$/.test(s) ? s : fail(path, 'expected an ISO alpha-2 code');
};
/** `required` false: absent or null is an empty list. */
export const list =
  <T>(check: Check<T>, required = true): Check<T[]> =>
  (v, path) =>
    arr(required ? v : (v ?? []), path).map((x, i) => check(x, `${path}[${i}]`));
/** An object with exactly these keys, in this order (unknown keys are not copied). */
export const shape =
  <T>(spec: { [K in keyof T]: Check<T[K]> }): Check<T> =>
  (v, path) => {
    const o = obj(v, path);
    const out = {} as T;
    for (const k in spec) out[k] = spec[k](o[k], `${path}.${k}`);
    return out;
  };
/** Counts of the keys in `keys`: absent ones are 0, or left out when `partial`. */
const counts =
  <K extends string>(keys: readonly K[], partial = false): Check<Record<K, number>> =>
  (v, path) => {
    const o = obj(partial ? (v ?? {}) : v, path);
    const out = {} as Record<K, number>;
    for (const k of keys) if (o[k] !== undefined || !partial) out[k] = o[k] === undefined ? 0 : count(o[k], `${path}.${k}`);
    return out;
  };
const categoryCounts: Check<CategoryCounts> = counts(CATEGORIES);

/** Every locale's text; a missing one falls back to English, with a console note. */
const localized: Check<Localized> = (v, path) => {
  const o = obj(v, path);
  const en = str(o.en, `${path}.en`);
  const out = {} as Localized;
  for (const l of LOCALES) {
    if (o[l] !== undefined) str(o[l], `${path}.${l}`);
    if (!o[l]) note(`${path}.${l}: missing, English shown`);
    out[l] = (o[l] as string) || en;
  }
  return out;
};
/** Known locale codes only (others are dropped: a newer dataset may ship more). */
const locales =
  (required = true): Check<LocaleCode[]> =>
  (v, path) =>
    list(str, required)(v, path).filter((x): x is LocaleCode => (LOCALES as readonly string[]).includes(x));

const source = shape({ name: str, url: (v, path) => url(v, path) ?? '', license: str });

/** Checks `schemaVersion` (at most `max`) and `kind`, then the rest of the file with `body`. */
export function read<T>(data: unknown, fileUrl: string, kind: string, body: Check<T>, max = SCHEMA_VERSION): { schemaVersion: number; kind: string } & T {
  file = fileUrl;
  const o = obj(data, '$');
  const version = o.schemaVersion;
  if (!Number.isInteger(version)) fail('$.schemaVersion', 'missing');
  if ((version as number) > max) {
    throw new ParisCallDataError('version', `schemaVersion ${version} is newer than this library reads (${max})`, file);
  }
  if (o.kind !== kind) fail('$.kind', `expected "${kind}"`);
  return { schemaVersion: version as number, kind, ...body(o, '$') };
}

const summary = shape<Omit<Summary, 'schemaVersion' | 'kind'>>({
  asOf: date,
  officialListUrl: (v, path) => url(v, path) ?? OFFICIAL_LIST_URL,
  source,
  counts: shape({ total: count, byCategory: categoryCounts }),
  byCountry: list(shape({ country: alpha2, alpha3: str, counts: categoryCounts })),
  noCountry: list(shape({ id: str, name: str, category }), false),
});

export const validateSummary = (data: unknown, url: string) => read(data, url, 'paris-call-summary', summary) as Summary;

const texts = shape<Omit<Texts, 'schemaVersion' | 'kind'>>({
  asOf: date,
  principles: list(shape({ number: count, short: localized, full: localized, official: locales() })),
  milestones: list(
    shape<Milestone>({
      date,
      kind: str,
      text: localized,
      translated: locales(false),
      counts: counts([...CATEGORIES, 'total'], true),
      supporters: list(str, false),
      sources: list(shape({ url, label: str, language: opt(str), kind: str, published: opt(str) }), false),
    }),
  ),
  signedByDate: list(shape({ date, count }), false),
});

export const validateTexts = (data: unknown, url: string) => read(data, url, 'paris-call-texts', texts) as Texts;

const supporter = shape<Supporter>({
  id: str,
  name: str,
  category,
  /** ISO alpha-2 or null; anything else is shown as "no country", with a console note. */
  country: (v, path) => {
    const s = opt(str)(v, path);
    if (s === null || /^[A-Z]{2}$/.test(s)) return s;
    note(`${path}: "${s.slice(0, 20)}" is not an ISO alpha-2 code, shown without a country`);
    return null;
  },
  nature: opt(str),
  euMember: (v) => v === true,
  website: url,
  twitter: opt(str),
  dateSigned: opt(date),
});

const register = shape<Omit<Register, 'schemaVersion' | 'kind'>>({
  asOf: date,
  source,
  supporters: (v, path) => {
    const rows = list(supporter)(v, path);
    // Ids are what the badge verifies: an ambiguous register is unusable.
    const seen = new Set<string>();
    rows.forEach(({ id }, i) => {
      if (seen.has(id)) fail(`${path}[${i}].id`, `duplicate id "${id.slice(0, 80)}"`);
      seen.add(id);
    });
    return rows;
  },
});

export const validateRegister = (data: unknown, url: string) => read(data, url, 'paris-call-register', register) as Register;
