import { CATEGORIES, type Milestone, type Summary, type Texts } from '../../data/types.js';

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

export const byDate = <T extends { date: string }>(a: T, b: T): number => (a.date < b.date ? -1 : +(a.date > b.date));

/**
 * The growth line's data, combined honestly: the figures milestones
 * reported (one per date; a reported total beats a sum of categories, else
 * the larger figure wins), the register's total at `asOf` (it replaces a
 * reported point of that date with the same value), and, apart, the
 * cumulative count of the register rows that carry a signing date — too
 * few to give a total on their own (`signedByDate`, from texts.json).
 * `milestones` come sorted by date.
 */
export function growth(summary: Summary, milestones: Milestone[], signedByDate: Texts['signedByDate']): Growth {
  const points: GrowthPoint[] = [];
  for (const { date, counts } of milestones) {
    // The figure a milestone reports: its total, else the sum of the categories it reports, else none.
    const cats = CATEGORIES.filter((c) => counts[c] !== undefined);
    const r: Omit<GrowthPoint, 'date'> | null =
      counts.total !== undefined
        ? { value: counts.total, basis: 'total' }
        : cats.length
          ? { value: cats.reduce((s, c) => s + counts[c]!, 0), basis: 'sum' }
          : null;
    if (!r) continue;
    const same = points.find((p) => p.date === date);
    if (!same) points.push({ date, ...r });
    else if ((same.basis === 'sum' && r.basis === 'total') || (same.basis === r.basis && r.value > same.value)) Object.assign(same, r);
  }
  const total = summary.counts.total;
  const atAsOf = points.find((p) => p.date === summary.asOf);
  if (atAsOf?.value === total) atAsOf.basis = 'register';
  else points.push({ date: summary.asOf, value: total, basis: 'register' });
  points.sort(byDate);

  let cumulative = 0;
  const dated = [...signedByDate].sort(byDate).map((d) => ({ date: d.date, cumulative: (cumulative += d.count) }));

  const dates = [...points, ...dated, ...milestones].map((x) => x.date).sort();
  return { points, dated, datedTotal: cumulative, registerTotal: total, from: dates[0]!, to: dates[dates.length - 1]! };
}

/** A round step for about `target` intervals from 0 to `max` (≥ 1): 1, 2, 2.5, 5 × 10ⁿ, at least 1. */
export function niceStep(max: number, target: number): number {
  const raw = max / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  return Math.max(1, [1, 2, 2.5, 5, 10].find((f) => f * mag >= raw)! * mag);
}

/** Milliseconds since the epoch of a YYYY-MM-DD calendar day (UTC). */
export const dayMs = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`);
