import { render, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** Rows rendered beyond each edge of the list's viewport (for Tab, and for a fast flick). */
const OVERSCAN = 3;
/**
 * The tallest scroll area the list makes: under every engine's cap on an
 * element's size (Firefox's is about 17.9 M px). A longer list is scaled
 * into it, so every row stays reachable.
 */
const MAX_SCROLL = 15e6;

/** The window to render: rows `[first, last)` of `view`, the first one's offset, the scroll height, the row at the top. */
export interface ListWindow<T> {
  view: T[];
  first: number;
  last: number;
  offset: number;
  size: number;
  at: number;
}

/** The index in the view of the row holding `el` (its listitem's aria-posinset − 1); NaN outside a row. */
const rowIndex = (el: Element) => Number(el.closest('.slot')?.getAttribute('aria-posinset')) - 1;

/**
 * A windowed list: of a long `view`, only the rows in sight (plus a few)
 * are in the DOM, each a `.slot` listitem keyed by its item, so a row stays
 * the same element while it is in the window (focus stays on it). The list
 * element gets `--_y` (the first row's offset) and `--_size` (the scroll
 * height) for its `::before` spacer and `::after` strut.
 *
 * Also the rows' keyboard model: one Tab stop for the rows (the row last
 * focused, else the first in view), arrow keys, Home and End between rows.
 *
 * The host calls `span(view)` while rendering, `sync(list)` once rendered,
 * and wires `onScroll`, `onKey` and `onFocus` on the list element.
 */
export class WindowedListController<T extends object> implements ReactiveController {
  /** The list's scroll position. */
  private topPx = 0;
  private viewH?: number;
  private rowH?: number;
  /** A scroll position to apply once rendered (new view, or rows of a new height). */
  private pendingTop?: number;
  /** Rows of a new height: the (fractional) row to keep at the top of the view. */
  private anchor?: number;
  win!: ListWindow<T>;
  /** The rendered rows (listitems) by item. */
  private rows = new Map<T, HTMLElement>();
  /** The row last focused: its controls are the list's one Tab stop while it is rendered. */
  private current?: T;
  private resizer?: ResizeObserver;
  private observed: Element[] = [];

  constructor(
    private host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    private renderRow: (item: T, tabbable: boolean) => TemplateResult,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.resizer?.disconnect();
    this.observed = [];
  }

  private set top(v: number) {
    this.topPx = v;
    this.host.requestUpdate();
  }
  private get top(): number {
    return this.topPx;
  }

  /** A new search, filter or order: back to the first row. */
  toStart(): void {
    this.top = this.pendingTop = 0;
  }

  /**
   * Sets the window to render from `view`: the rows in view plus OVERSCAN
   * each side, the first one's offset, and the scroll height (the rows at
   * their measured height, scaled down to MAX_SCROLL if taller).
   */
  span(view: T[]): void {
    const n = view.length;
    const h = this.rowH || 48;
    const c = this.viewH || 480;
    const total = n * h;
    const size = Math.min(total, MAX_SCROLL);
    // Scroll position <-> content offset at the top of the view: 1:1, or scaled when the list is.
    const k = size > c ? (total - c) / (size - c) : 1;
    if (this.anchor !== undefined) this.top = this.pendingTop = (this.anchor * h) / k;
    this.anchor = undefined;
    const y = Math.max(0, Math.min(total - c, this.topPx * k));
    const first = Math.max(0, Math.floor(y / h) - OVERSCAN);
    const last = Math.min(n, Math.ceil((y + c) / h) + OVERSCAN);
    this.win = { view, first, last, offset: this.topPx + first * h - y, size, at: y / h };
  }

  /** Puts the window's rows into `list` (the host calls it after each render). */
  sync(list: HTMLElement): void {
    const { view, first, last, offset, size } = this.win;
    list.style.setProperty('--_size', `${size}px`);
    list.style.setProperty('--_y', `${offset}px`);
    const keep = new Set(view.slice(first, last));
    for (const [s, el] of this.rows) {
      if (keep.has(s) && el.parentNode === list) continue;
      // Scrolled away with the focus in it (Page Down from a button): the focus stays in the list.
      if (el.contains((this.host.renderRoot as ShadowRoot).activeElement)) list.focus({ preventScroll: true });
      el.remove();
      this.rows.delete(s);
    }
    const tabbable = keep.has(this.current!) ? this.current : view[Math.min(last - 1, Math.ceil(this.win.at))];
    let prev: Element | null = null;
    for (let i = first; i < last; i++) {
      const s = view[i];
      let el = this.rows.get(s);
      if (!el) {
        this.rows.set(s, (el = document.createElement('div')));
        el.className = 'slot';
        el.setAttribute('role', 'listitem');
      }
      el.setAttribute('aria-posinset', `${i + 1}`);
      el.setAttribute('aria-setsize', `${view.length}`);
      render(this.renderRow(s, s === tabbable), el);
      // In place unless new, or out of order after a new sort.
      if (!el.parentNode || el.previousElementSibling !== prev) {
        if (prev) prev.after(el);
        else list.prepend(el);
      }
      prev = el;
    }
    if (this.pendingTop !== undefined) list.scrollTop = this.pendingTop;
    this.pendingTop = undefined;
    // Measure the list, and one row (any: they all have the layout's height), whenever either resizes.
    const row = list.querySelector('.slot');
    if (list !== this.observed[0] || (row && !this.observed[1]?.isConnected)) {
      this.resizer ??= new ResizeObserver(this.measure);
      this.resizer.disconnect();
      this.observed = row ? [list, row] : [list];
      for (const e of this.observed) this.resizer.observe(e);
    }
  }

  private measure = () => {
    const [list, row] = this.observed;
    const h = row?.getBoundingClientRect().height;
    // Hidden (0) or empty: keep the last measure.
    if (!h || (h === this.rowH && list.clientHeight === this.viewH)) return;
    // Rows of a new height: stay on the same row.
    if (this.rowH) this.anchor = this.win.at;
    this.rowH = h;
    this.viewH = list.clientHeight;
    this.host.requestUpdate();
  };

  onScroll = (e: Event) => {
    this.top = (e.target as HTMLElement).scrollTop;
  };

  /** Arrow keys, Home and End in a row: the same control of the next, previous, first or last row. */
  onKey = async (e: KeyboardEvent) => {
    const { view } = this.win;
    const from = e.target as Element;
    const i = rowIndex(from);
    const j = ({ ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: view.length - 1 } as Record<string, number>)[e.key];
    if (!(i >= 0 && view[j])) return;
    e.preventDefault();
    // Not rendered (Home, End): scroll there first.
    if (!this.rows.has(view[j])) {
      this.top = this.pendingTop = j && this.win.size - (e.currentTarget as HTMLElement).clientHeight;
      await this.host.updateComplete;
    }
    const row = this.rows.get(view[j]);
    (row?.querySelector<HTMLElement>(`[part=${from.getAttribute('part')}]`) ?? row?.querySelector<HTMLElement>('[part=copy]'))?.focus();
  };

  /** A row's control took the focus: that row is the Tab stop. */
  onFocus = (e: FocusEvent) => {
    const i = rowIndex(e.target as Element);
    if (i >= 0 && this.win.view[i] !== this.current) {
      this.current = this.win.view[i];
      this.host.requestUpdate();
    }
  };
}
