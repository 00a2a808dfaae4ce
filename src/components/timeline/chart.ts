import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { formatDate, numberFormat } from '../../core/intl.js';
import { tt } from '../../core/localize.js';
import type { LocaleCode } from '../../data/types.js';
import { formatMonth, formatYear } from './format.js';
import { dayMs, niceStep, type Growth, type GrowthPoint, type PointBasis } from './growth.js';
import { timelineStrings, type TimelineStringKey } from './timeline.strings.js';

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
const M = { top: 34, bottom: 50, start: 58, end: 22 };
const YEAR_MS = 365.2425 * 864e5;

const BASIS_KEY: Record<PointBasis, TimelineStringKey> = {
  total: 'chart.alt.total',
  sum: 'chart.alt.sum',
  register: 'chart.alt.register',
};
const LEGEND_KEY: Record<PointBasis, TimelineStringKey> = {
  total: 'legend.total',
  sum: 'legend.sum',
  register: 'legend.register',
};

/** The chart's text alternative: every marked point, with where its figure comes from. */
export function chartAlt(g: Growth, c: Pick<ChartContext, 'lang' | 'intl'>): string {
  const s = (k: TimelineStringKey, p?: Record<string, string>) => tt(timelineStrings, c.lang, k, p);
  const nf = numberFormat(c.intl);
  const date = (d: string) => formatDate(c.intl, d);
  const parts = [s('chart.alt.intro', { from: date(g.from), to: date(g.to) })];
  for (const p of g.points) parts.push(s(BASIS_KEY[p.basis], { date: date(p.date), count: nf.format(p.value) }));
  if (g.points.length > 1) parts.push(s('chart.alt.join'));
  if (g.datedTotal > 0) {
    parts.push(s('chart.alt.dated', { count: nf.format(g.datedTotal), from: date(g.dated[0]!.date), to: date(g.dated[g.dated.length - 1]!.date) }));
  }
  return parts.join(' ');
}

/** Marker of a point, also used (at the origin) in the legend. */
function marker(basis: PointBasis, x: number, y: number): SVGTemplateResult {
  return basis === 'register'
    ? svg`<rect class="point register" x=${x - 5.5} y=${y - 5.5} width="11" height="11"></rect>`
    : svg`<circle class="point ${basis}" cx=${x} cy=${y} r="5.5"></circle>`;
}

/**
 * The growth line as inline SVG: reported figures as marked points joined
 * by a line, the dated register rows as a dashed cumulative step line, axes
 * with the locale's years and numbers. Mirrored in right-to-left locales
 * (time runs from the right, the number axis is on the right).
 */
