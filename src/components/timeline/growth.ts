import { CATEGORIES, type Milestone, type Summary } from '../../data/types.js';

/**
 * Where a point of the growth line comes from:
 * - `total`: a total reported on the day (`counts.total`);
 * - `sum`: no total was reported, only some categories: their sum (a lower bound);
 * - `register`: the public register's own total at `asOf`.
 */
export type PointBasis = 'total' | 'sum' | 'register';

export interface GrowthPoint {
  /** YYYY-MM-DD */
  date: string;
  value: number;
  basis: PointBasis;
}

export interface DatedStep {
  /** YYYY-MM-DD */
  date: string;
  /** Register rows with a `date_signed` on or before this date. */
  cumulative: number;
}

export interface Growth {
  /** Reported figures and the register total, ascending by date. */
  points: GrowthPoint[];
  /** Cumulative count of register rows that have a signing date (a secondary series, not a total). */
  dated: DatedStep[];
  /** How many register rows have a signing date. */
  datedTotal: number;
  /** The register's total at `asOf`. */
  registerTotal: number;
  /** First and last dates of everything shown (YYYY-MM-DD). */
  from: string;
  to: string;
}

export const byDate = <T extends { date: string }>(a: T, b: T): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** The figure a milestone reports: its total, else the sum of the categories it reports, else none. */
export function reportedFigure(m: Milestone): { value: number; basis: 'total' | 'sum' } | null {
  if (m.counts.total !== undefined) return { value: m.counts.total, basis: 'total' };
  const cats = CATEGORIES.filter((c) => m.counts[c] !== undefined);
  if (cats.length === 0) return null;
  return { value: cats.reduce((s, c) => s + (m.counts[c] ?? 0), 0), basis: 'sum' };
}

/**
 * The growth line's data, combined honestly: the figures milestones
 * reported (one per date; a reported total beats a sum of categories), the
 * register's total at `asOf` (it replaces a reported point of that date
 * with the same value), and, apart, the cumulative count of the register
 * rows that carry a signing date — too few to give a total on their own.
 */
export function growth(summary: Summary, milestones: Milestone[]): Growth {
  const points: GrowthPoint[] = [];
  for (const m of [...milestones].sort(byDate)) {
    const r = reportedFigure(m);
    if (!r) continue;
    const same = points.find((p) => p.date === m.date);
    if (!same) points.push({ date: m.date, ...r });
    else if ((same.basis === 'sum' && r.basis === 'total') || (same.basis === r.basis && r.value > same.value)) Object.assign(same, r);
  }
  const atAsOf = points.find((p) => p.date === summary.asOf);
  if (atAsOf && atAsOf.value === summary.counts.total) atAsOf.basis = 'register';
  else points.push({ date: summary.asOf, value: summary.counts.total, basis: 'register' });
  points.sort(byDate);

  let cumulative = 0;
  const dated = [...summary.signedByDate].sort(byDate).map((d) => ({ date: d.date, cumulative: (cumulative += d.count) }));

  const dates = [...points, ...dated, ...milestones].map((x) => x.date).sort();
  return { points, dated, datedTotal: cumulative, registerTotal: summary.counts.total, from: dates[0]!, to: dates[dates.length - 1]! };
}

/** A round step for about `target` intervals from 0 to `max` (1, 2, 2.5, 5 × 10ⁿ). */
export function niceStep(max: number, target: number): number {
  if (!(max > 0)) return 1;
  const raw = max / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  for (const f of [1, 2, 2.5, 5]) if (f * mag >= raw) return Math.max(1, f * mag);
  return Math.max(1, 10 * mag);
}

/** Milliseconds since the epoch of a YYYY-MM-DD calendar day (UTC). */
export const dayMs = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`);
