/**
 * The published JSON layout, written in pieces: formatJson and writeJsonFile
 * must give exactly the text of the whole-string formatter the dataset was
 * first published with (kept below as the reference), whatever the value,
 * the width or where the file's batches are cut.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { emitJson, escapeInvisible, formatJson, writeJsonFile } from './json.ts';

/** The formatter as it was before the layout was streamed: every node stringified whole, then joined. */
function reference(value: unknown, { inlineWidth = 120 }: { inlineWidth?: number } = {}): string {
  const write = (v: unknown, indent: string, inArray: boolean): string => {
    if (v === null || typeof v !== 'object') return JSON.stringify(v);
    const compact = JSON.stringify(v);
    const entries = Array.isArray(v) ? v.map((x) => [null, x] as const) : Object.entries(v).filter(([, x]) => x !== undefined);
    if (entries.length === 0) return compact;
    const flat = Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object');
    if ((inArray || flat) && compact.length <= inlineWidth) return compact;
    const inner = indent + '  ';
    const lines = entries.map(([k, x]) => inner + (k === null ? '' : `${JSON.stringify(k)}: `) + write(x, inner, Array.isArray(v)));
    const [open, close] = Array.isArray(v) ? ['[', ']'] : ['{', '}'];
    return `${open}\n${lines.join(',\n')}\n${indent}${close}`;
  };
  return escapeInvisible(write(value, '', false)) + '\n';
}

const dir = mkdtempSync(join(tmpdir(), 'paris-call-json-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The shapes the dataset has: records in lists, flat lists, empty ones, undefined members, invisible characters. */
const SAMPLE = {
  schemaVersion: 1,
  kind: 'sample',
  source: { name: 'Register\u00a0export', url: 'https://example.org', license: 'EUPL-1.2' },
  empty: { list: [], object: {}, gone: undefined },
  flat: ['en', 'fr', null, 3, true],
  longFlat: Array.from({ length: 60 }, (_, i) => `locale-${i}`),
  supporters: [
    { id: 'a-state-FRA', name: 'Alpha\u2028Beta', country: 'FR', nature: null, euMember: true, website: null },
    { id: 'b-civil-society-DEU', name: 'Ünïcödé ✓ 中文', country: 'DE', nature: 'ngo', euMember: false, website: 'https://b.example' },
    { id: 'c', nested: [{ deep: [1, [2, [3]]] }], tags: [] },
  ],
  matrix: [[1, 2], [3, [4, 5]], []],
};

describe('formatJson', () => {
  it('lays out the dataset shapes exactly as the reference formatter', () => {
    for (const inlineWidth of [0, 2, 20, 80, 120, 160, 240, Infinity]) {
      assert.equal(formatJson(SAMPLE, { inlineWidth }), reference(SAMPLE, { inlineWidth }), `inlineWidth ${inlineWidth}`);
    }
    assert.equal(formatJson(SAMPLE), reference(SAMPLE));
    assert.match(formatJson(SAMPLE, { inlineWidth: Infinity }), /^ {4}\{"id":"a-state-FRA","name":"Alpha\\u2028Beta",/m);
  });

  it('matches the reference formatter on any JSON value and width', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 5 }),
        fc.oneof(fc.integer({ min: 0, max: 200 }), fc.constant(Infinity)),
        (value, inlineWidth) => {
          assert.equal(formatJson(value, { inlineWidth }), reference(value, { inlineWidth }));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never builds the text of a whole list: each piece is at most one inline item', () => {
    const supporters = Array.from({ length: 2000 }, (_, i) => ({ id: `s${i}`, name: `Supporter ${i}`, website: null }));
    const longest = Math.max(...supporters.map((s) => JSON.stringify(s).length));
    let biggest = 0;
    emitJson({ kind: 'register', supporters }, { inlineWidth: Infinity }, (piece) => (biggest = Math.max(biggest, piece.length)));
    assert.ok(biggest <= longest, `largest piece ${biggest} characters, longest item ${longest}`);
  });
});

describe('writeJsonFile', () => {
  it('writes the bytes of formatJson, across many batches, escapes and multi-byte characters included', () => {
    // Several 64 K batches, with an invisible character and a multi-byte one in every item.
    const big = { items: Array.from({ length: 20_000 }, (_, i) => ({ i, text: `item\u00a0${i} é 中 😀 \ufeff` })) };
    for (const inlineWidth of [Infinity, 20]) {
      const path = join(dir, `big-${inlineWidth}.json`);
      writeJsonFile(path, big, { inlineWidth });
      const expected = reference(big, { inlineWidth });
      assert.ok(expected.length > 4 * 65_536);
      assert.ok(readFileSync(path).equals(Buffer.from(expected)), `inlineWidth ${inlineWidth}`);
    }
  });

  it('writes the bytes of formatJson for any JSON value', () => {
    let n = 0;
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.oneof(fc.integer({ min: 0, max: 120 }), fc.constant(Infinity)),
        (value, inlineWidth) => {
          const path = join(dir, `v${n++}.json`);
          writeJsonFile(path, value, { inlineWidth });
          assert.ok(readFileSync(path).equals(Buffer.from(formatJson(value, { inlineWidth }))));
        },
      ),
      { numRuns: 100 },
    );
  });
});
