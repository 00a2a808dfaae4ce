import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ParisCallElement } from '../../core/base-element.js';
import { countryName, numberFormat } from '../../core/intl.js';
import { tt } from '../../core/localize.js';
import { themeStyles } from '../../core/theme.styles.js';
import { loadSummary } from '../../data/loader.js';
import type { CategoryCounts, CategoryKey, Summary } from '../../data/types.js';
import { loadMap, type MapGeometry } from './map-data.js';
import { mapStrings, type MapStringKey } from './map.strings.js';
import { mapStyles } from './map.styles.js';

export type MapMode = 'states' | 'all';

/** Lower bound of each colour step of `mode="all"` (supporters based in the country). */
export const MAP_STEPS = [1, 2, 10, 25, 100] as const;

/** The colour step (1…5) of a country with `total` supporters; 0 for none. */
export function mapStep(total: number): number {
  let step = 0;
  MAP_STEPS.forEach((min, i) => {
    if (total >= min) step = i + 1;
  });
  return step;
}

/**
 * The supporters without a country in the shipped dataset (name, category),
 * shown masked by the skeleton so it reserves the lines the list will take
 * (it wraps differently by width and language). Another dataset's list may
 * differ by a few lines.
 */
const NO_COUNTRY_PLACEHOLDER: [string, Exclude<CategoryKey, 'state'>][] = [
  ['European Union', 'public-authority'],
  ['INTERPOL', 'public-authority'],
  ['Number Resource Organization (NRO)', 'civil-society'],
  ['RPHS Law', 'private-sector'],
  ['Transatlantic Commission on Election Integrity', 'civil-society'],
];

/** Categories counted per country besides the state itself, in display order. */
const ORGS: Exclude<CategoryKey, 'state'>[] = ['public-authority', 'civil-society', 'private-sector', 'uncategorized'];

const SUPPORTS_POPOVER = typeof HTMLElement !== 'undefined' && typeof HTMLElement.prototype.showPopover === 'function';
const HIDE_DELAY = 300;
const EDGE = 6;
const GAP = 10;

export interface MapWidgetData {
  summary: Summary;
  geo: MapGeometry;
}

interface Row {
  id: string;
  name: string;
  counts: CategoryCounts;
  total: number;
  state: boolean;
}

interface Derived {
  data: MapWidgetData;
  intl: string;
  /** Every country with supporters, sorted by localised name: the table and the keyboard order. */
  rows: Row[];
  byId: Map<string, Row>;
  shapes: Map<string, string>;
  markers: Map<string, { x: number; y: number }>;
  /** Rows that are on the map (a shape or a marker). */
  order: Row[];
}

type Anchor = { left: number; top: number; right: number; bottom: number };
type TipSource = 'pointer' | 'tap' | 'key';

