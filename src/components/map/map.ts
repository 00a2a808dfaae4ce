import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ParisCallElement } from '../../core/base-element.js';
import { numberFormat } from '../../core/intl.js';
import { t, type SubKey } from '../../i18n/registry.js';
import { themeStyles } from '../../core/theme.styles.js';
import { PageEventsController } from '../../controllers/page-events.js';
import { placeTooltip, type Box } from '../../controllers/place-tooltip.js';
import { typeAhead } from '../../controllers/type-ahead.js';
import { loadSummary } from '../../data/loader.js';
import { loadMap } from './map-data.js';
import { renderBelow, renderTable, renderTip, renderWorld, tipLines, type PartsContext } from './map.parts.js';
import { deriveMap, mainBox, type Derived, type MapMode, type MapWidgetData } from './map.model.js';
import { mapStyles } from './map.styles.js';

export { mapStep, MAP_STEPS, type MapMode, type MapWidgetData } from './map.model.js';

const HIDE_DELAY = 300;

type TipSource = 'pointer' | 'tap' | 'key';

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

  private tipSource: TipSource = 'key';
  /** Where the pointer was last seen, in viewport coordinates (a MouseEvent's x and y are its clientX and clientY). */
  private pointer: { x: number; y: number } = { x: 0, y: 0 };
  private hideTimer = 0;
  private pointerFocus = false;
  /** What the last ready render showed. */
  private derived?: Derived;

  constructor() {
    super();
    // Page-wide, while the map is on the page (see onPage).
    new PageEventsController(this, (e) => this.onPage(e));
  }

  protected load(src: string, signal: AbortSignal): Promise<MapWidgetData> {
    // In parallel: the map does not wait for the summary, nor the reverse.
    return Promise.all([loadSummary(src, signal), loadMap(src, signal)]).then(([summary, geo]) => ({ summary, geo }));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.hide();
  }

  private s(key: SubKey<'map'>, params?: Record<string, string>): string {
    return t(this.locale.lang, `map.${key}`, params);
  }

  /** The map's strings and the shared ones, for the functions that write its parts. */
  private strs: Pick<PartsContext, 's' | 'str'> = { s: (k, p) => this.s(k, p), str: (k) => this.str(k) };

  private derive(data: MapWidgetData): Derived {
    const intl = this.locale.intl;
    if (this.derived?.data === data && this.derived.intl === intl) return this.derived;
    return (this.derived = deriveMap(data, intl));
  }

  protected renderSkeleton(): TemplateResult {
    return this.renderMap();
  }

  protected renderReady(data: MapWidgetData): TemplateResult {
    return this.renderMap(this.derive(data));
  }

  /**
   * The widget, or without `d` its skeleton: the ready layout with its texts
   * masked (no ids), i.e. the map's box from the viewBox's aspect ratio, the
   * legend of this mode, the supporters without a country (as the shipped
   * dataset has them, see NO_COUNTRY_PLACEHOLDER) and the table toggle, so
   * nothing below the map moves when the data arrives.
   */
  private renderMap(d?: Derived): TemplateResult {
    const { lang, dir, intl } = this.locale;
    const nf = numberFormat(intl);
    const all = this.mode === 'all';
    const open = this.tableOpen;
    const parts: PartsContext = {
      d,
      all,
      open,
      nf,
      ...this.strs,
      toggle: () => (this.tableOpen = !this.tableOpen),
    };
    const below = renderBelow(parts);
    if (!d) {
      return html`<div part="base" class="base" lang=${lang} dir=${dir} aria-busy="true">
        <div part="map" class="frame"><span class="skeleton world" aria-hidden="true"></span></div>
        <div aria-hidden="true">${below}</div>
      </div>`;
    }
    const { geo } = d.data;
    const label = this.s(all ? 'label.all' : 'label.states', {
      n: nf.format(all ? d.rows.length : d.rows.filter((r) => r.counts.state).length),
    });
    const hl = this.tipId ?? this.current;
    const [name, ...lines] = this.tipId ? tipLines(this.derived!, this.tipId, this.locale.intl, this.strs) : [];
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
        @blur=${() => this.tipSource === 'key' && this.hide()}
        @pointerdown=${() => {
          this.pointerFocus = true;
          setTimeout(() => (this.pointerFocus = false), 0);
        }}
      >
        <svg
          class="world ${all ? 'all' : 'states'}"
          viewBox="0 0 ${geo.viewBox.join(' ')}"
          aria-hidden="true"
          focusable="false"
          @pointerover=${this.onPointer}
          @pointermove=${this.onPointer}
          @pointerleave=${this.onPointer}
          @click=${this.onClick}
        >
          ${renderWorld(d, all, hl)}
        </svg>
      </div>
      <p id="help" class="sr-only">${this.s('help')}</p>
      <div class="sr-only" aria-live="polite">${this.announcement}</div>
      ${below}
      ${renderTable({ ...parts, d })}
      ${renderTip(name, lines, this.onTip)}
    </div>`;
  }

  /** Shows, places or hides the tooltip after each render. */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const tip = this.renderRoot.querySelector<HTMLElement>('.tip');
    // In the top layer where popovers are supported (else `hidden` shows and hides it); shown again at
    // the end of the stack, above any popover the page opened since.
    if (tip?.togglePopover && tip.matches(':popover-open') !== !!this.tipId) tip.togglePopover();
    this.placeTip();
  }

  /**
   * Above the box the tooltip points at (the pointer, or the country's main
   * shape for the keyboard), centred, kept inside the viewport; below it
   * when there is no room above.
   */
  private placeTip(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tip');
    const id = this.tipId;
    const d = this.derived;
    if (!tip || !id || !d) return;
    const { x, y } = this.pointer;
    let anchor: Box = { left: x, top: y - 4, right: x, bottom: y + 18 };
    if (this.tipSource === 'key') {
      const m = d.markers.get(id);
      const box = m ? [m.x - 5, m.y - 5, m.x + 5, m.y + 5] : mainBox(d.shapes.get(id) ?? '');
      const ctm = this.renderRoot.querySelector('svg')?.getScreenCTM();
      if (!box || !ctm) return;
      const a = new DOMPoint(box[0], box[1]).matrixTransform(ctm);
      const b = new DOMPoint(box[2], box[3]).matrixTransform(ctm);
      anchor = { left: Math.min(a.x, b.x), top: Math.min(a.y, b.y), right: Math.max(a.x, b.x), bottom: Math.max(a.y, b.y) };
    }
    placeTooltip(tip, anchor);
  }

  private show(id: string, source: TipSource): void {
    clearTimeout(this.hideTimer);
    this.tipSource = source;
    this.tipId = id;
    // Same country, new pointer position: no render, so place it now.
    this.placeTip();
  }

  /** Hides the tooltip, or with `later`, after a moment (so a mouse can reach the tooltip itself). */
  private hide = (later?: boolean): void => {
    clearTimeout(this.hideTimer);
    if (later) this.hideTimer = window.setTimeout(this.hide, HIDE_DELAY);
    else this.tipId = null;
  };

  // The tooltip itself can be reached by a mouse: entering it keeps it, leaving it hides it.
  private onTip = (e: PointerEvent): void => {
    if (this.tipSource !== 'pointer') return;
    if (e.type === 'pointerenter') clearTimeout(this.hideTimer);
    else this.hide(true);
  };

  // Mouse and pen: hover shows, leaving hides (after a moment, so the tooltip itself can be reached).
  private onPointer = (e: PointerEvent): void => {
    const pointing = this.tipSource === 'pointer';
    const { type } = e;
    if (e.pointerType === 'touch' || (type === 'pointermove' && !(pointing && this.tipId))) return;
    if (type !== 'pointerleave') this.pointer = e;
    const id = type === 'pointerover' && (e.target as SVGElement).dataset.id;
    if (id) this.show(id, 'pointer');
    else if (type === 'pointermove') this.placeTip();
    else if (pointing) this.hide(true);
  };

  // Tap (and click): shows the country's tooltip, or closes it when tapped again or on the sea.
  private onClick = (e: PointerEvent): void => {
    // Shapes and circles carry their country as `data-id` (the highlight and plain land let events through).
    const id = (e.target as SVGElement).dataset.id;
    if (id && this.derived?.order.includes(id)) this.current = id;
    if (!id || (this.tipId === id && this.tipSource === 'tap')) return this.hide();
    this.pointer = e;
    this.show(id, e.pointerType === 'mouse' ? 'pointer' : 'tap');
  };

  /**
   * Page-wide, while a tooltip shows: a press outside the map hides it;
   * Escape hides a hover one wherever focus is (WCAG 1.4.13); scrolling and
   * resizing move a keyboard one and hide the others.
   */
  private onPage = (e: Event): void => {
    const { type } = e;
    const key = this.tipSource === 'key';
    if (!this.tipId) return;
    if (type === 'pointerdown') {
      if (!e.composedPath().includes(this)) this.hide();
    } else if (type === 'keydown') {
      if ((e as KeyboardEvent).key === 'Escape' && !key) this.hide();
    } else if (key) this.placeTip();
    else this.hide();
  };

  private onFocus = (): void => {
    const order = this.derived?.order;
    // Focus that follows a click is not keyboard focus: no tooltip for the "current" country.
    if (this.pointerFocus || !order?.length) return;
    // The country the keyboard was on, else the first: shown and said.
    this.say(order[Math.max(0, order.indexOf(this.current!))]);
  };

  /** The keyboard is on country `id`: its tooltip, and its lines in the live region. */
  private say(id: string): void {
    this.show((this.current = id), 'key');
    // The same text twice in a row is not re-read by every screen reader: vary it invisibly.
    const text = tipLines(this.derived!, id, this.locale.intl, this.strs).join(' · ');
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
  }

  private onKeyDown = (e: KeyboardEvent): void => {
    const d = this.derived;
    const order = d?.order ?? [];
    const n = order.length;
    const { key } = e;
    if (!n || e.altKey || e.ctrlKey || e.metaKey) return;
    if (key === 'Escape') {
      if (this.tipId) {
        e.preventDefault();
        e.stopPropagation();
        this.hide();
      }
      return;
    }
    const i = Math.max(0, order.indexOf(this.current!));
    // Arrows left and right follow the reading direction; Enter and Space show the current country.
    const back = this.locale.dir === 'rtl' ? 1 : -1;
    const move = (
      {
        ArrowDown: 1,
        ArrowUp: -1,
        ArrowRight: -back,
        ArrowLeft: back,
        Home: -n,
        End: n,
        PageDown: 10,
        PageUp: -10,
        Enter: 0,
        ' ': 0,
      } as Record<string, number>
    )[key];
    // Else type-ahead: the next country whose name starts with the letter.
    const next =
      typeof move === 'number'
        ? Math.max(0, Math.min(n - 1, i + move))
        : typeAhead(
            order.map((id) => d!.byId.get(id)!.name),
            i,
            key,
            this.locale.intl,
          );
    if (next < 0) return;
    e.preventDefault();
    this.say(order[next]);
  };
}
