import { ParisCallDataError } from '../../data/errors.js';
import { cached, dataUrl, untilAborted } from '../../data/loader.js';
import { defaultMapUrl } from '../../data/default-url.js';

/** The map geometry's schema version this module reads (scripts/build-map/). */
export const MAP_SCHEMA_VERSION = 1;

/** Geometry of the map, projected at build time (dist/data/map.json). */
export interface MapGeometry {
  /** Width and height of the SVG viewBox (origin 0 0). */
  viewBox: [number, number];
  /** One shape per country, keyed by ISO alpha-2, as SVG path data. */
  countries: { id: string; d: string }[];
  /** Shapes with no ISO code (Kosovo, N. Cyprus, Somaliland), drawn as plain land. */
  land: string[];
  /** Centroids of small countries, which the shapes leave out or draw as a speck. */
  markers: { id: string; x: number; y: number }[];
  source: { name: string; url: string; license: string };
}

// Path data as build-map writes it (and any plain SVG path): commands and numbers only.
const PATH_DATA = /^[MmLlHhVvZz0-9 ,.eE+-]*$/;
const ALPHA2 = /^[A-Z]{2}$/;

type Obj = Record<string, unknown>;

/**
 * Checks map.json and copies what it keeps into fresh objects (no JSON key
 * reaches a prototype; no path data can carry anything but numbers).
 */
export function validateMap(data: unknown, url: string): MapGeometry {
  const fail = (path: string, what: string): never => {
    throw new ParisCallDataError('schema', `${path}: ${what}`, url);
  };
  const obj = (v: unknown, path: string): Obj =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : fail(path, 'expected an object');
  const arr = (v: unknown, path: string): unknown[] => (Array.isArray(v) ? v : fail(path, 'expected an array'));
  const str = (v: unknown, path: string): string => (typeof v === 'string' ? v : fail(path, 'expected a string'));
  const num = (v: unknown, path: string): number =>
    typeof v === 'number' && Number.isFinite(v) ? v : fail(path, 'expected a number');
  const id = (v: unknown, path: string): string => {
    const s = str(v, path);
    return ALPHA2.test(s) ? s : fail(path, 'expected an ISO alpha-2 code');
  };
  const d = (v: unknown, path: string): string => {
    const s = str(v, path);
    return PATH_DATA.test(s) ? s : fail(path, 'expected SVG path data');
  };

  const o = obj(data, '$');
  const version = o.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) fail('$.schemaVersion', 'missing');
  if ((version as number) > MAP_SCHEMA_VERSION) {
    throw new ParisCallDataError('version', `schemaVersion ${version} is newer than this library reads (${MAP_SCHEMA_VERSION})`, url);
  }
  if (o.kind !== 'paris-call-map') fail('$.kind', 'expected "paris-call-map"');
  const vb = arr(o.viewBox, '$.viewBox');
  const w = num(vb[0], '$.viewBox[0]');
  const h = num(vb[1], '$.viewBox[1]');
  if (vb.length !== 2 || w <= 0 || h <= 0) fail('$.viewBox', 'expected [width, height]');
  const src = obj(o.source ?? {}, '$.source');
  let sourceUrl = '';
  try {
    const u = new URL(str(src.url ?? '', '$.source.url'));
    if (u.protocol === 'https:' || u.protocol === 'http:') sourceUrl = u.href;
  } catch {
    /* not a URL: no link */
  }
  return {
    viewBox: [w, h],
    countries: arr(o.countries, '$.countries').map((v, i) => {
      const c = obj(v, `$.countries[${i}]`);
      return { id: id(c.id, `$.countries[${i}].id`), d: d(c.d, `$.countries[${i}].d`) };
    }),
    land: arr(o.land ?? [], '$.land').map((v, i) => d(v, `$.land[${i}]`)),
    markers: arr(o.markers ?? [], '$.markers').map((v, i) => {
      const m = obj(v, `$.markers[${i}]`);
      return { id: id(m.id, `$.markers[${i}].id`), x: num(m.x, `$.markers[${i}].x`), y: num(m.y, `$.markers[${i}].y`) };
    }),
    source: {
      name: str(src.name ?? '', '$.source.name'),
      url: sourceUrl,
      license: str(src.license ?? '', '$.source.license'),
    },
  };
}

/** map.json: beside the summary given as `src`, or the shipped one (only pages with a map download it). */
export function mapUrl(summarySrc: string): string {
  return dataUrl(summarySrc, 'map.json', defaultMapUrl);
}

/** The map geometry, once per page however many maps ask (the loader's shared cache). */
export function loadMap(summarySrc: string, signal?: AbortSignal): Promise<MapGeometry> {
  return untilAborted(cached('map', mapUrl(summarySrc), validateMap), signal);
}
