import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ParisCallElement } from '../../core/base-element.js';
import { fillerText } from '../../core/filler.js';
import { countPhrase, formatDate, numberFormat } from '../../core/intl.js';
import { themeStyles } from '../../core/theme.styles.js';
import { loadSummary, loadTexts } from '../../data/loader.js';
import { localeData } from '../../i18n/registry.js';
import { CATEGORIES, type Milestone, type MilestoneSource } from '../../data/types.js';
import { renderChart } from './chart.js';
import { fillParts, formatPublished, languageName, safeHref, str } from './format.js';
import { byDate, growth, type Growth } from './growth.js';
import { SKELETON_MILESTONES } from './timeline.skeleton.js';
import { timelineStyles } from './timeline.styles.js';
import type { TimelineKey } from './format.js';

export type TimelineOrientation = 'vertical' | 'horizontal';

/** Milestone kinds with a label of their own; any other kind gets the neutral "Milestone". */
export const TIMELINE_MILESTONE_KINDS = ['launch', 'anniversary', 'state-joins', 'organization-joins', 'register-snapshot'] as const;
/** Source kinds with a label of their own; any other kind is named "Source". */
export const TIMELINE_SOURCE_KINDS = ['press-article', 'register', 'web-page', 'document'] as const;

/** What a milestone's list item shows (its skeleton shows the same, masked). */
interface ItemView {
  date: string;
  kind: string;
  text: string;
  textLang?: string | typeof nothing;
  /** Label and figure of each count reported. */
  /** The count phrase's forms (`count.*`) and the figure. */
  counts: [string, number][];
  /** The content of each source's list item. */
  sources: unknown[];
  /** Whether the text is a project translation (the note says so). */
  note: boolean;
}

interface TimelineData {
  milestones: Milestone[];
  growth: Growth;
}

// The viewBox follows the chart's width in 16px-font units, within these bounds.
const MIN_VB = 288;
const MAX_VB = 1000;
const DEFAULT_VB = 640;

/**
 * The story of the Paris Call from its launch at UNESCO on 12 November 2018
 * to the latest register snapshot: a growth line of the supporters (the
 * figures reported on the day as marked points, the register's total, and
 * the register rows that carry a signing date as a separate series), then
 * every milestone of the dataset with its date, text, the counts reported
 * that day and its sources. Milestones added to the dataset appear without
 * a code change; unknown kinds get a neutral label.
 *
 * Semantically an ordered list of milestones, each with a `<time>`.
 * Vertical by default; `orientation="horizontal"` lays the milestones side
 * by side in a scrollable, snapping row (a keyboard-focusable region), which
 * falls back to the vertical layout when the `base` part's content box is
 * narrower than 40em (a CSS container query: no script involved).
 *
 * @tagname paris-call-timeline
 * @summary Timeline of the Paris Call, with a growth line of its supporters.
 *
 * @slot - Fallback content (e.g. the milestones as static text), shown until the timeline is ready.
 *
 * @csspart base - The outer wrapper (the container of the layout's container query).
 * @csspart heading - The heading ("The Paris Call over time"); hidden with `no-heading`.
 * @csspart chart - The growth chart's figure.
 * @csspart chart-svg - The chart's `<svg>`.
 * @csspart legend - The chart's legend.
 * @csspart chart-note - The note on the dated register rows under the chart.
 * @csspart list - The ordered list of milestones (the scroller in the horizontal layout).
 * @csspart item - Each milestone (`<li>`, with a `data-kind` attribute).
 * @csspart header - Each milestone's heading (date and kind).
 * @csspart date - Each milestone's `<time>`.
 * @csspart kind - Each milestone's kind label.
 * @csspart text - Each milestone's text.
 * @csspart counts - The counts reported on the day.
 * @csspart sources - Each milestone's sources.
 * @csspart source-link - Each link to a source.
 * @csspart note - The "unofficial translation" notes.
 * @csspart error - The error state.
 * @csspart retry - The "try again" button of the error state.
 *
 * @cssprop --paris-call-accent - Colour of the line, points, dots and links.
 * @cssprop --paris-call-surface - Background.
 * @cssprop --paris-call-text - Text colour.
 * @cssprop --paris-call-muted - Secondary text, the dated series and the notes.
 * @cssprop --paris-call-border - Borders, the rail and the chart's grid.
 * @cssprop --paris-call-radius - Corner radius.
 * @cssprop --paris-call-spacing - Spacing (default 1em).
 * @cssprop --paris-call-font-family - Font (inherits the page's by default).
 * @cssprop --paris-call-timeline-item-width - Width of a milestone in the horizontal layout (default 20em).
 *
 * @fires paris-call-load - The timeline is shown.
 * @fires paris-call-error - The data could not be loaded; `detail.code` says why.
 */
