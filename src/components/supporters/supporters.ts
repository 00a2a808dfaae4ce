import { safeHref } from '../../core/safe-url.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { WindowedListController } from '../../controllers/windowed-list.js';
import { ParisCallElement } from '../../core/base-element.js';
import { countryName, formatDate, numberFormat } from '../../core/intl.js';
import { t, type SubKey } from '../../i18n/registry.js';
import { themeStyles } from '../../core/theme.styles.js';
import { loadRegister, loadSummary } from '../../data/loader.js';
import { officialListIn } from '../../data/official-list.js';
import type { CategoryKey, Register, Summary, Supporter } from '../../data/types.js';
import { badgeSnippet } from './badge-snippet.js';
import { supportersCsv } from './csv.js';
import { buildIndex, countryOptions, filterSupporters, sortedOrder, type SortKey, type SupporterIndex } from './search.js';
import { supportersStyles } from './supporters.styles.js';

export interface SupportersData {
  summary: Summary;
  register: Register;
  /** Normalised search keys and sort orders, built once per register and shared by every list on the page. */
  index: SupporterIndex;
}

export type SupportersSort = SortKey;

/** The effective criteria and the supporters they show, for one index, locale and query. */
interface Filtered {
  key: string;
  index: SupporterIndex;
  sort: SortKey;
  category: CategoryKey | '';
  country: string;
  view: Supporter[];
}

// One index per register object: the loader shares the register, so do we.
const indexes = new WeakMap<Register, SupporterIndex>();

export { badgeSnippet };
export { safeHref };

/**
 * The whole register of supporters of the Paris Call: search as you type
 * (accents, case and full-width forms ignored), filters by category and
 * country, sort by name or by date signed, a CSV download of the current
 * view, and a "copy badge code" button per supporter. The list is
 * windowed: only the rows in view (and a few beyond) are in the DOM, so a
 * register of any size scrolls smoothly. Rows have one height per layout;
 * a name or detail line too long for it is cut visually (the full text stays
 * in the DOM for screen readers) and shown whole while the row is hovered or
 * holds the focus. The rows are one Tab stop: the up and down arrow keys move
 * between rows (to the same link or button), Home and End to the first and
 * last supporter, and Tab leaves the list.
 *
 * @tagname paris-call-supporters
 * @summary Searchable, filterable list of every supporter of the Paris Call.
 *
 * @slot - Fallback content (e.g. a link to the official list), shown until the list is ready.
 *
 * @csspart base - The outer card.
 * @csspart heading - The heading; hidden with `no-heading`.
 * @csspart controls - The search field and the selects.
 * @csspart search - The search input.
 * @csspart category - The category select.
 * @csspart country - The country select.
 * @csspart sort - The sort select.
 * @csspart count - The result count ("12 of 1,222 supporters").
 * @csspart status - The "badge code copied" message.
 * @csspart download - The "Download CSV" button.
 * @csspart list - The scrolling list.
 * @csspart row - Each supporter's row.
 * @csspart name - Each supporter's name.
 * @csspart meta - Each row's category, country and date signed.
 * @csspart website - Each row's website link.
 * @csspart copy - Each row's "copy badge code" button.
 * @csspart empty - The "no supporter matches" message.
 * @csspart footer - The "as of" date and the link to the official list.
 * @csspart link - The link to the official list.
 * @csspart error - The error state.
 * @csspart retry - The "try again" button of the error state.
 *
 * @cssprop --paris-call-accent - Colour of links, buttons and focus rings.
 * @cssprop --paris-call-surface - Background.
 * @cssprop --paris-call-text - Text colour.
 * @cssprop --paris-call-muted - Secondary text and field borders.
 * @cssprop --paris-call-border - Card, list and row borders.
 * @cssprop --paris-call-radius - Corner radius.
 * @cssprop --paris-call-spacing - Padding and gaps (default 1em).
 * @cssprop --paris-call-font-family - Font (inherits the page's by default).
 * @cssprop --paris-call-supporters-height - Height of the scrolling list (default 28em).
 *
 * @fires paris-call-load - The register is loaded and the list shown.
 * @fires paris-call-error - The data could not be loaded; `detail.code` says why.
 */
export class ParisCallSupporters extends ParisCallElement<SupportersData> {
  static override styles = [themeStyles, supportersStyles];

  /** Milliseconds the result count must stay unchanged before screen readers hear it. */
  static announceDelay = 750;

  /** The search text (accents, case and full-width forms ignored; every word must match). */
  @property() query = '';

  /** Only this category (`state`, `public-authority`, `civil-society`, `private-sector`, `uncategorized`); empty for all. */
  @property({ reflect: true }) category: CategoryKey | '' = '';

  /** Only this country (ISO alpha-2, e.g. `FR`), `none` for supporters without a country; empty for all. */
  @property({ reflect: true }) country = '';

  /** `name` (default, A to Z for the language) or `date` (newest signature first, undated last). */
  @property({ reflect: true }) sort: SupportersSort = 'name';

  /** Hides the visible heading (keep your own heading before the element). */
  @property({ type: Boolean, attribute: 'no-heading' }) noHeading = false;

