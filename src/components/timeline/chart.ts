import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { formatDate, numberFormat } from '../../core/intl.js';
import type { LocaleCode } from '../../data/types.js';
import { formatMonth, formatYear, str } from './format.js';
import { dayMs, niceStep, type Growth, type PointBasis } from './growth.js';
import type { TimelineKey } from './format.js';

export interface ChartContext {
  lang: LocaleCode;
  intl: string;
  rtl: boolean;
  /** viewBox width in user units (≈ CSS px at a 16 px font: see the widget's ResizeObserver). */
  width: number;
}

/** viewBox height for a given width: a little flatter on wide screens. */
export const chartHeight = (width: number): number => (width < 520 ? 250 : 290);

// Margins in user units: room for the y labels on the start side, the years and the axis title below.
const TOP = 34;
const BOTTOM = 50;
const START = 58;
const END = 22;
const YEAR_MS = 365.2425 * 864e5;

/** The chart's text alternative: every marked point, with where its figure comes from. */
export function chartAlt(g: Growth, c: Pick<ChartContext, 'lang' | 'intl'>): string {
  const s = (k: string, p?: Record<string, string>) => str(c.lang, k as TimelineKey, p);
  const n = numberFormat(c.intl).format;
  const date = (d: string) => formatDate(c.intl, d);
  const parts = [s('chart.alt.intro', { from: date(g.from), to: date(g.to) })];
  for (const p of g.points) parts.push(s(`chart.alt.${p.basis}`, { date: date(p.date), count: n(p.value) }));
  if (g.points.length > 1) parts.push(s('chart.alt.join'));
  if (g.datedTotal > 0)
    parts.push(s('chart.alt.dated', { count: n(g.datedTotal), from: date(g.dated[0]!.date), to: date(g.dated[g.dated.length - 1]!.date) }));
  return parts.join(' ');
}

/** Marker of a point, also used (at the origin) in the legend. */
const marker = (basis: PointBasis, x: number, y: number): SVGTemplateResult =>
  basis === 'register'
    ? svg`<rect class="point register" x=${x - 5.5} y=${y - 5.5} width="11" height="11"></rect>`
    : svg`<circle class="point ${basis}" cx=${x} cy=${y} r="5.5"></circle>`;

/**
 * The growth line as inline SVG: reported figures as marked points joined
 * by a line, the dated register rows as a dashed cumulative step line, axes
 * with the locale's years and numbers. Mirrored in right-to-left locales
 * (time runs from the right, the number axis is on the right).
 */
