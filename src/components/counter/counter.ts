import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ParisCallElement } from '../../core/base-element.js';
import { countPhrase, formatDate, numberFormat } from '../../core/intl.js';
import { loadSummary } from '../../data/loader.js';
import { officialListIn, OFFICIAL_LIST_URL } from '../../data/official-list.js';
import { CATEGORIES, type CategoryKey, type Summary } from '../../data/types.js';
import { themeStyles } from '../../core/theme.styles.js';
import { counterStyles } from './counter.styles.js';

export type CounterCategory = 'all' | Exclude<CategoryKey, 'uncategorized'>;
export type CounterLayout = 'full' | 'compact';

const COUNT_UP_MS = 900;

/**
 * How many supporters the Paris Call has: the total, or one category, with
 * the date of the register and a link to the official list.
 *
 * @tagname paris-call-counter
 * @summary Signatory counter of the Paris Call.
 *
 * @slot - Fallback content (e.g. the figures as static text), shown until the live figures are ready.
 *
 * @csspart base - The card.
 * @csspart label - The caption above the number.
 * @csspart number - The big number.
 * @csspart breakdown - The list of counts by category (`layout="full"`).
 * @csspart footer - The "as of" date and the link.
 * @csspart link - The link to the official list of supporters.
 * @csspart error - The error state.
 * @csspart retry - The "try again" button of the error state.
 *
 * @cssprop --paris-call-accent - Colour of the number and links.
 * @cssprop --paris-call-surface - Background.
 * @cssprop --paris-call-text - Text colour.
 * @cssprop --paris-call-muted - Secondary text colour.
 * @cssprop --paris-call-border - Border colour.
 * @cssprop --paris-call-radius - Corner radius.
 * @cssprop --paris-call-font-family - Font (inherits the page's by default).
 * @cssprop --paris-call-counter-size - Size of the big number (default 2.75em).
 *
 * @fires paris-call-load - The data is loaded and shown.
 * @fires paris-call-error - The data could not be loaded; `detail.code` says why.
 */
export class ParisCallCounter extends ParisCallElement<Summary> {
  static override styles = [themeStyles, counterStyles];

  /** Which count: `all` (default) or one category. */
  @property({ reflect: true }) category: CounterCategory = 'all';

  /** `full` (number, breakdown by category, date, link) or `compact` (number and caption). */
  @property({ reflect: true }) layout: CounterLayout = 'full';

  /** Turns off the count-up animation (played only when the reader scrolls to the counter; always off under `prefers-reduced-motion`). */
  @property({ type: Boolean, attribute: 'no-animation' }) noAnimation = false;

  /** The figure on screen during the count-up; null when showing the final figure. */
  @state() private shown: number | null = null;

  private animated = false;
  private frame = 0;

  protected load(src: string, signal: AbortSignal) {
    return loadSummary(src, signal);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('scroll', this.onScroll, true);
    cancelAnimationFrame(this.frame);
  }

  private value(summary: Summary): number {
    return this.category === 'all' ? summary.counts.total : (summary.counts.byCategory[this.category] ?? 0);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The real figure stays on screen until the reader scrolls the counter
    // into view: a printed page, or one captured full-length without
    // scrolling (archives, screenshot services), shows it, never a 0. Only a
    // scroll starts the count-up, so a window resized to the whole page does not.
    if (this.status === 'ready' && !this.animated) {
      this.animated = true;
      const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
      if (!this.noAnimation && !reduced && !this.hasFallback && !this.wasPrerendered && !this.inView())
        addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    }
  }

  /**
   * On screen when the data arrives (above the fold at page load): the figure
   * shows at once, as fast and as still as static HTML would. Only a counter
   * further down the page counts up, when the reader scrolls to it.
   */
  private inView(): boolean {
    const r = this.getBoundingClientRect();
    return r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  }

  /**
   * Counts up once, when a scroll first brings the counter into view. Never
   * when the host wrote fallback figures or the counter was pre-rendered (the
   * count-up would show a lower figure than the one already on screen), never
   * under reduced motion.
   */
  private onScroll = (): void => {
    const summary = this.dataTask.value;
    if (!summary || !this.inView()) return;
    removeEventListener('scroll', this.onScroll, true);
    const target = this.value(summary);
    const start = performance.now();
    const step = (now: number) => {
      const p = Math.min(1, (now - start) / COUNT_UP_MS);
      const eased = 1 - (1 - p) ** 3;
      this.shown = p >= 1 ? null : Math.max(this.shown ?? 0, Math.round(target * eased));
      if (p < 1) this.frame = requestAnimationFrame(step);
    };
    this.frame = requestAnimationFrame(step);
  };

  protected renderSkeleton() {
    return this.renderCard(null);
  }

  protected renderReady(summary: Summary) {
    return this.renderCard(summary);
  }

  private renderCard(summary: Summary | null) {
    const { lang, intl, dir } = this.locale;
    const nf = numberFormat(intl);
    const full = this.layout === 'full';
    const label = this.category === 'all' ? this.str('counter.label') : this.str(`category.${this.category}`);
    const skeleton = (text: string) => html`<span class="skeleton" aria-hidden="true">${text}</span>`;
    const final = summary ? this.value(summary) : 0;
    // The final figure is in the DOM from the start for assistive technology;
    // the animated digits are hidden from it, so nothing is announced per frame.
    const number = !summary
      ? skeleton(nf.format(1234))
      : this.shown === null
        ? html`<data value=${final}>${nf.format(final)}</data>`
        : html`<span class="sr-only">${nf.format(final)}</span><span aria-hidden="true">${nf.format(this.shown)}</span>`;
    const asOf = summary ? formatDate(intl, summary.asOf) : null;
    return html`<section part="base" class="base" lang=${lang} dir=${dir} aria-busy=${summary ? 'false' : 'true'}>
      <p part="label" class="label">${label}</p>
      <p part="number" class="number">${number}</p>
      ${full && this.category === 'all' ? this.renderBreakdown(summary) : nothing}
      ${
        full || this.category !== 'all'
          ? html`<p part="footer" class="footer muted">
            ${asOf ? this.str('asOf', { date: asOf }) : skeleton(this.str('asOf', { date: formatDate(intl, '2025-12-25') }))}
            · <a part="link" href=${officialListIn(summary?.officialListUrl ?? OFFICIAL_LIST_URL, lang)} target="_blank" rel="noopener">${this.str('officialList')}</a>
          </p>`
          : nothing
      }
    </section>`;
  }

  private renderBreakdown(summary: Summary | null) {
    const nf = numberFormat(this.locale.intl);
    // Every row, even at zero, so the skeleton has the final height.
    // The figure with its noun, as the language counts ("81 states", "81か国", "市民社会の391団体").
    const rows = CATEGORIES.map((c) => {
      const n = summary?.counts.byCategory[c];
      return [n, ...countPhrase(this.locale.lang, this.str(`count.${c}`), n ?? 100)] as const;
    });
    // Figures in a column when every phrase starts with its figure; running text otherwise.
    return html`<ul part="breakdown" class=${rows.every((r) => !r[1]) ? 'lead' : ''}>
      ${rows.map(
        ([n, before, after]) =>
          html`<li>
            ${before}<span class="n">${n === undefined ? html`<span class="skeleton" aria-hidden="true">000</span>` : nf.format(n)}</span>${after}
          </li>`,
      )}
    </ul>`;
  }
}
