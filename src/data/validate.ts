/**
 * Checks a parsed dataset and copies it into fresh objects with known keys
 * only, so JSON keys such as `__proto__` or `constructor` never reach a
 * prototype or a widget. Hand-written (no schema compiler): strict-CSP hosts
 * forbid the `new Function` that JSON-Schema validators generate.
 * Anything unusable throws a `schema` error naming the path; a newer major
 * `schemaVersion` throws `version`.
 */
import { ParisCallDataError } from './errors.js';
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
  type MilestoneSource,
  type Principle,
  type Register,
  type Summary,
  type Supporter,
  type Texts,
} from './types.js';

type Obj = Record<string, unknown>;

class Checker {
  constructor(readonly url: string) {}

  fail(path: string, what: string): never {
    throw new ParisCallDataError('schema', `${path}: ${what}`, this.url);
  }

  obj(v: unknown, path: string): Obj {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(path, 'expected an object');
    return v as Obj;
  }

  arr(v: unknown, path: string): unknown[] {
    if (!Array.isArray(v)) this.fail(path, 'expected an array');
    return v;
  }

  str(v: unknown, path: string): string {
    if (typeof v !== 'string') this.fail(path, 'expected a string');
    return v;
  }

  optStr(v: unknown, path: string): string | null {
    return v === null || v === undefined ? null : this.str(v, path);
  }

  count(v: unknown, path: string): number {
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) this.fail(path, 'expected a count');
    return v;
  }

  date(v: unknown, path: string): string {
    const s = this.str(v, path);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(Date.parse(s))) this.fail(path, 'expected a YYYY-MM-DD date');
    return s;
  }

  optDate(v: unknown, path: string): string | null {
    return v === null || v === undefined ? null : this.date(v, path);
  }

  /** http(s) only: anything else (javascript:, data:, relative) becomes null. */
  optUrl(v: unknown, path: string): string | null {
    const s = this.optStr(v, path);
    if (s === null) return null;
    const href = safeHref(s);
    if (href) return href;
    console.warn(`[paris-call-widgets] ${path}: dropped a non-http(s) URL (${this.url})`);
    return null;
  }

  /** ISO alpha-2 or null; anything else is shown as "no country", with a console note. */
  country(s: string | null, path: string): string | null {
    if (s === null || /^[A-Z]{2}$/.test(s)) return s;
    console.warn(`[paris-call-widgets] ${path}: "${s.slice(0, 20)}" is not an ISO alpha-2 code, shown without a country (${this.url})`);
    return null;
  }

  category(v: unknown, path: string): CategoryKey {
    const s = this.str(v, path);
    if (!(CATEGORIES as readonly string[]).includes(s)) this.fail(path, `unknown category "${s.slice(0, 40)}"`);
    return s as CategoryKey;
  }

  categoryCounts(v: unknown, path: string): CategoryCounts {
    const o = this.obj(v, path);
    const out = {} as CategoryCounts;
    for (const c of CATEGORIES) out[c] = o[c] === undefined ? 0 : this.count(o[c], `${path}.${c}`);
    return out;
  }

  /** Every locale's text; a missing one falls back to English, with a console note. */
  localized(v: unknown, path: string): Localized {
    const o = this.obj(v, path);
    const en = this.str(o.en, `${path}.en`);
    const out = {} as Localized;
    for (const l of LOCALES) {
      if (typeof o[l] === 'string' && o[l]) out[l] = o[l] as string;
      else {
        if (o[l] !== undefined) this.str(o[l], `${path}.${l}`);
        console.warn(`[paris-call-widgets] ${path}.${l}: missing, English shown (${this.url})`);
        out[l] = en;
      }
    }
    return out;
  }

  locales(v: unknown, path: string): LocaleCode[] {
    return this.arr(v, path)
      .map((x, i) => this.str(x, `${path}[${i}]`))
      .filter((x): x is LocaleCode => (LOCALES as readonly string[]).includes(x));
  }

  header(v: unknown, kind: string): Obj {
    const o = this.obj(v, '$');
    const version = o.schemaVersion;
    if (typeof version !== 'number' || !Number.isInteger(version)) this.fail('$.schemaVersion', 'missing');
    if (version > SCHEMA_VERSION) {
      throw new ParisCallDataError(
        'version',
        `schemaVersion ${version} is newer than this library reads (${SCHEMA_VERSION})`,
        this.url,
      );
    }
    if (o.kind !== kind) this.fail('$.kind', `expected "${kind}"`);
    return o;
  }

  source(v: unknown, path: string) {
    const o = this.obj(v, path);
    return { name: this.str(o.name, `${path}.name`), url: this.optUrl(o.url, `${path}.url`) ?? '', license: this.str(o.license, `${path}.license`) };
  }
}

