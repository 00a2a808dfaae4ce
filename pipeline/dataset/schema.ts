/**
 * JSON Schemas (draft 2020-12) of the published files, generated from the
 * same constants as the data (src/data/types.ts, natures.ts) so they cannot
 * drift, plus a small validator for the subset of keywords they use. The
 * build validates its own output before writing anything, and the tests
 * validate the written files; no schema library is needed for that.
 */
import { CATEGORIES, LOCALES, SCHEMA_VERSION } from '../../src/data/types.ts';
import { NATURE_KEYS } from './natures.ts';

type Schema = Record<string, unknown>;

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';
/** Real dates only in the pattern's range; the build also checks the calendar. */
export const DATE_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$';
export const HANDLE_PATTERN = '^[A-Za-z0-9_]{1,15}$';
export const SHA256_PATTERN = '^[0-9a-f]{64}$';
export const HTTP_URL_PATTERN = '^https?://[^\\s/?#]+\\.[^\\s/?#]+([/?#][^\\s]*)?$';

const count = { type: 'integer', minimum: 0 };
const text = { type: 'string', minLength: 1 };
const nullable = (schema: Schema): Schema => ({ ...schema, type: [schema.type as string, 'null'] });
const obj = (properties: Record<string, Schema>, description?: string): Schema => ({
  type: 'object',
  ...(description ? { description } : {}),
  additionalProperties: false,
  required: Object.keys(properties),
  properties,
});

const sharedDefs: Record<string, Schema> = {
  date: { type: 'string', pattern: DATE_PATTERN, description: 'YYYY-MM-DD' },
  count,
  category: { enum: [...CATEGORIES] },
  categoryCounts: obj(Object.fromEntries(CATEGORIES.map((c) => [c, { $ref: '#/$defs/count' }]))),
  source: obj({ name: text, url: { type: 'string', pattern: HTTP_URL_PATTERN }, license: text }),
};

