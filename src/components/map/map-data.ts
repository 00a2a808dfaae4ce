import { safeHref } from '../../core/safe-url.js';
import { alpha2, arr, fail, list, obj, read, shape, str, type Check } from '../../data/validate.js';
import { cached, dataUrl, untilAborted } from '../../data/loader.js';
import { defaultMapUrl } from '../../data/default-url.js';

/** The map geometry's schema version this module reads (pipeline/map/). */
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

const num: Check<number> = (v, path) => (typeof v === 'number' && Number.isFinite(v) ? v : fail(path, 'expected a number'));
const d: Check<string> = (v, path) => {
  const s = str(v, path);
  return PATH_DATA.test(s) ? s : fail(path, 'expected SVG path data');
};

/**
 * map.json's shape, with the checkers of src/data/validate.ts (same
 * messages): what it keeps is copied into fresh objects (no JSON key reaches
 * a prototype; no path data can carry anything but numbers).
 */
const geometry = shape<MapGeometry>({
  viewBox: (v, path) => {
    const vb = arr(v, path);
    const w = num(vb[0], `${path}[0]`);
    const h = num(vb[1], `${path}[1]`);
    return vb.length === 2 && w > 0 && h > 0 ? [w, h] : fail(path, 'expected [width, height]');
  },
  countries: list(shape({ id: alpha2, d })),
  land: list(d, false),
  markers: list(shape({ id: alpha2, x: num, y: num }), false),
  // Attribution only: a missing field is empty, a URL that is not http(s) is no link.
  source: (v, path) => {
    const src = obj(v ?? {}, path);
    return {
      name: str(src.name ?? '', `${path}.name`),
      url: safeHref(str(src.url ?? '', `${path}.url`)) ?? '',
      license: str(src.license ?? '', `${path}.license`),
    };
  },
});

export const validateMap = (data: unknown, url: string): MapGeometry => read(data, url, 'paris-call-map', geometry, MAP_SCHEMA_VERSION);

/** map.json: beside the summary given as `src`, or the shipped one (only pages with a map download it). */
export function mapUrl(summarySrc: string): string {
  return dataUrl(summarySrc, 'map.json', defaultMapUrl);
}

/** The map geometry, once per page however many maps ask (the loader's shared cache). */
export function loadMap(summarySrc: string, signal?: AbortSignal): Promise<MapGeometry> {
  return untilAborted(cached('map', mapUrl(summarySrc), validateMap), signal);
}