export function validateSummary(data: unknown, url: string): Summary {
  const c = new Checker(url);
  const o = c.header(data, 'paris-call-summary');
  const counts = c.obj(o.counts, '$.counts');
  return {
    schemaVersion: o.schemaVersion as number,
    kind: 'paris-call-summary',
    asOf: c.date(o.asOf, '$.asOf'),
    officialListUrl: c.optUrl(o.officialListUrl, '$.officialListUrl') ?? 'https://pariscall.international/en/supporters',
    source: c.source(o.source, '$.source'),
    counts: {
      total: c.count(counts.total, '$.counts.total'),
      byCategory: c.categoryCounts(counts.byCategory, '$.counts.byCategory'),
    },
    byCountry: c.arr(o.byCountry, '$.byCountry').map((v, i) => {
      const b = c.obj(v, `$.byCountry[${i}]`);
      const country = c.str(b.country, `$.byCountry[${i}].country`);
      if (!/^[A-Z]{2}$/.test(country)) c.fail(`$.byCountry[${i}].country`, 'expected an ISO alpha-2 code');
      return {
        country,
        alpha3: c.str(b.alpha3, `$.byCountry[${i}].alpha3`),
        counts: c.categoryCounts(b.counts, `$.byCountry[${i}].counts`),
      };
    }),
    noCountry: c.arr(o.noCountry ?? [], '$.noCountry').map((v, i) => {
      const n = c.obj(v, `$.noCountry[${i}]`);
      return {
        id: c.str(n.id, `$.noCountry[${i}].id`),
        name: c.str(n.name, `$.noCountry[${i}].name`),
        category: c.category(n.category, `$.noCountry[${i}].category`),
      };
    }),
    signedByDate: c.arr(o.signedByDate ?? [], '$.signedByDate').map((v, i) => {
      const s = c.obj(v, `$.signedByDate[${i}]`);
      return { date: c.date(s.date, `$.signedByDate[${i}].date`), count: c.count(s.count, `$.signedByDate[${i}].count`) };
    }),
  };
}

export function validateTexts(data: unknown, url: string): Texts {
  const c = new Checker(url);
  const o = c.header(data, 'paris-call-texts');
  const principles: Principle[] = c.arr(o.principles, '$.principles').map((v, i) => {
    const p = c.obj(v, `$.principles[${i}]`);
    return {
      number: c.count(p.number, `$.principles[${i}].number`),
      short: c.localized(p.short, `$.principles[${i}].short`),
      full: c.localized(p.full, `$.principles[${i}].full`),
      official: c.locales(p.official, `$.principles[${i}].official`),
    };
  });
  const milestones: Milestone[] = c.arr(o.milestones, '$.milestones').map((v, i) => {
    const path = `$.milestones[${i}]`;
    const m = c.obj(v, path);
    const mc = c.obj(m.counts ?? {}, `${path}.counts`);
    const reported: Milestone['counts'] = {};
    for (const k of [...CATEGORIES, 'total'] as const) if (mc[k] !== undefined) reported[k] = c.count(mc[k], `${path}.counts.${k}`);
    return {
      date: c.date(m.date, `${path}.date`),
      kind: c.str(m.kind, `${path}.kind`),
      text: c.localized(m.text, `${path}.text`),
      translated: c.locales(m.translated ?? [], `${path}.translated`),
      counts: reported,
      supporters: c.arr(m.supporters ?? [], `${path}.supporters`).map((s, j) => c.str(s, `${path}.supporters[${j}]`)),
      sources: c.arr(m.sources ?? [], `${path}.sources`).map((s, j): MilestoneSource => {
        const sp = `${path}.sources[${j}]`;
        const so = c.obj(s, sp);
        return {
          url: c.optUrl(so.url, `${sp}.url`),
          label: c.str(so.label, `${sp}.label`),
          language: c.optStr(so.language, `${sp}.language`),
          kind: c.str(so.kind, `${sp}.kind`),
          published: c.optStr(so.published, `${sp}.published`),
        };
      }),
    };
  });
  return { schemaVersion: o.schemaVersion as number, kind: 'paris-call-texts', asOf: c.date(o.asOf, '$.asOf'), principles, milestones };
}

export function validateRegister(data: unknown, url: string): Register {
  const c = new Checker(url);
  const o = c.header(data, 'paris-call-register');
  const seen = new Set<string>();
  const supporters: Supporter[] = c.arr(o.supporters, '$.supporters').map((v, i) => {
    const path = `$.supporters[${i}]`;
    const s = c.obj(v, path);
    const id = c.str(s.id, `${path}.id`);
    // Ids are what the badge verifies: an ambiguous register is unusable.
    if (seen.has(id)) c.fail(`${path}.id`, `duplicate id "${id.slice(0, 80)}"`);
    seen.add(id);
    const country = c.optStr(s.country, `${path}.country`);
    return {
      id,
      name: c.str(s.name, `${path}.name`),
      category: c.category(s.category, `${path}.category`),
      country: c.country(country, `${path}.country`),
      nature: c.optStr(s.nature, `${path}.nature`),
      euMember: s.euMember === true,
      website: c.optUrl(s.website, `${path}.website`),
      twitter: c.optStr(s.twitter, `${path}.twitter`),
      dateSigned: c.optDate(s.dateSigned, `${path}.dateSigned`),
    };
  });
  return {
    schemaVersion: o.schemaVersion as number,
    kind: 'paris-call-register',
    asOf: c.date(o.asOf, '$.asOf'),
    source: c.source(o.source, '$.source'),
    supporters,
  };
}