  /** ARIA heading level of the heading (default 2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The count as last given to the polite live region (debounced). */
  @state() private announced?: string;
  /** "Copied" / "could not copy", shown and announced politely. */
  @state() private message?: string;

  private announceTimer?: number;
  private messageTimer?: number;
  private memo?: Filtered;
  /** The rows in sight, and their keyboard model. */
  private list = new WindowedListController<Supporter>(this, (s, tabbable) => this.renderRow(s, tabbable));
  private shownView?: Supporter[];

  protected async load(src: string, signal: AbortSignal): Promise<SupportersData> {
    const [summary, register] = await Promise.all([loadSummary(src, signal), loadRegister(src, signal)]);
    let index = indexes.get(register);
    if (!index) indexes.set(register, (index = buildIndex(register.supporters)));
    return { summary, register, index };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
    clearTimeout(this.messageTimer);
  }

  private s(key: SubKey<'supporters'>, params?: Record<string, string>): string {
    return t(this.locale.lang, `supporters.${key}`, params);
  }

  /**
   * The effective criteria (an unknown category or country, from an attribute
   * typo or another register, means "all") and the supporters shown: filtered,
   * in order. Recomputed only when a criterion, the sort or the locale changes.
   */
  private view(index: SupporterIndex): Filtered {
    const sort: SortKey = this.sort === 'date' ? 'date' : 'name';
    const category = (index.categories as readonly string[]).includes(this.category) ? this.category : '';
    const country =
      this.country === 'none' ? (index.hasNoCountry ? 'none' : '') : index.countries.includes(this.country) ? this.country : '';
    const { query } = this;
    const intl = this.locale.intl;
    const key = [sort, intl, category, country, query].join('\u0000');
    if (this.memo?.index !== index || this.memo.key !== key) {
      this.memo = {
        key,
        index,
        sort,
        category,
        country,
        view: filterSupporters(index, sortedOrder(index, sort, intl), { query, category, country }),
      };
    }
    return this.memo;
  }

