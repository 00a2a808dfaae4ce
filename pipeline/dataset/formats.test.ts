/**
 * One shape per published file, written three times on purpose: the types
 * (src/data/types.ts, which the compiler holds the run-time validator to:
 * `shape<Summary>` must name every field), the JSON Schemas the build writes
 * (schema.ts), and the run-time validator the widgets run on untrusted data
 * (src/data/validate.ts, hand-written: a strict CSP forbids the `new
 * Function` of schema compilers). These tests hold the schema and the
 * validator to the same fields, file by file, object by object, on the
 * published data; the differences listed below are the deliberate ones
 * (docs/data.md, "Build-time and run-time checks").
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { validateRegister, validateSummary, validateTexts } from '../../src/data/validate.ts';
import { validateMap } from '../../src/components/map/map-data.ts';
import { formatJson } from './json.ts';
import { mapSchema, registerSchema, summarySchema, textsSchema, validate } from './schema.ts';

type Schema = Record<string, unknown>;
const dist = (f: string) => new URL(`../../dist/data/${f}`, import.meta.url);
const json = (f: string) => JSON.parse(readFileSync(dist(f), 'utf8'));

/** Fields the schema describes and the run-time validator does not copy: the widgets never read them. */
const SCHEMA_ONLY: Record<string, string[]> = {
  summary: ['$.provenance'],
  texts: [],
  register: [],
  // The projection's name is attribution for people reading the file.
  map: ['$.source.projection'],
};

/** Object paths (`$.a.b`, array items as `[]`) → the property names the schema allows there, and those it requires. */
function schemaFields(root: Schema): Map<string, { allowed: string[]; required: string[] }> {
  const defs = (root.$defs ?? {}) as Record<string, Schema>;
  const out = new Map<string, { allowed: string[]; required: string[] }>();
  const walk = (s: Schema, path: string): void => {
    if (typeof s.$ref === 'string') return walk(defs[s.$ref.replace('#/$defs/', '')], path);
    if (s.properties) {
      const props = s.properties as Record<string, Schema>;
      out.set(path, { allowed: Object.keys(props), required: (s.required as string[]) ?? [] });
      for (const [k, p] of Object.entries(props)) walk(p, `${path}.${k}`);
    }
    if (s.items) walk(s.items as Schema, `${path}[]`);
  };
  walk(root, '$');
  return out;
}

/** The same map for a validated value: the keys the run-time validator copied (every array item's union). */
function valueFields(value: unknown, path = '$', out = new Map<string, Set<string>>()): Map<string, Set<string>> {
  if (Array.isArray(value)) for (const item of value) valueFields(item, `${path}[]`, out);
  else if (value && typeof value === 'object') {
    const keys = out.get(path) ?? new Set<string>();
    out.set(path, keys);
    for (const [k, v] of Object.entries(value)) {
      keys.add(k);
      valueFields(v, `${path}.${k}`, out);
    }
  }
  return out;
}

const FILES = [
  { name: 'summary', file: 'summary.json', schema: summarySchema, check: validateSummary },
  { name: 'texts', file: 'texts.json', schema: textsSchema, check: validateTexts },
  { name: 'register', file: 'register.json', schema: registerSchema, check: validateRegister },
  { name: 'map', file: 'map.json', schema: mapSchema, check: validateMap },
] as const;

describe('the published files, their JSON Schemas and the run-time validator agree', () => {
  for (const { name, file, schema, check } of FILES) {
    it(`${file}: valid under its schema, and the validator keeps exactly the schema's fields`, () => {
      const data = json(file);
      assert.deepEqual(validate(data, schema), [], `${file} does not match its schema`);
      const kept = valueFields(check(data, file));
      for (const [path, { allowed, required }] of schemaFields(schema)) {
        if (!kept.has(path)) continue; // an empty list in this dataset: nothing to compare
        const got = [...kept.get(path)!];
        // Every field the validator keeps is one the schema allows…
        const unknown = got.filter((f) => !allowed.includes(f));
        assert.deepEqual(unknown, [], `${file} ${path}: the validator keeps [${unknown}], which the schema does not describe`);
        // …and every field the schema requires is kept, but for the deliberate differences.
        const dropped = required.filter((f) => !got.includes(f) && !SCHEMA_ONLY[name].includes(`${path}.${f}`));
        assert.deepEqual(dropped, [], `${file} ${path}: the schema requires [${dropped}], which the validator does not keep`);
      }
      for (const path of kept.keys())
        assert.ok(schemaFields(schema).has(path), `${file} ${path}: the validator keeps an object the schema does not describe`);
    });

    it(`${file}: a field the schema requires, removed, fails the schema; the validator rejects it too or fills the documented default`, () => {
      const data = json(file);
      const required = ((schema.required as string[]) ?? []).filter(
        (k) => k !== 'schemaVersion' && k !== 'kind' && !SCHEMA_ONLY[name].includes(`$.${k}`),
      );
      for (const key of required) {
        const broken = { ...data };
        delete broken[key];
        assert.ok(
          validate(broken, schema).some((e) => e.includes(`missing "${key}"`)),
          `${file}: the schema accepts a missing ${key}`,
        );
        let outcome: string;
        try {
          const v = check(broken, file) as unknown as Record<string, unknown>;
          outcome = `kept as ${JSON.stringify(v[key])}`;
        } catch (e) {
          outcome = `rejected: ${(e as Error).message}`;
        }
        const lenient = LENIENT[name]?.[key];
        if (lenient) assert.equal(outcome, `kept as ${lenient}`, `${file}: missing ${key}`);
        else assert.match(outcome, /^rejected: /, `${file}: the validator accepted a missing ${key} (${outcome})`);
      }
    });
  }

  it('map.schema.json is the schema build-map writes', () => {
    assert.equal(readFileSync(dist('map.schema.json'), 'utf8'), formatJson(mapSchema));
  });
});

/**
 * Where the run-time validator is lenient on purpose (what it keeps when the
 * field is missing): lists a widget can show empty, attribution and links.
 * Everything else (counts, dates, ids, categories, texts) is rejected.
 */
const LENIENT: Record<string, Record<string, string>> = {
  summary: { officialListUrl: '"https://pariscall.international/en/supporters"', noCountry: '[]' },
  texts: { signedByDate: '[]' },
  map: { land: '[]', markers: '[]', source: '{"name":"","url":"","license":""}' },
};