function plot(g: Growth, c: ChartContext): TemplateResult {
  const { width: W, rtl, intl } = c;
  const n = numberFormat(intl).format;
  const H = chartHeight(W);
  const plotW = W - START - END;
  const bottom = H - BOTTOM;

  const t0 = dayMs(g.from);
  const t1 = Math.max(dayMs(g.to), t0 + YEAR_MS);
  // Physical x of a logical one (0 at the start side): mirrored for right-to-left.
  const phys = (lx: number) => (rtl ? W - lx : lx);
  // Logical x of a time, then physical.
  const LX = (t: number) => START + ((t - t0) / (t1 - t0)) * plotW;
  const X = (t: number) => phys(LX(t));
  const XD = (d: string) => X(dayMs(d));
  // A logical direction (-1 towards the start, 1 towards the end) made physical, and the text-anchor that runs that way.
  const dir = (d: number) => (rtl ? -d : d);
  const anchor = (d: number) => ['end', 'middle', 'start'][dir(d) + 1];

  const max = Math.max(1, g.datedTotal, ...g.points.map((p) => p.value));
  const step = niceStep(max, W < 480 ? 4 : 5);
  const yMax = Math.ceil(max / step) * step;
  const Y = (v: number) => bottom - (v / yMax) * (bottom - TOP);
  const grid: SVGTemplateResult[] = [];
  const yLabels: SVGTemplateResult[] = [];
  // Physical left end of the plot area.
  const plotX1 = rtl ? END : START;
  for (let v = 0; v <= yMax; v += step) {
    grid.push(svg`<line x1=${plotX1} x2=${plotX1 + plotW} y1=${Y(v)} y2=${Y(v)}></line>`);
    yLabels.push(svg`<text x=${phys(START - 8)} y=${Y(v)} dy="0.35em" text-anchor=${anchor(-1)}>${n(v)}</text>`);
  }

  // Years from the first 1 January on or after the start.
  const firstYear = new Date(t0 - 1).getUTCFullYear() + 1;
  const perYear = (plotW * YEAR_MS) / (t1 - t0);
  const every = perYear >= 46 ? 1 : perYear >= 23 ? 2 : 5;
  const yearTicks: SVGTemplateResult[] = [];
  const yearLabels: SVGTemplateResult[] = [];
  for (let y = firstYear; y <= new Date(t1).getUTCFullYear(); y++) {
    const x = X(Date.UTC(y, 0, 1));
    yearTicks.push(svg`<line x1=${x} x2=${x} y1=${bottom} y2=${bottom + 5}></line>`);
    if ((y - firstYear) % every === 0)
      yearLabels.push(svg`<text x=${x} y=${bottom + 19} text-anchor="middle">${formatYear(intl, y)}</text>`);
  }

  // [x, value] pairs as a path.
  const path = (pts: number[][]) => pts.map(([x, v], i) => `${i ? 'L' : 'M'}${x!.toFixed(1)} ${Y(v!).toFixed(1)}`).join(' ');

  return html`<svg
    part="chart-svg"
    role="img"
    aria-label=${chartAlt(g, c)}
    viewBox="0 0 ${W} ${H}"
    focusable="false"
  >
    <g class="grid">${grid}</g>
    <g class="axis">
      <line x1=${phys(START)} x2=${phys(START)} y1=${TOP - 6} y2=${bottom}></line>
      <line x1=${plotX1} x2=${plotX1 + plotW} y1=${bottom} y2=${bottom}></line>
      ${yearTicks}
    </g>
    <g class="ticks y-ticks">${yLabels}</g>
    <g class="ticks x-ticks">${yearLabels}</g>
    ${
      g.dated.length
        ? svg`<path
            class="line-dated"
            d=${path([
              [XD(g.dated[0]!.date), 0],
              ...g.dated.flatMap((d, i) => [
                [XD(d.date), i ? g.dated[i - 1]!.cumulative : 0],
                [XD(d.date), d.cumulative],
              ]),
              [X(t1), g.datedTotal],
            ])}
          ></path>
          <text class="value dated-end" x=${phys(W - END - 2)} y=${Y(g.datedTotal) - 7} text-anchor=${anchor(-1)}>${n(g.datedTotal)}</text>`
        : nothing
    }
    ${g.points.length > 1 ? svg`<path class="line-reported" d=${path(g.points.map((p) => [XD(p.date), p.value]))}></path>` : nothing}
    <g class="points">${g.points.map((p) => marker(p.basis, XD(p.date), Y(p.value)))}</g>
    <g class="values">
      ${g.points.map((p) => {
        // A value label near either end of the plot runs inwards, clear of the axis and the edge.
        const t = dayMs(p.date);
        const lx = LX(t);
        const d = dir(lx - START < 26 ? 1 : START + plotW - lx < 26 ? -1 : 0);
        return svg`<text class="value" x=${X(t) + d * 7} y=${Y(p.value) - 11} text-anchor=${['end', 'middle', 'start'][d + 1]}>${n(p.value)}</text>`;
      })}
    </g>
  </svg>`;
}

/**
 * The chart's figure: the plot, its legend (the kinds of point shown, and
 * the dated series) and the note on the dated series. Without data (`g`
 * undefined), the same figure at its final size, masked, while loading: the
 * plot's box (its height follows the width as the viewBox does, in CSS: see
 * `.chart-skeleton`), then the legend and the note as the shipped data has
 * them (three kinds of point and the dated series), texts masked.
 */
export function renderChart(g: Growth | undefined, c: ChartContext): TemplateResult {
  const s = (k: string, p?: Record<string, string>) => str(c.lang, k as TimelineKey, p);
  const n = numberFormat(c.intl).format;
  const mask = (t: string) => (g ? t : html`<span class="skeleton">${t}</span>`);
  const keys: string[] = ['total', 'sum', 'register'].filter((b) => !g || g.points.some((p) => p.basis === b));
  if (!g || g.datedTotal > 0) keys.push('dated');
  return html`<figure part="chart" class="chart" aria-hidden=${g ? nothing : 'true'}>
    <div class="chart-box">${g ? plot(g, c) : html`<span class="skeleton chart-skeleton"></span>`}</div>
    <ul part="legend" class="legend" aria-hidden="true">
      ${keys.map(
        (b) => html`<li>
          ${
            g
              ? html`<svg class="swatch" viewBox="-12 -8 24 16" focusable="false">
                <line class="line-${b === 'dated' ? b : 'reported'}" x1="-11" x2="11" y1="0" y2="0"></line>
                ${b === 'dated' ? nothing : marker(b as PointBasis, 0, 0)}
              </svg>`
              : html`<span class="swatch skeleton"></span>`
          }
          ${mask(s(`legend.${b}`))}
        </li>`,
      )}
    </ul>
    ${
      keys.includes('dated')
        ? html`<p part="chart-note" class="chart-note muted">
          ${mask(s('chart.note', { count: n(g ? g.datedTotal : 888), total: n(g ? g.registerTotal : 8888), from: formatMonth(c.intl, g ? g.dated[0]!.date : '2019-11') }))}
        </p>`
        : nothing
    }
  </figure>`;
}