export class ParisCallTimeline extends ParisCallElement<TimelineData> {
  static override styles = [themeStyles, timelineStyles];

  /**
   * `vertical` (default) or `horizontal` (milestones side by side, scrolling
   * sideways). Horizontal falls back to vertical in containers under 40em.
   */
  @property({ reflect: true }) orientation: TimelineOrientation = 'vertical';

  /** ARIA heading level of the heading (default 2); each milestone's date heading is one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Hides the visible heading (keep your own heading before the element). */
  @property({ type: Boolean, attribute: 'no-heading' }) noHeading = false;

  /** The chart's viewBox width, from its measured width (so its text keeps the page's size). */
  @state() private chartWidth = DEFAULT_VB;

  private resizeObserver?: ResizeObserver;
  private observed?: Element;
  private resizeFrame = 0;

  protected async load(src: string, signal: AbortSignal): Promise<TimelineData> {
    const [summary, texts] = await Promise.all([loadSummary(src, signal), loadTexts(src, signal)]);
    const milestones = [...texts.milestones].sort(byDate);
    return { milestones, growth: growth(summary, milestones, texts.signedByDate) };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reattached: observe the chart again at the next update.
    this.observed = undefined;
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.resizeFrame);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const box = this.renderRoot.querySelector('.chart-box') ?? undefined;
    if (box === this.observed) return;
    this.resizeObserver?.disconnect();
    this.observed = box;
    if (!box || typeof ResizeObserver === 'undefined') return;
    this.resizeObserver ??= new ResizeObserver((entries) => this.measure(entries));
    this.resizeObserver.observe(box);
  }

  /**
   * Sizes the viewBox to the chart's width in units of a 16px font, so axis
   * labels render at about the page's text size on a phone and a desktop
   * alike. Applied on the next frame: changing the chart's height inside
   * the observer's callback would loop.
   */
  private measure(entries: ResizeObserverEntry[]): void {
    const { contentRect, target } = entries[entries.length - 1]!;
    const width = contentRect.width;
    if (!(width > 0)) return;
    const font = parseFloat(getComputedStyle(target).fontSize) || 16;
    const vb = Math.min(MAX_VB, Math.max(MIN_VB, Math.round((width * 16) / font / 4) * 4));
    cancelAnimationFrame(this.resizeFrame);
    this.resizeFrame = requestAnimationFrame(() => {
      if (vb !== this.chartWidth) this.chartWidth = vb;
    });
  }

  private s(key: TimelineKey, params?: Record<string, string>): string {
    return str(this.locale.lang, key, params);
  }

  private frame(chart: TemplateResult, items: TemplateResult[], busy: boolean): TemplateResult {
    const { lang, dir } = this.locale;
    // The horizontal scroller is a tab stop (keyboard scrolling) once it has milestones to show.
    const scroller = this.orientation === 'horizontal' && !busy;
    return html`<section part="base" class="base" lang=${lang} dir=${dir} aria-busy=${busy}>
      <div part="heading" id="heading" class="heading" role="heading" aria-level=${this.headingLevel} ?hidden=${this.noHeading}>
        ${this.s('title')}
      </div>
      ${chart}
      <ol part="list" class="list" role="list" aria-label=${this.s('list')} tabindex=${scroller ? '0' : nothing}>
        ${items}
      </ol>
    </section>`;
  }

  protected renderSkeleton(): TemplateResult {
    const { lang, intl } = this.locale;
    const chart = renderChart(undefined, { lang, intl, rtl: this.locale.dir === 'rtl', width: this.chartWidth });
    const about = str(lang, 'source.about');
    const items = SKELETON_MILESTONES.map(([date, counts, sources], i) =>
      this.renderItem(i, true, {
        date,
        kind: TIMELINE_MILESTONE_KINDS[i]!,
        text: fillerText(lang, localeData(lang).timelineSkeleton[i]!),
        counts: counts.map((c) => [this.countForms(c), 888]),
        sources: sources.map(([kind, chars, language]) =>
          language
            ? fillParts(about, {
                source: this.describeSource({
                  kind,
                  language,
                  published: kind === 'register' ? date : date.slice(0, 7),
                } as MilestoneSource),
                about: fillerText(lang, chars),
              })
            : fillerText(lang, chars),
        ),
        note: lang !== 'en',
      }),
    );
    return this.frame(chart, items, true);
  }

  protected renderReady(data: TimelineData): TemplateResult {
    const { lang, intl } = this.locale;
    const chart = renderChart(data.growth, { lang, intl, rtl: this.locale.dir === 'rtl', width: this.chartWidth });
    return this.frame(
      chart,
      data.milestones.map((m, i) => {
        const text = m.text[lang];
        return this.renderItem(i, false, {
          date: m.date,
          kind: m.kind,
          text,
          // The validator shows English where a locale's text is missing: say so to screen readers.
          textLang: lang !== 'en' && text === m.text.en ? 'en' : nothing,
          counts: (['total', ...CATEGORIES] as const)
            .filter((c) => m.counts[c] !== undefined)
            .map((c) => [this.countForms(c), m.counts[c]!]),
          sources: m.sources.map((src) => {
            const href = safeHref(src.url);
            // A web page needs no more than its link; other kinds say what they are.
            return href
              ? html`<a part="source-link" href=${href} target="_blank" rel="noopener noreferrer"><bdi>${src.label}</bdi></a>${
                  src.kind !== 'web-page' || src.language || src.published
                    ? html`<span class="muted"> — ${this.describeSource(src)}</span>`
                    : nothing
                }`
              : // The label is the publisher's description, in whatever language it was written: isolated for bidi.
                fillParts(str(lang, 'source.about'), {
                  source: this.describeSource(src),
                  about: html`<bdi class="about">${src.label}</bdi>`,
                });
          }),
          note: m.translated.includes(lang),
        });
      }),
      false,
    );
  }

  /** The count phrase's forms for a reported figure (a figure reads with its noun: "81 states"). */
  private countForms(c: 'total' | (typeof CATEGORIES)[number]): string {
    return this.str(`count.${c === 'total' ? 'all' : c}`);
  }

  private kindLabel(kind: string): string {
    return this.s((TIMELINE_MILESTONE_KINDS as readonly string[]).includes(kind) ? (`kind.${kind}` as TimelineKey) : 'kind.other');
  }

  /**
   * A milestone: ready, or (`sk`) its skeleton, with the same layout, its
   * texts masked, hidden from assistive technology and without the parts
   * of what it masks (a page's ::part() styles must not unmask it).
   */
  private renderItem(i: number, sk: boolean, m: ItemView): TemplateResult {
    const mask = (content: unknown) => (sk ? html`<span class="skeleton">${content}</span>` : content);
    const part = (name: string) => (sk ? nothing : name);
    const nf = numberFormat(this.locale.intl);
    return html`<li part="item" class="item" data-kind=${m.kind} aria-hidden=${sk ? 'true' : nothing}>
      <div class="card">
        <div part="header" class="header" role="heading" aria-level=${Math.min(6, this.headingLevel + 1)}>
          <time part=${part('date')} class="date" datetime=${m.date}>${mask(formatDate(this.locale.intl, m.date))}</time>
          <span class="sep" aria-hidden="true"> · </span>
          <span part=${part('kind')} class=${sk ? 'kind skeleton' : 'kind'}>${this.kindLabel(m.kind)}</span>
        </div>
        <p part=${part('text')} class="text" lang=${m.textLang ?? nothing}>${mask(m.text)}</p>
        ${
          m.counts.length
            ? html`<div part=${part('counts')} class="counts">
              <p class="counts-label muted">${mask(this.s('counts'))}</p>
              <ul>
                ${m.counts.map(([forms, n]) => {
                  const [before, after] = countPhrase(this.locale.lang, forms, n);
                  return html`<li>${mask(html`${before}<span class="n">${nf.format(n)}</span>${after}`)}</li>`;
                })}
              </ul>
            </div>`
            : nothing
        }
        ${
          m.sources.length
            ? html`<div part=${part('sources')} class="sources">
              <p class="sources-label muted" id="s${i}">${mask(this.s('sources'))}</p>
              <ul aria-labelledby="s${i}">
                ${m.sources.map((src) => html`<li>${mask(src)}</li>`)}
              </ul>
            </div>`
            : nothing
        }
        ${m.note ? html`<p part=${part('note')} class="note muted">${mask(this.str('unofficialTranslation'))}</p>` : nothing}
      </div>
    </li>`;
  }

  /** "Press article (Hungarian), November 2018". */
  private describeSource(src: MilestoneSource): string {
    const { intl } = this.locale;
    const known = (TIMELINE_SOURCE_KINDS as readonly string[]).includes(src.kind);
    let name = this.s(known ? (`source.${src.kind}` as TimelineKey) : 'source.other');
    if (src.language) name = this.s('source.language', { kind: name, language: languageName(intl, src.language) });
    if (src.published) name = this.s('source.published', { source: name, date: formatPublished(intl, src.published) });
    return name;
  }
}