export function renderChart(g: Growth, c: ChartContext): TemplateResult {
  const s = (k: TimelineStringKey, p?: Record<string, string>) => tt(timelineStrings, c.lang, k, p);
  const nf = numberFormat(c.intl);
  const W = c.width;
  const H = chartHeight(W);
  const plotW = W - M.start - M.end;
  const top = M.top;
  const bottom = H - M.bottom;

  const t0 = dayMs(g.from);
  const t1 = Math.max(dayMs(g.to), t0 + YEAR_MS);
  // Logical x (0 at the start side), then physical: mirrored for right-to-left.
  const X = (t: number) => {
    const lx = M.start + ((t - t0) / (t1 - t0)) * plotW;
    return c.rtl ? W - lx : lx;
  };
  const XD = (d: string) => X(dayMs(d));

  const max = Math.max(1, g.datedTotal, ...g.points.map((p) => p.value));
  const step = niceStep(max, W < 480 ? 4 : 5);
  const yMax = Math.ceil(max / step) * step;
  const Y = (v: number) => bottom - (v / yMax) * (bottom - top);
  const yTicks: number[] = [];
  for (let v = 0; v <= yMax; v += step) yTicks.push(v);

  const firstYear = new Date(t0).getUTCFullYear() + (dayMs(`${new Date(t0).getUTCFullYear()}-01-01`) >= t0 ? 0 : 1);
  const lastYear = new Date(t1).getUTCFullYear();
  const years: number[] = [];
  for (let y = firstYear; y <= lastYear; y++) years.push(y);
  const perYear = (plotW * YEAR_MS) / (t1 - t0);
  const every = perYear >= 46 ? 1 : perYear >= 23 ? 2 : 5;

  const axisX = c.rtl ? W - M.start : M.start;
  // Physical left and right ends of the plot area.
  const plotX1 = c.rtl ? M.end : M.start;
  const plotX2 = plotX1 + plotW;
  const startEdge = c.rtl ? W - 4 : 4;
  const yLabelX = c.rtl ? axisX + 8 : axisX - 8;
  const yLabelAnchor = c.rtl ? 'start' : 'end';
  // A value label near either end of the plot runs inwards, clear of the axis and the edge.
  const labelAt = (t: number): { x: number; anchor: string } => {
    const lx = M.start + ((t - t0) / (t1 - t0)) * plotW;
    const inward = lx - M.start < 26 ? 1 : M.start + plotW - lx < 26 ? -1 : 0;
    const x = X(t) + (c.rtl ? -inward : inward) * 7;
    const physical = c.rtl ? -inward : inward;
    return { x, anchor: physical > 0 ? 'start' : physical < 0 ? 'end' : 'middle' };
  };

  const reportedPath = g.points.map((p, i) => `${i ? 'L' : 'M'}${XD(p.date).toFixed(1)} ${Y(p.value).toFixed(1)}`).join(' ');
  let datedPath = '';
  if (g.dated.length) {
    let prev = 0;
    datedPath = `M${XD(g.dated[0]!.date).toFixed(1)} ${Y(0).toFixed(1)}`;
    for (const d of g.dated) {
      const x = XD(d.date).toFixed(1);
      datedPath += ` L${x} ${Y(prev).toFixed(1)} L${x} ${Y(d.cumulative).toFixed(1)}`;
      prev = d.cumulative;
    }
    datedPath += ` L${X(t1).toFixed(1)} ${Y(prev).toFixed(1)}`;
  }
  const endX = X(t1);
  const datedLabelX = c.rtl ? endX + 2 : endX - 2;

  const pointLabel = (p: GrowthPoint) => {
    const { x, anchor } = labelAt(dayMs(p.date));
    return svg`<text class="value" x=${x} y=${Y(p.value) - 11} text-anchor=${anchor}>${nf.format(p.value)}</text>`;
  };

  const bases = (['total', 'sum', 'register'] as const).filter((b) => g.points.some((p) => p.basis === b));

  return html`<figure part="chart" class="chart">
    <figcaption part="chart-title" class="chart-title">${s('chart.title')}</figcaption>
    <div class="chart-box">
      <svg
        part="chart-svg"
        role="img"
        aria-label=${chartAlt(g, c)}
        viewBox="0 0 ${W} ${H}"
        preserveAspectRatio="xMidYMid meet"
        focusable="false"
      >
        <g class="grid">
          ${yTicks.map((v) => svg`<line x1=${plotX1} x2=${plotX2} y1=${Y(v)} y2=${Y(v)}></line>`)}
        </g>
        <g class="axis">
          <line x1=${axisX} x2=${axisX} y1=${top - 6} y2=${bottom}></line>
          <line x1=${plotX1} x2=${plotX2} y1=${bottom} y2=${bottom}></line>
          ${years.map((y) => svg`<line x1=${X(Date.UTC(y, 0, 1))} x2=${X(Date.UTC(y, 0, 1))} y1=${bottom} y2=${bottom + 5}></line>`)}
        </g>
        <g class="ticks y-ticks">
          ${yTicks.map((v) => svg`<text x=${yLabelX} y=${Y(v)} dy="0.35em" text-anchor=${yLabelAnchor}>${nf.format(v)}</text>`)}
        </g>
        <g class="ticks x-ticks">
          ${years
            .filter((y) => (y - firstYear) % every === 0)
            .map((y) => svg`<text x=${X(Date.UTC(y, 0, 1))} y=${bottom + 19} text-anchor="middle">${formatYear(c.intl, y)}</text>`)}
        </g>
        <text class="axis-title" x=${startEdge} y="14" text-anchor=${c.rtl ? 'end' : 'start'}>${s('chart.axis.y')}</text>
        <text class="axis-title" x=${plotX1 + plotW / 2} y=${H - 6} text-anchor="middle">${s('chart.axis.x')}</text>
        ${datedPath
          ? svg`<path class="line-dated" d=${datedPath}></path>
              <text class="value dated-end" x=${datedLabelX} y=${Y(g.datedTotal) - 7} text-anchor=${c.rtl ? 'start' : 'end'}>${nf.format(g.datedTotal)}</text>`
          : nothing}
        ${g.points.length > 1 ? svg`<path class="line-reported" d=${reportedPath}></path>` : nothing}
        <g class="points">${g.points.map((p) => marker(p.basis, XD(p.date), Y(p.value)))}</g>
        <g class="values">${g.points.map(pointLabel)}</g>
      </svg>
    </div>
    <ul part="legend" class="legend" aria-hidden="true">
      ${bases.map(
        (b) => html`<li>
          <svg class="swatch" viewBox="-12 -8 24 16" focusable="false">
            <line class="line-reported" x1="-11" x2="11" y1="0" y2="0"></line>
            ${marker(b, 0, 0)}
          </svg>
          ${s(LEGEND_KEY[b])}
        </li>`,
      )}
      ${g.datedTotal > 0
        ? html`<li>
            <svg class="swatch" viewBox="-12 -8 24 16" focusable="false"><line class="line-dated" x1="-11" x2="11" y1="0" y2="0"></line></svg>
            ${s('legend.dated')}
          </li>`
        : nothing}
    </ul>
    ${g.datedTotal > 0
      ? html`<p part="chart-note" class="chart-note muted">
          ${s('chart.note', { count: nf.format(g.datedTotal), total: nf.format(g.registerTotal), from: formatMonth(c.intl, g.dated[0]!.date) })}
        </p>`
      : nothing}
  </figure>`;
}

/**
 * The chart at its final size, masked, while loading: the plot's box (its
 * height follows the width as the viewBox does, in CSS: see
 * `.chart-skeleton`), then the legend and the note as the shipped data has
 * them (three kinds of point and the dated series), texts masked.
 */
export function renderChartSkeleton(c: ChartContext): TemplateResult {
  const s = (k: TimelineStringKey, p?: Record<string, string>) => tt(timelineStrings, c.lang, k, p);
  const nf = numberFormat(c.intl);
  const masked = (t: string) => html`<span class="skeleton">${t}</span>`;
  const keys: TimelineStringKey[] = ['legend.total', 'legend.sum', 'legend.register', 'legend.dated'];
  return html`<figure part="chart" class="chart" aria-hidden="true">
    <figcaption part="chart-title" class="chart-title">${s('chart.title')}</figcaption>
    <div class="chart-box"><span class="skeleton chart-skeleton"></span></div>
    <ul part="legend" class="legend">
      ${keys.map((k) => html`<li><span class="swatch skeleton"></span>${masked(s(k))}</li>`)}
    </ul>
    <p part="chart-note" class="chart-note">
      ${masked(s('chart.note', { count: nf.format(888), total: nf.format(8888), from: formatMonth(c.intl, '2019-11-12') }))}
    </p>
  </figure>`;
}
