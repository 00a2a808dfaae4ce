/**
 * The map geometry: deterministic, every supporter country reachable (a shape
 * or a marker), compact integer paths, and the size budget.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import { DEFAULT_OUT_DIR } from '../dataset/paths.ts';
import { MAP_FILE, buildMap, formatMap, measure, ringsToPath, roundRing, type MapData } from './build-map.ts';

/** The budget for the map's extra data (geometry), brotli -q 11. */
const BUDGET_BROTLI = 20 * 1024;
/** Small states 1:110m has no shape for (7 of them supporters). */
const NOT_IN_110M = ['AD', 'LI', 'MC', 'MT', 'SG', 'SM', 'MU', 'BH', 'FM'];
// Path data: M, l and z commands with integers only.
const PATH = /^(M-?\d+[ -]?-?\d+l(?:[ -]?-?\d+)+z)+$/;

interface SummaryLike {
  byCountry: { country: string; counts: Record<string, number> }[];
}

describe('build-map', () => {
  let text: string;
  let map: MapData;
  before(() => {
    text = formatMap(buildMap());
    map = JSON.parse(text) as MapData;
  });

  it('is deterministic: two builds give the same bytes', () => {
    assert.equal(formatMap(buildMap()), text);
  });

  it('the committed dist/data/map.json is the current build (run the script after changing it)', () => {
    assert.ok(existsSync(MAP_FILE), `${MAP_FILE} is missing: npx tsx pipeline/map/build-map.ts`);
    assert.equal(readFileSync(MAP_FILE, 'utf8'), text);
  });

  it('has the published header, viewBox and source', () => {
    assert.equal(map.schemaVersion, 1);
    assert.equal(map.kind, 'paris-call-map');
    assert.equal(map.viewBox[0], 1000);
    assert.ok(map.viewBox[1] > 380 && map.viewBox[1] < 500, `height ${map.viewBox[1]}`);
    assert.match(map.source.name, /Natural Earth/);
    assert.match(map.source.name, /world-atlas/);
    assert.equal(map.source.license, 'Public domain');
  });

  it('every supporter country in dist/data/summary.json has a shape or a marker — none missing', () => {
    const summary = JSON.parse(readFileSync(resolve(DEFAULT_OUT_DIR, 'summary.json'), 'utf8')) as SummaryLike;
    const shapes = new Set(map.countries.map((c) => c.id));
    const markers = new Set(map.markers.map((m) => m.id));
    const missing = summary.byCountry.map((c) => c.country).filter((id) => !shapes.has(id) && !markers.has(id));
    assert.deepEqual(missing, []);
    assert.ok(summary.byCountry.length > 100);
    // Every supporting state too (the default mode colours them).
    const states = summary.byCountry.filter((c) => c.counts.state > 0).map((c) => c.country);
    assert.equal(states.length, 81);
    assert.deepEqual(
      states.filter((id) => !shapes.has(id) && !markers.has(id)),
      [],
    );
  });

  it('Montenegro (ME) and Serbia (RS) have shapes of their own', () => {
    const ids = map.countries.map((c) => c.id);
    assert.ok(ids.includes('ME'));
    assert.ok(ids.includes('RS'));
  });

  it('small states get a marker from 1:50m, and Luxembourg (a speck at 1:110m) too', () => {
    const ids = new Map(map.markers.map((m) => [m.id, m]));
    for (const id of [...NOT_IN_110M, 'LU', 'VA']) assert.ok(ids.has(id), `no marker for ${id}`);
    for (const id of NOT_IN_110M) assert.ok(!map.countries.some((c) => c.id === id), `${id} unexpectedly has a 1:110m shape`);
    // Large countries do not.
    for (const id of ['FR', 'US', 'DE', 'IT']) assert.ok(!ids.has(id), `${id} should not need a marker`);
    // Positions: inside the viewBox, Europe's small states in Europe, near each other.
    for (const m of map.markers) {
      assert.ok(m.x >= 0 && m.x <= map.viewBox[0] && m.y >= 0 && m.y <= map.viewBox[1], `${m.id} outside`);
      assert.ok(Number.isInteger(m.x) && Number.isInteger(m.y));
    }
    const lu = ids.get('LU')!;
    const mc = ids.get('MC')!;
    assert.ok(Math.hypot(lu.x - mc.x, lu.y - mc.y) < 20);
    const sg = ids.get('SG')!;
    assert.ok(sg.x > lu.x + 200, 'Singapore east of Luxembourg');
    assert.ok(sg.y > lu.y + 50, 'Singapore south of Luxembourg');
  });

  it('ids are unique ISO alpha-2 codes (mapped from ISO numeric by i18n-iso-countries), Antarctica left out', () => {
    const ids = map.countries.map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of [...ids, ...map.markers.map((m) => m.id)]) assert.match(id, /^[A-Z]{2}$/);
    assert.ok(!ids.includes('AQ'));
    assert.ok(ids.length > 160);
    assert.deepEqual([...ids].sort(), ids, 'sorted by id');
  });

  it('paths are compact integer SVG path data', () => {
    for (const c of [...map.countries, ...map.land.map((d) => ({ id: '-', d }))]) {
      assert.match(c.d, PATH, c.id);
      assert.doesNotMatch(c.d, /\./, c.id);
      for (const ring of c.d.split('z').filter(Boolean)) {
        const steps = (ring.split('l')[1].match(/-?\d+/g) ?? []).map(Number);
        for (let i = 0; i < steps.length; i += 2) assert.ok(steps[i] !== 0 || steps[i + 1] !== 0, `${c.id}: a zero step (duplicate point)`);
        assert.ok(steps.length >= 4 && steps.length % 2 === 0, `${c.id}: a ring of fewer than 3 points`);
      }
    }
  });

  it('rounding drops duplicate and straight-run points and degenerate rings', () => {
    assert.deepEqual(
      roundRing([
        [0.2, 0.1],
        [4.9, 0],
        [10.1, 0.3],
        [10, 0],
        [10, 10],
        [0, 10],
        [0, 0],
      ]),
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
      ],
    );
    assert.deepEqual(
      roundRing([
        [0, 0],
        [0.3, 0.2],
        [0.1, 0.4],
      ]),
      [],
    );
    assert.equal(
      ringsToPath([
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
        ],
      ]),
      'M0 0l10 0 0 10-10 0z',
    );
  });

  it(`stays within the budget: at most ${BUDGET_BROTLI} bytes brotli -q 11`, () => {
    const s = measure(text);
    assert.ok(s.brotli <= BUDGET_BROTLI, `brotli ${s.brotli} > ${BUDGET_BROTLI}`);
    assert.ok(s.gzip > s.brotli);
    assert.ok(s.min <= s.file);
  });
});
