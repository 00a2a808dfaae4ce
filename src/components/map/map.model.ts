/**
 * What the map shows, apart from how: its data, the rows and keyboard order
 * derived from it, the colour steps, and the geometry helpers. No DOM, no Lit.
 */
import { countryName } from '../../core/intl.js';
import type { CategoryCounts, CategoryKey, Summary } from '../../data/types.js';
import type { MapGeometry } from './map-data.js';

export type MapMode = 'states' | 'all';

/** Lower bound of each colour step of `mode="all"` (supporters based in the country). */
export const MAP_STEPS = [1, 2, 10, 25, 100] as const;

/** The colour step (1…5) of a country with `total` supporters; 0 for none. */
export function mapStep(total: number): number {
  return MAP_STEPS.filter((min) => total >= min).length;
}

type NoCountry = Pick<Summary['noCountry'][number], 'name' | 'category'>;

/**
 * The supporters without a country in the shipped dataset (name, category),
 * shown masked by the skeleton so it reserves the lines the list will take
 * (it wraps differently by width and language). Another dataset's list may
 * differ by a few lines.
 */
export const NO_COUNTRY_PLACEHOLDER: NoCountry[] = [
  { name: 'European Union', category: 'public-authority' },
  { name: 'INTERPOL', category: 'public-authority' },
  { name: 'Number Resource Organization (NRO)', category: 'civil-society' },
  { name: 'RPHS Law', category: 'private-sector' },
  { name: 'Transatlantic Commission on Election Integrity', category: 'civil-society' },
];

/** Categories counted per country besides the state itself, in display order. */
const ORGS: Exclude<CategoryKey, 'state'>[] = ['public-authority', 'civil-society', 'private-sector', 'uncategorized'];

/** The categories of ORGS to show for these rows: "uncategorized" only when one of them has some. */
export const orgsOf = (rows: Row[]) => ORGS.filter((c) => c !== 'uncategorized' || rows.some((r) => r.counts[c]));

export interface MapWidgetData {
  summary: Summary;
  geo: MapGeometry;
}

export interface Row {
  id: string;
  name: string;
  counts: CategoryCounts;
  total: number;
}

export interface Derived {
  data: MapWidgetData;
  intl: string;
  /** Every country with supporters, sorted by localised name: the table and the keyboard order. */
  rows: Row[];
  byId: Map<string, Row>;
  shapes: Map<string, string>;
  markers: Map<string, { x: number; y: number }>;
  /** Ids of the rows that are on the map (a shape or a marker), in the same order. */
  order: string[];
}

/** Bounding box `[x0, y0, x1, y1]`, in map units, of the largest ring of a path (`M x y l dx dy … z`). */
export function mainBox(d: string): number[] | undefined {
  let best: number[] | undefined;
  let bestArea = -1;
  for (const ring of d.split(/[Mm]/)) {
    // The start point, then relative steps: every pair adds to the last.
    const n = (ring.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    if (n.length < 2) continue;
    let x = 0;
    let y = 0;
    let [x0, y0, x1, y1] = [n[0], n[1], n[0], n[1]];
    for (let i = 0; i + 1 < n.length; i += 2) {
      x += n[i];
      y += n[i + 1];
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
    const area = (x1 - x0) * (y1 - y0);
    if (area > bestArea) {
      bestArea = area;
      best = [x0, y0, x1, y1];
    }
  }
  return best;
}

/** The countries with supporters, sorted by name in `intl`, with the shapes and markers by id: computed once per dataset and locale. */
export function deriveMap(data: MapWidgetData, intl: string): Derived {
  const collator = new Intl.Collator(intl);
  const rows: Row[] = data.summary.byCountry
    .map((c) => ({
      id: c.country,
      name: countryName(intl, c.country),
      counts: c.counts,
      total: Object.values(c.counts).reduce((a, b) => a + b, 0),
    }))
    .filter((r) => r.total > 0)
    .sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  const shapes = new Map(data.geo.countries.map((c) => [c.id, c.d]));
  const markers = new Map(data.geo.markers.map((m) => [m.id, m]));
  return {
    data,
    intl,
    rows,
    byId: new Map(rows.map((r) => [r.id, r])),
    shapes,
    markers,
    order: rows.map((r) => r.id).filter((id) => shapes.has(id) || markers.has(id)),
  };
}