  /** "12 of 1,222 supporters"; without an index, with four-digit counts (the skeleton's stand-in). */
  private countText(index?: SupporterIndex): string {
    const nf = numberFormat(this.locale.intl);
    const [shown, total] = index ? [this.view(index).view.length, index.supporters.length] : [8888, 8888];
    return this.s('count', { shown: nf.format(shown), total: nf.format(total) });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.status !== 'ready') return;
    const data = this.dataTask.value!;
    const text = this.countText(data.index);
    // The first count is in the region when it appears (not announced);
    // later ones once the user pauses, not at every keystroke.
    clearTimeout(this.announceTimer);
    if ((this.announced ??= text) !== text) {
      this.announceTimer = window.setTimeout(() => (this.announced = this.countText(data.index)), ParisCallSupporters.announceDelay);
    }
    const { view } = this.view(data.index);
    // A new search, filter or order starts at the top.
    if (this.shownView && view !== this.shownView) this.list.toStart();
    this.shownView = view;
  }
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const list = this.renderRoot.querySelector<HTMLElement>('#list');
    if (list) this.list.sync(list);
  }

  /** The search field and the selects (one listener on their box): each sets the property of its part, `query` for `search`. */
  private onPick = (e: Event) => {
    const { part, value } = e.target as HTMLInputElement;
    Object.assign(this, { [part.value === 'search' ? 'query' : part.value]: value });
  };

  private heading() {
    return html`<div part="heading" id="h" class="heading" role="heading" aria-level=${this.headingLevel} ?hidden=${this.noHeading}>
      ${this.s('title')}
    </div>`;
  }

  /** A labelled control (the search field, a select) or, in the skeleton, its masked box. */
  private field(key: 'search' | 'category' | 'country' | 'sort', control: TemplateResult) {
    return html`<label class="field ${key}"><span>${this.s(key)}</span>${control}</label>`;
  }

  protected renderSkeleton(): TemplateResult {
    const { lang, dir, intl } = this.locale;
    // Masked texts as long as the ready ones (four-digit counts, a date in the
    // locale's format) and the same boxes, empty status included: the bar and
    // the footer wrap onto as many lines as they will once ready.
    return html`<section part="base" class="base" lang=${lang} dir=${dir} aria-busy="true">
      ${this.heading()}
      <div part="controls" class="controls" aria-hidden="true">
        ${(['search', 'category', 'country', 'sort'] as const).map((k) => this.field(k, html`<span class="skeleton"></span>`))}
      </div>
      <div class="bar" aria-hidden="true">
        <p part="count" class="count"><span class="skeleton">${this.countText()}</span></p>
        <p part="status" class="status"></p>
        <button part="download" type="button" disabled tabindex="-1">${this.s('download')}</button>
      </div>
      <div class="frame" aria-hidden="true">
        <div part="list" class="list">${[...Array(12)].map(() => html`<div class="skeleton line"></div>`)}</div>
      </div>
      <p part="footer" class="footer muted"><span class="skeleton">${this.str('asOf', { date: formatDate(intl, '2025-12-25') })} · ${this.str('officialList')}</span></p>
    </section>`;
  }

  protected renderReady({ summary, register, index }: SupportersData): TemplateResult {
    const { lang, intl, dir } = this.locale;
    const { view, sort, category, country } = this.view(index);
    this.list.span(view);
    const official = officialListIn(summary.officialListUrl, lang);
    const select = (key: 'category' | 'country' | 'sort', selected: string, options: (readonly [string, string])[]) =>
      this.field(
        key,
        html`<select part=${key} aria-controls="list">
          ${options.map(([value, text]) => html`<option value=${value} .selected=${value === selected}>${text}</option>`)}
        </select>`,
      );
    return html`<section part="base" class="base" lang=${lang} dir=${dir}>
      ${this.heading()}
      <div part="controls" class="controls" @input=${this.onPick} @change=${this.onPick}>
        ${this.field(
          'search',
          html`<input part="search" type="search" autocomplete="off" spellcheck="false" enterkeyhint="search" aria-controls="list" .value=${this.query} />`,
        )}
        ${select('category', category, [['', this.s('allCategories')], ...index.categories.map((c) => [c, this.str(`category.${c}`)] as const)])}
        ${select('country', country, [['', this.s('allCountries')], ...(index.hasNoCountry ? [['none', this.s('noCountry')] as const] : []), ...countryOptions(index, intl)])}
        ${select('sort', sort, [
          ['name', this.s('sortName')],
          ['date', this.s('sortDate')],
        ])}
      </div>
      <div class="bar">
        <p part="count" class="count" id="count">${this.countText(index)}</p>
        <p part="status" class="status" role="status">${this.message}</p>
        <button part="download" type="button" @click=${this.download}>${this.s('download')}</button>
      </div>
      <div class="sr-only" aria-live="polite" aria-atomic="true">${this.announced}</div>
      <div class="frame">
        <div part="list" class="list" id="list" role="list" tabindex="0" aria-label=${this.s('list')} aria-describedby="count" @scroll=${this.list.onScroll} @keydown=${this.list.onKey} @focusin=${this.list.onFocus}></div>
        ${view.length ? nothing : html`<p part="empty" class="empty">${this.s('empty')}</p>`}
      </div>
      <p part="footer" class="footer muted">
        ${this.str('asOf', { date: formatDate(intl, register.asOf) })} ·
        <a part="link" href=${official} target="_blank" rel="noopener">${this.str('officialList')}</a>
      </p>
    </section>`;
  }

  /** A row's content (its listitem is made in `updated()`). */
  private renderRow(s: Supporter, tabbable: boolean): TemplateResult {
    const intl = this.locale.intl;
    const href = safeHref(s.website);
    const website = this.s('website');
    const copy = this.s('copy');
    const label = (action: string) => this.s('labelFor', { action, name: s.name });
    return html`<div part="row" class="row">
      <span part="name" class="name"><bdi>${s.name}</bdi></span>
      <span part="meta" class="meta"
        ><span>${this.str(`type.${s.category}`)}</span> · <span>${s.country ? countryName(intl, s.country) : this.s('noCountry')}</span>${
          s.dateSigned ? html` · <span>${this.s('signed', { date: formatDate(intl, s.dateSigned, 'medium') })}</span>` : nothing
        }</span
      >
      <span class="actions">
        ${href ? html`<a part="website" href=${href} target="_blank" rel="noopener noreferrer" tabindex=${tabbable ? 0 : -1} aria-label=${label(website)}>${website}</a>` : nothing}
        <button part="copy" type="button" tabindex=${tabbable ? 0 : -1} aria-label=${label(copy)} @click=${(e: Event) => this.copy(s, e.currentTarget as HTMLElement)}>${copy}</button>
      </span>
    </div>`;
  }

  /** Copies the badge snippet: the async clipboard, else a selected hidden textarea and `execCommand('copy')`. */
  private async copy(s: Supporter, button: HTMLElement): Promise<void> {
    const text = badgeSnippet(s.id);
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      const area = Object.assign(document.createElement('textarea'), { value: text, readOnly: true, className: 'sr-only' });
      area.setAttribute('aria-hidden', 'true');
      this.renderRoot.appendChild(area);
      area.focus();
      area.select();
      try {
        ok = document.execCommand('copy');
      } catch {
        // ok stays false
      }
      area.remove();
      if (button.isConnected) button.focus();
    }
    this.message = this.s(ok ? 'copied' : 'copyFailed', { name: s.name });
    clearTimeout(this.messageTimer);
    this.messageTimer = window.setTimeout(() => (this.message = ''), 8000);
  }

  /** Downloads the current view as CSV (UTF-8 with a byte-order mark, for spreadsheets). */
  private download = () => {
    const data = this.dataTask.value;
    if (!data) return;
    const url = URL.createObjectURL(
      new Blob(['\uFEFF', supportersCsv(this.view(data.index).view, this.locale.intl)], { type: 'text/csv;charset=utf-8' }),
    );
    const a = Object.assign(document.createElement('a'), {
      href: url,
      download: `paris-call-supporters-${data.register.asOf}.csv`,
      hidden: true,
    });
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
}