/** Bounding box, in map units, of the largest ring of a path (`M x y l dx dy … z`). */
function mainBox(d: string): { x0: number; y0: number; x1: number; y1: number } | null {
  let best: { x0: number; y0: number; x1: number; y1: number } | null = null;
  let bestArea = -1;
  for (const ring of d.split(/[Mm]/).filter(Boolean)) {
    const [start, rest = ''] = ring.split(/[Ll]/);
    const s = (start.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    if (s.length < 2) continue;
    let [x, y] = s;
    let x0 = x,
      x1 = x,
      y0 = y,
      y1 = y;
    const steps = (rest.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    for (let i = 0; i + 1 < steps.length; i += 2) {
      x += steps[i];
      y += steps[i + 1];
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
    const area = (x1 - x0) * (y1 - y0);
    if (area > bestArea) {
      bestArea = area;
      best = { x0, y0, x1, y1 };
    }
  }
  return best;
}

/**
 * A world map of who supports the Paris Call: the states that joined (default
 * `mode="states"`), or every supporter by the country it is based in
 * (`mode="all"`, a colour scale in five steps). Small states are circles.
 * Hover, tap or the keyboard show a country's name and figures; supporters
 * without a country are listed below the map, and a table gives every figure.
 *
 * The geometry (`map.json`, about 10 KB brotli) sits beside `summary.json`
 * and is only downloaded by pages that show a map, in parallel with the
 * summary. It was projected at build time: no map code runs in the browser.
 *
 * @tagname paris-call-map
 * @summary World map of the supporters of the Paris Call.
 *
 * @slot - Fallback content (e.g. a static image or text), shown until the map is ready.
 *
 * @csspart base - The wrapper.
 * @csspart map - The focusable map (one tab stop; arrow keys move between countries).
 * @csspart legend - The legend.
 * @csspart no-country - The list of supporters not based in a country.
 * @csspart toggle - The "show as table" button.
 * @csspart table - The table of countries and figures.
 * @csspart tooltip - The tooltip.
 * @csspart error - The error state.
 * @csspart retry - The "try again" button of the error state.
 *
 * @cssprop --paris-call-accent - Focus ring and links; default fill of supporting states.
 * @cssprop --paris-call-surface - Background, and the borders between countries.
 * @cssprop --paris-call-text - Text, outlines of the current country and of the circles.
 * @cssprop --paris-call-border - Borders of the wrapper, the tooltip and the table.
 * @cssprop --paris-call-map-state - Fill of supporting states (`mode="states"`; default: the accent).
 * @cssprop --paris-call-map-land - Fill of other countries (light theme, default #e6e9ee).
 * @cssprop --paris-call-map-dark-land - The same in the dark theme (default #343a45).
 * @cssprop --paris-call-map-border - Borders between countries (default: the surface).
 * @cssprop --paris-call-map-highlight - Outline of the current country and of the circles (default: the text colour).
 * @cssprop --paris-call-map-step-1 - Fill of the 1st step of `mode="all"` (1 supporter); `-step-2` … `-step-5` for 2–9, 10–24, 25–99, 100 or more.
 * @cssprop --paris-call-map-dark-step-1 - The same steps in the dark theme (`-dark-step-2` … `-dark-step-5`).
 *
 * @fires paris-call-load - The map is loaded and shown.
 * @fires paris-call-error - The data could not be loaded; `detail.code` says why.
 */
export class ParisCallMap extends ParisCallElement<MapWidgetData> {
  static override styles = [themeStyles, mapStyles];

  /** `states` (default: the states that support the Call) or `all` (every supporter, by country). */
  @property({ reflect: true }) mode: MapMode = 'states';

  /** The country the keyboard is on (alpha-2). */
  @state() private current: string | null = null;
  /** The country whose tooltip is shown. */
  @state() private tipId: string | null = null;
  @state() private tableOpen = false;
  /** Said by the live region when the keyboard moves. */
  @state() private announcement = '';

  @query('.tip') private tipEl?: HTMLElement;
  @query('svg.world') private svgEl?: SVGSVGElement;

  private tipSource: TipSource = 'key';
  private pointer = { x: 0, y: 0 };
  private hideTimer = 0;
  private pointerFocus = false;
  private derived?: Derived;

  protected load(src: string, signal: AbortSignal): Promise<MapWidgetData> {
    // In parallel: the map does not wait for the summary, nor the reverse.
    return Promise.all([loadSummary(src, signal), loadMap(src, signal)]).then(([summary, geo]) => ({ summary, geo }));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.onDocumentPointerDown, true);
    document.addEventListener('keydown', this.onDocumentKeyDown);
    window.addEventListener('scroll', this.onViewportChange, { capture: true, passive: true });
    window.addEventListener('resize', this.onViewportChange, { passive: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
    document.removeEventListener('keydown', this.onDocumentKeyDown);
    window.removeEventListener('scroll', this.onViewportChange, { capture: true });
    window.removeEventListener('resize', this.onViewportChange);
    clearTimeout(this.hideTimer);
    this.tipId = null;
  }

  private s(key: MapStringKey, params?: Record<string, string>): string {
    return tt(mapStrings, this.locale.lang, key, params);
  }

  private get isAll(): boolean {
    return this.mode === 'all';
  }

  private derive(data: MapWidgetData): Derived {
    const intl = this.locale.intl;
    if (this.derived?.data === data && this.derived.intl === intl) return this.derived;
    const collator = new Intl.Collator(intl);
    const rows: Row[] = data.summary.byCountry
      .map((c) => ({
        id: c.country,
        name: countryName(intl, c.country),
        counts: c.counts,
        total: Object.values(c.counts).reduce((a, b) => a + b, 0),
        state: c.counts.state > 0,
      }))
      .filter((r) => r.total > 0)
      .sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
    const shapes = new Map(data.geo.countries.map((c) => [c.id, c.d]));
    const markers = new Map(data.geo.markers.map((m) => [m.id, { x: m.x, y: m.y }]));
    this.derived = {
      data,
      intl,
      rows,
      byId: new Map(rows.map((r) => [r.id, r])),
      shapes,
      markers,
      order: rows.filter((r) => shapes.has(r.id) || markers.has(r.id)),
    };
    return this.derived;
  }

  /** Class of a country's shape or marker: `supporting` when coloured as a supporter in this mode. */
  private fillClass(row: Row | undefined): string {
    if (!row) return '';
    if (this.isAll) return `supporting s${mapStep(row.total)}`;
    return row.state ? 'supporting' : '';
  }

  /**
   * The ready layout with its texts masked: the map's box from the viewBox's
   * aspect ratio, the legend of this mode, the supporters without a country
   * (as the shipped dataset has them, see NO_COUNTRY_PLACEHOLDER) and the
   * table toggle, so nothing below the map moves when the data arrives.
   */
  protected renderSkeleton(): TemplateResult {
    const { lang, dir } = this.locale;
    return html`<div part="base" class="base" lang=${lang} dir=${dir} aria-busy="true">
      <div part="map" class="frame"><span class="skeleton world" aria-hidden="true"></span></div>
      <div aria-hidden="true">
        ${this.renderLegend(true)}
        <div part="no-country" class="nocountry">
          <p><span class="skeleton">${this.s('noCountry')}</span></p>
          <ul>
            ${NO_COUNTRY_PLACEHOLDER.map(
              ([name, cat]) => html`<li><span class="skeleton"><bdi class="name">${name}</bdi> <span class="cat">(${this.s(`cat.${cat}`)})</span></span></li>`,
            )}
          </ul>
        </div>
        <div class="tools">
          <button part="toggle" type="button" disabled tabindex="-1">${this.s('toggle')}</button>
        </div>
      </div>
    </div>`;
  }

  protected renderReady(data: MapWidgetData): TemplateResult {
    const { lang, dir, intl } = this.locale;
    const d = this.derive(data);
    const nf = numberFormat(intl);
    const { geo, summary } = data;
    const statesCount = d.rows.filter((r) => r.state).length;
    const label = this.isAll
      ? this.s('label.all', { n: nf.format(d.rows.length) })
      : this.s('label.states', { n: nf.format(statesCount) });
    const [w, h] = geo.viewBox;
    const markers = geo.markers.filter((m) => d.byId.has(m.id));
    const hl = this.tipId ?? this.current;
    return html`<div part="base" class="base" lang=${lang} dir=${dir}>
      <div
        part="map"
        class="frame"
        tabindex="0"
        role="application"
        aria-label=${label}
        aria-describedby="help"
        @keydown=${this.onKeyDown}
        @focus=${this.onFocus}
        @blur=${this.onBlur}
        @pointerdown=${this.onFramePointerDown}
      >
        <svg
          class="world ${this.isAll ? 'all' : 'states'}"
          viewBox="0 0 ${w} ${h}"
          aria-hidden="true"
          focusable="false"
          @pointerover=${this.onPointerOver}
          @pointermove=${this.onPointerMove}
          @pointerleave=${this.onPointerLeave}
          @click=${this.onClick}
        >
          <g class="land">${geo.land.map((p) => svg`<path d=${p}></path>`)}</g>
          <g>${geo.countries.map((c) => svg`<path class="c ${this.fillClass(d.byId.get(c.id))}" data-id=${c.id} d=${c.d}></path>`)}</g>
          <g>${markers.map((m) => svg`<circle class="m ${this.fillClass(d.byId.get(m.id))}" data-id=${m.id} cx=${m.x} cy=${m.y} r="4"></circle>`)}</g>
          ${hl ? this.renderHighlight(d, hl) : nothing}
        </svg>
      </div>
      <p id="help" class="sr-only">${this.s('help')}</p>
      <div class="sr-only" aria-live="polite">${this.announcement}</div>
      ${this.renderLegend()} ${this.renderNoCountry(summary)}
      <div class="tools">
        <button part="toggle" type="button" aria-expanded=${String(this.tableOpen)} aria-controls="table" @click=${this.toggleTable}>
          ${this.s('toggle')}
        </button>
      </div>
      ${this.renderTable(d)}
      ${this.renderTip(d)}
    </div>`;
  }

  private renderHighlight(d: Derived, id: string) {
    const path = d.shapes.get(id);
    const marker = d.byId.has(id) ? d.markers.get(id) : undefined;
    const shape = (cls: string) =>
      svg`${path ? svg`<path class="hl ${cls}" d=${path}></path>` : nothing}${
        marker ? svg`<circle class="hl m ${cls}" cx=${marker.x} cy=${marker.y} r="4"></circle>` : nothing
      }`;
    return svg`<g class="current" data-current=${id}>${shape('under')}${shape('over')}</g>`;
  }

  private swatch(cls: string, masked = false) {
    if (masked) return html`<span class="sw skeleton"></span>`;
    return html`<svg class="sw" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><rect class=${cls} x="0.5" y="0.5" width="9" height="9"></rect></svg>`;
  }

  /** The legend; `masked` for the skeleton (same boxes, texts and swatches masked, no ids). */
  private renderLegend(masked = false) {
    const nf = numberFormat(this.locale.intl);
    const text = (t: string) => (masked ? html`<span class="skeleton">${t}</span>` : t);
    const id = masked ? nothing : 'legend-title';
    const marker = html`<li>
      ${masked
        ? this.swatch('', true)
        : html`<svg class="sw" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><circle class="m" cx="6" cy="6" r="5"></circle></svg>`}
      ${text(this.s('legend.marker'))}
    </li>`;
    if (!this.isAll) {
      return html`<div part="legend" class="legend states">
        <p class="legend-title" id=${id}>${text(this.s('legend.states'))}</p>
        <ul aria-labelledby=${id}>
          <li>${this.swatch('supporting', masked)}${text(this.s('legend.state'))}</li>
          <li>${this.swatch('none', masked)}${text(this.s('legend.notState'))}</li>
          ${marker}
        </ul>
      </div>`;
    }
    const ranges = MAP_STEPS.map((min, i) => {
      const next = MAP_STEPS[i + 1];
      if (next === undefined) return this.s('orMore', { n: nf.format(min) });
      return next - 1 === min ? nf.format(min) : this.s('range', { from: nf.format(min), to: nf.format(next - 1) });
    });
    return html`<div part="legend" class="legend all">
      <p class="legend-title" id=${id}>${text(this.s('legend.all'))}</p>
      <ul aria-labelledby=${id}>
        <li>${this.swatch('none', masked)}${text(this.s('legend.none'))}</li>
        ${ranges.map((r, i) => html`<li>${this.swatch(`s${i + 1}`, masked)}${text(r)}</li>`)} ${marker}
      </ul>
    </div>`;
  }

  private renderNoCountry(summary: Summary) {
    if (!summary.noCountry.length) return nothing;
    return html`<div part="no-country" class="nocountry">
      <p id="nocountry-title">${this.s('noCountry')}</p>
      <ul aria-labelledby="nocountry-title">
        ${summary.noCountry.map((n) => {
          const cat = n.category === 'state' ? this.str('category.state') : this.s(`cat.${n.category}`);
          return html`<li><bdi class="name">${n.name}</bdi> <span class="cat">(${cat})</span></li>`;
        })}
      </ul>
    </div>`;
  }

  private renderTable(d: Derived) {
    const nf = numberFormat(this.locale.intl);
    const open = this.tableOpen;
    const cols = ORGS.filter((c) => c !== 'uncategorized' || d.rows.some((r) => r.counts.uncategorized > 0));
    // Always in the page for assistive technology; on screen once the button opens it.
    return html`<div
      id="table"
      part="table"
      class=${open ? 'table-wrap' : 'sr-only'}
      role=${open ? 'region' : nothing}
      tabindex=${open ? '0' : nothing}
      aria-labelledby=${open ? 'caption' : nothing}
    >
      <table>
        <caption id="caption">${this.s('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">${this.s('col.country')}</th>
            <th scope="col">${this.s('col.state')}</th>
            ${cols.map((c) => html`<th scope="col" class="n">${this.s(`cat.${c}`)}</th>`)}
            <th scope="col" class="n">${this.s('col.total')}</th>
          </tr>
        </thead>
        <tbody>
          ${d.rows.map(
            (r) => html`<tr>
              <th scope="row">${r.name}</th>
              <td>${this.s(r.state ? 'yes' : 'no')}</td>
              ${cols.map((c) => html`<td class="n">${nf.format(r.counts[c])}</td>`)}
              <td class="n">${nf.format(r.total)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  /** The lines of a country's tooltip (and of its announcement). */
  private tipLines(d: Derived, id: string): { name: string; lines: string[] } {
    const nf = numberFormat(this.locale.intl);
    const row = d.byId.get(id);
    const name = row?.name ?? countryName(this.locale.intl, id);
    if (!row) return { name, lines: [this.s('tip.none')] };
    const lines = [this.s(row.state ? 'tip.state' : 'tip.notState')];
    for (const c of ORGS) {
      if (c === 'uncategorized' && !row.counts[c]) continue;
      lines.push(this.s('count', { label: this.s(`cat.${c}`), n: nf.format(row.counts[c]) }));
    }
    return { name, lines };
  }

  private renderTip(d: Derived) {
    const tip = this.tipId ? this.tipLines(d, this.tipId) : null;
    return html`<div
      part="tooltip"
      class="tip"
      popover=${SUPPORTS_POPOVER ? 'manual' : nothing}
      ?hidden=${!SUPPORTS_POPOVER && !tip}
      aria-hidden="true"
      @pointerenter=${this.cancelHide}
      @pointerleave=${this.onTipLeave}
    >
      ${tip
        ? html`<span class="name">${tip.name}</span>
            <ul>
              ${tip.lines.map((l) => html`<li>${l}</li>`)}
            </ul>`
        : nothing}
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncTip();
  }

  /** Shows, places or hides the tooltip after each render. */
  private syncTip(): void {
    const tip = this.tipEl;
    if (!tip) return;
    if (!this.tipId) {
      if (SUPPORTS_POPOVER && tip.matches(':popover-open')) tip.hidePopover();
      return;
    }
    if (SUPPORTS_POPOVER && !tip.matches(':popover-open')) {
      // Re-entered at the end of the stack, above any popover the page opened since.
      tip.showPopover();
    }
    this.placeTip();
  }

  /** The box the tooltip points at, in viewport coordinates. */
  private anchor(): Anchor | null {
    if (this.tipSource !== 'key') {
      const { x, y } = this.pointer;
      return { left: x, right: x, top: y - 4, bottom: y + 18 };
    }
    const svgEl = this.svgEl;
    const data = this.dataTask.value;
    const id = this.tipId;
    if (!svgEl || !data || !id) return null;
    const d = this.derive(data);
    const marker = d.markers.get(id);
    const path = d.shapes.get(id);
    const box = marker ? { x0: marker.x - 5, y0: marker.y - 5, x1: marker.x + 5, y1: marker.y + 5 } : path ? mainBox(path) : null;
    const ctm = svgEl.getScreenCTM();
    if (!box || !ctm) return null;
    const a = new DOMPoint(box.x0, box.y0).matrixTransform(ctm);
    const b = new DOMPoint(box.x1, box.y1).matrixTransform(ctm);
    return { left: Math.min(a.x, b.x), right: Math.max(a.x, b.x), top: Math.min(a.y, b.y), bottom: Math.max(a.y, b.y) };
  }

  /** Above the anchor, centred, kept inside the viewport; below it when there is no room above. */
  private placeTip(): void {
    const tip = this.tipEl;
    const a = this.anchor();
    if (!tip || !a) return;
    const vw = document.documentElement.clientWidth || window.innerWidth;
    const vh = document.documentElement.clientHeight || window.innerHeight;
    const { width, height } = tip.getBoundingClientRect();
    let left = (a.left + a.right) / 2 - width / 2;
    let top = a.top - GAP - height;
    if (top < EDGE) top = a.bottom + GAP;
    top = Math.max(EDGE, Math.min(top, vh - EDGE - height));
    left = Math.max(EDGE, Math.min(left, vw - EDGE - width));
    // CSSOM, not a style attribute in the template: allowed under a strict CSP.
    tip.style.setProperty('left', `${Math.round(left)}px`);
    tip.style.setProperty('top', `${Math.round(top)}px`);
  }

  private show(id: string, source: TipSource): void {
    clearTimeout(this.hideTimer);
    this.tipSource = source;
    this.tipId = id;
    // Same country, new pointer position: no render, so place it now.
    this.placeTip();
  }

  private hide = (): void => {
    clearTimeout(this.hideTimer);
    this.tipId = null;
  };

  private scheduleHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = window.setTimeout(this.hide, HIDE_DELAY);
  }

  private cancelHide = (): void => {
    if (this.tipSource === 'pointer') clearTimeout(this.hideTimer);
  };

  private onTipLeave = (): void => {
    if (this.tipSource === 'pointer') this.scheduleHide();
  };

  private idAt(e: Event): string | null {
    const el = (e.target as Element | null)?.closest?.('[data-id]');
    return el?.getAttribute('data-id') ?? null;
  }

  // Mouse and pen: hover shows, leaving hides (after a moment, so the tooltip itself can be reached).
  private onPointerOver = (e: PointerEvent): void => {
    if (e.pointerType === 'touch') return;
    const id = this.idAt(e);
    this.pointer = { x: e.clientX, y: e.clientY };
    if (id) this.show(id, 'pointer');
    else if (this.tipSource === 'pointer') this.scheduleHide();
  };

  private onPointerMove = (e: PointerEvent): void => {
    if (e.pointerType === 'touch' || this.tipSource !== 'pointer' || !this.tipId) return;
    this.pointer = { x: e.clientX, y: e.clientY };
    this.placeTip();
  };

  private onPointerLeave = (e: PointerEvent): void => {
    if (e.pointerType !== 'touch' && this.tipSource === 'pointer') this.scheduleHide();
  };

  // Tap (and click): shows the country's tooltip, or closes it when tapped again or on the sea.
  private onClick = (e: MouseEvent): void => {
    const id = this.idAt(e);
    const data = this.dataTask.value;
    if (!id) {
      this.hide();
      return;
    }
    if (data && this.derive(data).order.some((r) => r.id === id)) this.current = id;
    if (this.tipId === id && this.tipSource === 'tap') {
      this.hide();
      return;
    }
    this.pointer = { x: e.clientX, y: e.clientY };
    const mouse = (e as PointerEvent).pointerType === 'mouse';
    this.show(id, mouse ? 'pointer' : 'tap');
  };

  private onFramePointerDown = (): void => {
    // Focus that follows a click is not keyboard focus: no tooltip for the "current" country.
    this.pointerFocus = true;
    setTimeout(() => (this.pointerFocus = false), 0);
  };

  private onDocumentPointerDown = (e: PointerEvent): void => {
    if (this.tipId && !e.composedPath().includes(this)) this.hide();
  };

  private onDocumentKeyDown = (e: KeyboardEvent): void => {
    // Escape dismisses a hover tooltip wherever focus is (WCAG 1.4.13).
    if (e.key === 'Escape' && this.tipId && this.tipSource !== 'key') this.hide();
  };

  private onViewportChange = (): void => {
    if (!this.tipId) return;
    if (this.tipSource === 'key') this.placeTip();
    else this.hide();
  };

  private onFocus = (): void => {
    if (this.pointerFocus) return;
    const data = this.dataTask.value;
    if (!data) return;
    const order = this.derive(data).order;
    if (!order.length) return;
    if (!this.current || !order.some((r) => r.id === this.current)) this.current = order[0].id;
    this.show(this.current, 'key');
  };

  private onBlur = (): void => {
    if (this.tipSource === 'key') this.hide();
  };

  private onKeyDown = (e: KeyboardEvent): void => {
    const data = this.dataTask.value;
    if (!data || e.altKey || e.ctrlKey || e.metaKey) return;
    const d = this.derive(data);
    const order = d.order;
    if (!order.length) return;
    const i = Math.max(
      0,
      order.findIndex((r) => r.id === this.current),
    );
    const rtl = this.locale.dir === 'rtl';
    let next: number | null = null;
    switch (e.key) {
      case 'ArrowDown':
        next = i + 1;
        break;
      case 'ArrowUp':
        next = i - 1;
        break;
      case 'ArrowRight':
        next = rtl ? i - 1 : i + 1;
        break;
      case 'ArrowLeft':
        next = rtl ? i + 1 : i - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = order.length - 1;
        break;
      case 'PageDown':
        next = i + 10;
        break;
      case 'PageUp':
        next = i - 10;
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.current = order[i].id;
        this.show(order[i].id, 'key');
        this.announce(d, order[i].id);
        return;
      case 'Escape':
        if (this.tipId) {
          e.preventDefault();
          e.stopPropagation();
          this.hide();
        }
        return;
      default:
        // Type-ahead: the next country whose name starts with the letter.
        if (e.key.length === 1 && /\p{L}/u.test(e.key)) {
          const starts = new Intl.Collator(this.locale.intl, { sensitivity: 'base' });
          for (let k = 1; k <= order.length; k++) {
            const r = order[(i + k) % order.length];
            if (starts.compare(r.name.slice(0, 1), e.key) === 0) {
              next = (i + k) % order.length;
              break;
            }
          }
        }
        if (next === null) return;
    }
    e.preventDefault();
    const to = order[Math.max(0, Math.min(order.length - 1, next))];
    this.current = to.id;
    this.show(to.id, 'key');
    this.announce(d, to.id);
  };

  private announce(d: Derived, id: string): void {
    const { name, lines } = this.tipLines(d, id);
    const text = [name, ...lines].join(' · ');
    // The same text twice in a row is not re-read by every screen reader: vary it invisibly.
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
  }

  private toggleTable = (): void => {
    this.tableOpen = !this.tableOpen;
  };
}