export const summarySchema: Schema = {
  $schema: DRAFT,
  $id: `urn:paris-call-widgets:data:summary:v${SCHEMA_VERSION}`,
  title: 'Paris Call summary',
  description:
    'Counts of the Paris Call register by category, country and signing date. The other files sit beside it: texts.json, register.json, map.json. Written by build:data.',
  ...obj({
    schemaVersion: { const: SCHEMA_VERSION },
    kind: { const: 'paris-call-summary' },
    asOf: { $ref: '#/$defs/date' },
    officialListUrl: { type: 'string', pattern: HTTP_URL_PATTERN },
    source: { $ref: '#/$defs/source' },
    counts: obj({ total: { $ref: '#/$defs/count' }, byCategory: { $ref: '#/$defs/categoryCounts' } }),
    byCountry: {
      type: 'array',
      description: 'Sorted by alpha-2 code.',
      items: obj({
        country: { type: 'string', pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2' },
        alpha3: { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 3166-1 alpha-3, normalised' },
        counts: { $ref: '#/$defs/categoryCounts' },
      }),
    },
    noCountry: {
      type: 'array',
      items: obj({ id: text, name: text, category: { $ref: '#/$defs/category' } }),
    },
    provenance: {
      ...obj(
        {
          format: { enum: ['register', 'register-archive', 'csv'] },
          commit: { type: 'string', pattern: '^[0-9a-f]{12}$' },
          committedAt: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$' },
          content: { type: 'string', pattern: '^sha256:[0-9a-f]{16}$' },
          archive: { type: 'string', pattern: '^sha256:[0-9a-f]{16}$' },
        },
        'What the dataset was built from, in short: the register commit (12 hex digits, when the source names one) and its date, and the first 16 hex digits of the digests of what was read (the full ones are in build-report.json). Never the build time.',
      ),
      required: ['format', 'content'],
    },
  }),
  $defs: sharedDefs,
};

export const textsSchema: Schema = {
  $schema: DRAFT,
  $id: `urn:paris-call-widgets:data:texts:v${SCHEMA_VERSION}`,
  title: 'Paris Call texts',
  description: 'The nine principles and the dated milestones of the Paris Call, in every shipped locale. Written by build:data.',
  ...obj({
    schemaVersion: { const: SCHEMA_VERSION },
    kind: { const: 'paris-call-texts' },
    asOf: { $ref: '#/$defs/date' },
    principles: { type: 'array', minItems: 9, maxItems: 9, items: { $ref: '#/$defs/principle' } },
    milestones: { type: 'array', items: { $ref: '#/$defs/milestone' } },
    signedByDate: {
      type: 'array',
      description:
        'Register rows with a date_signed: count per date, ascending (the timeline reads them; kept out of the summary every counter downloads).',
      items: obj({ date: { $ref: '#/$defs/date' }, count: { type: 'integer', minimum: 1 } }),
    },
  }),
  $defs: {
    ...sharedDefs,
    localized: obj(Object.fromEntries(LOCALES.map((l) => [l, text]))),
    locales: { type: 'array', uniqueItems: true, items: { enum: [...LOCALES] } },
    principle: obj({
      number: { type: 'integer', minimum: 1, maximum: 9 },
      short: { $ref: '#/$defs/localized' },
      full: { $ref: '#/$defs/localized' },
      official: { $ref: '#/$defs/locales' },
    }),
    milestone: obj({
      date: { $ref: '#/$defs/date' },
      kind: text,
      text: { $ref: '#/$defs/localized' },
      translated: { $ref: '#/$defs/locales' },
      counts: {
        type: 'object',
        description: 'As reported on the day by the sources, not recomputed.',
        additionalProperties: false,
        properties: Object.fromEntries([...CATEGORIES, 'total'].map((k) => [k, { $ref: '#/$defs/count' }])),
      },
      supporters: { type: 'array', items: text },
      sources: { type: 'array', items: { $ref: '#/$defs/milestoneSource' } },
    }),
    milestoneSource: obj({
      url: nullable({ type: 'string', pattern: HTTP_URL_PATTERN }),
      label: text,
      language: nullable({ type: 'string', pattern: '^[a-z]{2}$' }),
      kind: text,
      published: nullable({ type: 'string', pattern: '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$' }),
    }),
  },
};

export const registerSchema: Schema = {
  $schema: DRAFT,
  $id: `urn:paris-call-widgets:data:register:v${SCHEMA_VERSION}`,
  title: 'Paris Call register',
  description: 'Every supporter of the Paris Call register, normalised. Written by build:data.',
  ...obj({
    schemaVersion: { const: SCHEMA_VERSION },
    kind: { const: 'paris-call-register' },
    asOf: { $ref: '#/$defs/date' },
    source: { $ref: '#/$defs/source' },
    supporters: { type: 'array', items: { $ref: '#/$defs/supporter' } },
  }),
  $defs: {
    ...sharedDefs,
    supporter: obj({
      id: { ...text, description: "The register's stable slug, as published (case-sensitive)." },
      name: text,
      category: { $ref: '#/$defs/category' },
      country: nullable({ type: 'string', pattern: '^[A-Z]{2}$' }),
      nature: { enum: [...NATURE_KEYS, null] },
      euMember: { type: 'boolean' },
      website: nullable({ type: 'string', pattern: HTTP_URL_PATTERN }),
      twitter: nullable({ type: 'string', pattern: HANDLE_PATTERN }),
      dateSigned: nullable({ type: 'string', pattern: DATE_PATTERN }),
    }),
  },
};

// ---------------------------------------------------------------------------
// Validator for the keywords above.

const ANNOTATIONS = new Set(['$schema', '$id', '$defs', 'title', 'description', '$comment']);
const KNOWN = new Set([
  ...ANNOTATIONS,
  '$ref',
  'type',
  'const',
  'enum',
  'pattern',
  'minLength',
  'minimum',
  'maximum',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
]);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** Compiled patterns, shared by every call (a pattern always compiles to the same test). */
const PATTERNS = new Map<string, RegExp>();
function pattern(source: string): RegExp {
  let re = PATTERNS.get(source);
  if (!re) PATTERNS.set(source, (re = new RegExp(source, 'u')));
  return re;
}

/** SVG path data as build-map writes it: commands and numbers only (the widget checks the same). */
const PATH_DATA = '^[MmLlHhVvZz0-9 ,.eE+-]*$';

/** map.json, written by `npm run build:map` (pipeline/map/), read by the map (src/components/map/map-data.ts). */
export const mapSchema: Schema = {
  $schema: DRAFT,
  $id: 'urn:paris-call-widgets:data:map:v1',
  title: 'Paris Call map geometry',
  description:
    'Country shapes projected at build time (Equal Earth), as SVG path data in a viewBox from 0 0, with markers for small states. Written by build:map.',
  ...obj({
    schemaVersion: { const: 1 },
    kind: { const: 'paris-call-map' },
    viewBox: { type: 'array', description: '[width, height]', minItems: 2, maxItems: 2, items: { type: 'number', minimum: 1 } },
    countries: {
      type: 'array',
      description: 'One shape per country, keyed by ISO alpha-2.',
      items: obj({ id: { type: 'string', pattern: '^[A-Z]{2}$' }, d: { type: 'string', pattern: PATH_DATA } }),
    },
    land: { type: 'array', description: 'Shapes with no ISO code, drawn as plain land.', items: { type: 'string', pattern: PATH_DATA } },
    markers: {
      type: 'array',
      description: 'Centroids of small countries, which the shapes leave out or draw as a speck.',
      items: obj({ id: { type: 'string', pattern: '^[A-Z]{2}$' }, x: { type: 'number' }, y: { type: 'number' } }),
    },
    source: obj({ name: text, url: { type: 'string', pattern: HTTP_URL_PATTERN }, license: text, projection: text }),
  }),
};

/**
 * Errors as `path: message`; empty when the value conforms. Walks a large
 * register in one pass without building anything per value: a path is
 * written out only for an error; each schema's keywords, types and $ref are
 * read once.
 */
export function validate(value: unknown, root: Schema): string[] {
  const errors: string[] = [];
  const defs = (root.$defs ?? {}) as Record<string, Schema>;
  /** Property names and item indexes from the root down to the value being checked. */
  const at: (string | number)[] = [];
  const path = () => '$' + at.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
  const checked = new Set<Schema>();
  const typeLists = new Map<Schema, string[]>();
  const refs = new Map<Schema, Schema>();
  const walk = (v: unknown, s: Schema): void => {
    if (!checked.has(s)) {
      for (const k of Object.keys(s)) if (!KNOWN.has(k)) throw new Error(`validator does not support keyword "${k}"`);
      checked.add(s);
    }
    if (typeof s.$ref === 'string') {
      let target = refs.get(s);
      if (!target) {
        const name = /^#\/\$defs\/(.+)$/.exec(s.$ref)?.[1];
        if (!name || !defs[name]) throw new Error(`unresolvable $ref ${s.$ref}`);
        refs.set(s, (target = defs[name]));
      }
      walk(v, target);
    }
    const t = typeOf(v);
    if (s.type !== undefined) {
      let types = typeLists.get(s);
      if (!types) typeLists.set(s, (types = ([] as string[]).concat(s.type as string | string[])));
      if (!types.includes(t) && !(t === 'integer' && types.includes('number'))) {
        errors.push(`${path()}: expected ${types.join(' or ')}, got ${t}`);
        return;
      }
    }
    if ('const' in s && v !== s.const) errors.push(`${path()}: expected ${JSON.stringify(s.const)}`);
    if (Array.isArray(s.enum) && !s.enum.includes(v as never))
      errors.push(`${path()}: ${JSON.stringify(v)} is not one of the allowed values`);
    if (typeof v === 'string') {
      if (typeof s.pattern === 'string' && !pattern(s.pattern).test(v))
        errors.push(`${path()}: ${JSON.stringify(v)} does not match ${s.pattern}`);
      // Length in code points; a string of 2n code units has at least n of them, so only short ones need counting.
      if (typeof s.minLength === 'number' && v.length < 2 * s.minLength && [...v].length < s.minLength) {
        errors.push(`${path()}: shorter than ${s.minLength}`);
      }
    }
    if (typeof v === 'number') {
      if (typeof s.minimum === 'number' && v < s.minimum) errors.push(`${path()}: below ${s.minimum}`);
      if (typeof s.maximum === 'number' && v > s.maximum) errors.push(`${path()}: above ${s.maximum}`);
    }
    if (Array.isArray(v)) {
      if (typeof s.minItems === 'number' && v.length < s.minItems) errors.push(`${path()}: fewer than ${s.minItems} items`);
      if (typeof s.maxItems === 'number' && v.length > s.maxItems) errors.push(`${path()}: more than ${s.maxItems} items`);
      if (s.uniqueItems === true && new Set(v.map((x) => JSON.stringify(x))).size !== v.length) errors.push(`${path()}: items not unique`);
      if (s.items) v.forEach((item, i) => descend(i, item, s.items as Schema));
    }
    if (t === 'object') {
      const o = v as Record<string, unknown>;
      for (const key of (s.required as string[] | undefined) ?? []) if (!(key in o)) errors.push(`${path()}: missing "${key}"`);
      const props = (s.properties ?? {}) as Record<string, Schema>;
      for (const [key, item] of Object.entries(o)) {
        if (props[key]) descend(key, item, props[key]);
        else if (s.additionalProperties === false) errors.push(`${path()}: unexpected "${key}"`);
        else if (typeof s.additionalProperties === 'object') descend(key, item, s.additionalProperties as Schema);
      }
    }
  };
  const descend = (key: string | number, v: unknown, s: Schema) => {
    at.push(key);
    walk(v, s);
    at.pop();
  };
  walk(value, root);
  return errors;
}
