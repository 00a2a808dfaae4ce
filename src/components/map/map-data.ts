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
 * The checks map.json needs, written like src/data/validate.ts's (same
 * messages): each returns the value or throws a `schema` error naming the path.
 */
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

  num(v: unknown, path: string): number {
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(path, 'expected a number');
    return v;
  }

  id(v: unknown, path: string): string {
    const s = this.str(v, path);
    if (!ALPHA2.test(s)) this.fail(path, 'expected an ISO alpha-2 code');
    return s;
  }

  d(v: unknown, path: string): string {
    const s = this.str(v, path);
    if (!PATH_DATA.test(s)) this.fail(path, 'expected SVG path data');
    return s;
  }

  header(v: unknown, kind: string): Obj {
    const o = this.obj(v, '$');
    const version = o.schemaVersion;
    if (typeof version !== 'number' || !Number.isInteger(version)) this.fail('$.schemaVersion', 'missing');
    if (version > MAP_SCHEMA_VERSION) {
      throw new ParisCallDataError(
        'version',
        `schemaVersion ${version} is newer than this library reads (${MAP_SCHEMA_VERSION})`,
        this.url,
      );
    }
    if (o.kind !== kind) this.fail('$.kind', `expected "${kind}"`);
    return o;
  }
}

/**
 * Checks map.json and copies what it keeps into fresh objects (no JSON key
 * reaches a prototype; no path data can carry anything but numbers).
 */
export function validateMap(data: unknown, url: string): MapGeometry {
  const c = new Checker(url);
  const o = c.header(data, 'paris-call-map');
  const vb = c.arr(o.viewBox, '$.viewBox');
  const w = c.num(vb[0], '$.viewBox[0]');
  const h = c.num(vb[1], '$.viewBox[1]');
  if (vb.length !== 2 || w <= 0 || h <= 0) c.fail('$.viewBox', 'expected [width, height]');
  const src = c.obj(o.source ?? {}, '$.source');
  let sourceUrl = '';
  try {
    const u = new URL(c.str(src.url ?? '', '$.source.url'));
    if (u.protocol === 'https:' || u.protocol === 'http:') sourceUrl = u.href;
  } catch {
    /* not a URL: no link */
  }
  return {
    viewBox: [w, h],
    countries: c.arr(o.countries, '$.countries').map((v, i) => {
      const x = c.obj(v, `$.countries[${i}]`);
      return { id: c.id(x.id, `$.countries[${i}].id`), d: c.d(x.d, `$.countries[${i}].d`) };
    }),
    land: c.arr(o.land ?? [], '$.land').map((v, i) => c.d(v, `$.land[${i}]`)),
    markers: c.arr(o.markers ?? [], '$.markers').map((v, i) => {
      const m = c.obj(v, `$.markers[${i}]`);
      return { id: c.id(m.id, `$.markers[${i}].id`), x: c.num(m.x, `$.markers[${i}].x`), y: c.num(m.y, `$.markers[${i}].y`) };
    }),
    source: {
      name: c.str(src.name ?? '', '$.source.name'),
      url: sourceUrl,
      license: c.str(src.license ?? '', '$.source.license'),
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
