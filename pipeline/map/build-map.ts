/**
 * npx tsx pipeline/map/build-map.ts — the map's geometry, dist/data/map.json.
 *
 * Natural Earth 1:110m countries (world-atlas) projected HERE, at build time,
 * with d3-geo's Equal Earth, and written as integer SVG path strings: the
 * browser draws paths and runs no projection code. Small states that 1:110m
 * leaves out (Andorra, Monaco, Malta, Singapore…) or draws as a speck
 * (Luxembourg) get a marker at their centroid, taken from 1:50m.
 *
 * The file holds geometry only, no counts (those are in summary.json), so it
 * changes only when the geometry or this script does. Output is
 * deterministic: the same inputs give the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { mapSchema, validate } from '../dataset/schema.ts';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { geoCentroid, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import countries from 'i18n-iso-countries';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { formatJson } from '../dataset/json.ts';
import { DEFAULT_OUT_DIR } from '../dataset/paths.ts';

const require = createRequire(import.meta.url);

/** Width of the viewBox; the height follows from the projection (Antarctica left out). */
export const WIDTH = 1000;
/** Room around the land so strokes at the edges are not cut. */
const PAD = 2;
/**
 * Countries whose projected 1:110m shape is smaller than this (viewBox units²,
 * about 3 × 3 at 1000 wide) also get a marker: Luxembourg is 2.
 */
export const TINY_AREA = 10;
/** Central meridian of the map (degrees east). */
const CENTRE_LONGITUDE = 11;
/** Antarctica: no supporter can be there, and it would take a sixth of the height. */
const LEFT_OUT = new Set(['AQ']);

export interface MapCountry {
  id: string;
  d: string;
}
export interface MapMarker {
  id: string;
  x: number;
  y: number;
}
export interface MapData {
  schemaVersion: 1;
  kind: 'paris-call-map';
  viewBox: [number, number];
  countries: MapCountry[];
  /** Natural Earth shapes without an ISO code (Kosovo, N. Cyprus, Somaliland): drawn as plain land. */
  land: string[];
  markers: MapMarker[];
  source: { name: string; url: string; license: string; projection: string };
}

type Point = [number, number];

function loadCountries(file: string): Feature<Geometry, { name: string }>[] {
  const topo = JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  return (feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
}

function alpha2(f: Feature): string | undefined {
  return f.id === undefined ? undefined : countries.numericToAlpha2(String(f.id));
}

/** Twice the signed area of a ring. */
function area2(ring: Point[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return s;
}

/**
 * Integer points, without consecutive duplicates or points in the middle of a
 * straight run (the parallels Equal Earth draws as straight lines: the
 * 49th-parallel border…), which change nothing on screen.
 */
export function roundRing(ring: Point[]): Point[] {
  const out: Point[] = [];
  for (const [x, y] of ring) {
    const p: Point = [Math.round(x), Math.round(y)];
    const last = out[out.length - 1];
    if (last && last[0] === p[0] && last[1] === p[1]) continue;
    out.push(p);
    // Same direction, no turn: the middle point adds nothing.
    while (out.length >= 3) {
      const [a, b, c] = out.slice(-3);
      const cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);
      const dot = (b[0] - a[0]) * (c[0] - b[0]) + (b[1] - a[1]) * (c[1] - b[1]);
      if (cross !== 0 || dot <= 0) break;
      out.splice(out.length - 2, 1);
    }
  }
  // The ring closes itself ('z'): a repeated first point is dropped.
  while (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) out.pop();
  return out.length >= 3 && area2(out) !== 0 ? out : [];
}

/** Numbers of one command: a minus sign separates by itself, else a space. */
function joinNumbers(ns: number[]): string {
  let s = '';
  for (const n of ns) s += (s && n >= 0 ? ' ' : '') + n;
  return s;
}

/** `M x y l dx dy dx dy … z` per ring: relative steps are short at this scale. */
export function ringsToPath(rings: Point[][]): string {
  let d = '';
  for (const ring of rings) {
    const [x0, y0] = ring[0];
    const steps: number[] = [];
    for (let i = 1; i < ring.length; i++) steps.push(ring[i][0] - ring[i - 1][0], ring[i][1] - ring[i - 1][1]);
    d += `M${joinNumbers([x0, y0])}l${joinNumbers(steps)}z`;
  }
  return d;
}

/** The projected rings of a feature, clipped and resampled by d3-geo, rounded. */
function projectRings(f: Feature, projection: GeoProjection): Point[][] {
  const rings: Point[][] = [];
  let ring: Point[] = [];
  const context = {
    moveTo(x: number, y: number) {
      ring = [[x, y]];
    },
    lineTo(x: number, y: number) {
      ring.push([x, y]);
    },
    closePath() {
      const r = roundRing(ring);
      if (r.length) rings.push(r);
      ring = [];
    },
    arc() {},
    beginPath() {},
  };
  geoPath(projection, context as unknown as CanvasRenderingContext2D)(f);
  return rings;
}

function worldAtlasVersion(): string {
  return (JSON.parse(readFileSync(require.resolve('world-atlas/package.json'), 'utf8')) as { version: string }).version;
}

export function buildMap(): MapData {
  const all110 = loadCountries('countries-110m.json');
  const shown = all110.filter((f) => !LEFT_OUT.has(alpha2(f) ?? ''));
  const detailed = loadCountries('countries-50m.json').filter((f) => alpha2(f) && !LEFT_OUT.has(alpha2(f)!));
  // The fit covers the shapes and every possible marker (Pacific islands beyond the shapes).
  const fitted = {
    type: 'FeatureCollection' as const,
    features: [
      ...shown,
      ...detailed.map((f): Feature => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: geoCentroid(f) } })),
    ],
  };
  // Centred on 11°E: the map breaks at 169°W, in the Bering Strait, so no
  // country is split (Chukotka, Fiji) and the land fills the width.
  const projection = geoEqualEarth().rotate([-CENTRE_LONGITUDE, 0]);
  projection.fitWidth(WIDTH - 2 * PAD, fitted);
  const [tx, ty] = projection.translate();
  projection.translate([tx + PAD, ty + PAD]);
  const [, [, maxY]] = geoPath(projection).bounds(fitted);
  const height = Math.ceil(maxY + PAD);

  const shapes = new Map<string, Point[][]>();
  const land: string[] = [];
  for (const f of shown) {
    const id = alpha2(f);
    const rings = projectRings(f, projection);
    if (!rings.length) continue;
    if (!id) land.push(ringsToPath(rings));
    else shapes.set(id, [...(shapes.get(id) ?? []), ...rings]);
  }

  // Markers: every country 1:110m lacks or draws as a speck, placed from 1:50m
  // whatever the supporters are, so this file does not follow the register.
  const markers: MapMarker[] = [];
  for (const f of detailed) {
    const id = alpha2(f)!;
    if (markers.some((m) => m.id === id)) continue;
    const rings = shapes.get(id);
    const area = rings ? rings.reduce((s, r) => s + Math.abs(area2(r)) / 2, 0) : 0;
    if (area >= TINY_AREA) continue;
    const xy = projection(geoCentroid(f));
    if (!xy) continue;
    markers.push({ id, x: Math.round(xy[0]), y: Math.round(xy[1]) });
  }

  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    schemaVersion: 1,
    kind: 'paris-call-map',
    viewBox: [WIDTH, height],
    countries: [...shapes].map(([id, rings]) => ({ id, d: ringsToPath(rings) })).sort(byId),
    land: land.sort(),
    markers: markers.sort(byId),
    source: {
      name: `Natural Earth 1:110m countries (small-state markers from 1:50m), via world-atlas ${worldAtlasVersion()}`,
      url: 'https://www.naturalearthdata.com/',
      license: 'Public domain',
      projection: `Equal Earth (d3-geo geoEqualEarth), centred on ${CENTRE_LONGITUDE}°E, integer coordinates`,
    },
  };
}

/** One country or marker per line, so a geometry change is a readable diff. */
export function formatMap(data: MapData): string {
  return formatJson(data, { inlineWidth: Infinity });
}

export interface Sizes {
  file: number;
  min: number;
  gzip: number;
  brotli: number;
}

/** Bytes as written, minified, gzip -9 and brotli -q 11 (of the file as written). */
export function measure(text: string): Sizes {
  const buf = Buffer.from(text);
  return {
    file: buf.length,
    min: Buffer.byteLength(JSON.stringify(JSON.parse(text))),
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
  };
}

export const MAP_FILE = resolve(DEFAULT_OUT_DIR, 'map.json');
export const MAP_SCHEMA_FILE = resolve(DEFAULT_OUT_DIR, 'map.schema.json');

function main(): void {
  const text = formatMap(buildMap());
  // Refuse to publish what its schema would reject.
  const errors = validate(JSON.parse(text), mapSchema);
  if (errors.length) throw new Error(`map.json would not match its schema: ${errors.slice(0, 3).join('; ')}`);
  writeFileSync(MAP_FILE, text);
  writeFileSync(MAP_SCHEMA_FILE, formatJson(mapSchema));
  const s = measure(text);
  const data = JSON.parse(text) as MapData;
  process.stdout.write(
    `map.json: ${data.countries.length} countries, ${data.markers.length} markers, viewBox 0 0 ${data.viewBox.join(' ')}\n` +
      `bytes: file ${s.file}, minified ${s.min}, gzip -9 ${s.gzip}, brotli -q 11 ${s.brotli}\n`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
