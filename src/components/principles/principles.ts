import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { ParisCallElement } from '../../core/base-element.js';
import { themeStyles } from '../../core/theme.styles.js';
import { loadTexts } from '../../data/loader.js';
import type { Principle } from '../../data/types.js';
import { principleStyles } from '../principle/principle.styles.js';
import { renderPrinciple, renderPrincipleSkeleton } from '../principle/render.js';

export type PrinciplesLayout = 'grid' | 'list';

const styles = css`
  /* The wrapper keeps the theme's surface so the heading stays readable on any page. */
  .base.wrap {
    border: 0;
    padding: 0;
  }
  .heading {
    margin: 0 0 0.75em;
    font-size: 1.35em;
    font-weight: 700;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  :host([layout='grid']) ol {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--paris-call-principles-min-width, 16em)), 1fr));
  }
  li {
    min-width: 0;
  }
  .item {
    font: inherit;
    line-height: inherit;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
`;

/**
 * The nine principles of the Paris Call, as a grid of cards or a list.
 * Semantically an ordered list.
 *
 * @tagname paris-call-principles
 * @summary All nine principles of the Paris Call.
 *
 * @slot - Fallback content (e.g. the principles as static text), shown until the cards are ready.
 *
 * @csspart base - The outer wrapper.
 * @csspart heading - The heading ("The nine principles of the Paris Call"); hidden with `no-heading`.
 * @csspart list - The ordered list.
 * @csspart card - Each principle's card.
 * @csspart number - "Principle N" on each card.
 * @csspart title - Each short title.
 * @csspart text - Each full text.
 * @csspart note - The "unofficial translation" notes.
 * @csspart error - The error state.
 * @csspart retry - The "try again" button of the error state.
 *
 * @cssprop --paris-call-accent - Colour of the numbers.
 * @cssprop --paris-call-surface - Card background.
 * @cssprop --paris-call-text - Text colour.
 * @cssprop --paris-call-border - Card border colour.
 * @cssprop --paris-call-radius - Card corner radius.
 * @cssprop --paris-call-spacing - Gap between and inside cards (default 1em).
 * @cssprop --paris-call-principles-min-width - Narrowest grid column (default 16em).
 *
 * @fires paris-call-load - The principles are shown.
 * @fires paris-call-error - The data could not be loaded; `detail.code` says why.
 */
export class ParisCallPrinciples extends ParisCallElement<Principle[]> {
  static override styles = [themeStyles, principleStyles, styles];

  /** `grid` (default: cards in as many columns as fit) or `list` (one column). */
  @property({ reflect: true }) layout: PrinciplesLayout = 'grid';

  /** Hides the visible heading (keep your own heading before the element). */
  @property({ type: Boolean, attribute: 'no-heading' }) noHeading = false;

  /** ARIA heading level of the heading (default 2); card titles are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected async load(src: string, signal: AbortSignal) {
    return (await loadTexts(src, signal)).principles;
  }

  private frame(items: unknown[]) {
    const { lang, dir } = this.locale;
    return html`<section part="base" class="base wrap" lang=${lang} dir=${dir}>
      <div part="heading" id="h" class="heading" role="heading" aria-level=${this.headingLevel} ?hidden=${this.noHeading}>
        ${this.str('principles.title')}
      </div>
      <ol part="list">
        ${items.map((item) => html`<li>${item}</li>`)}
      </ol>
    </section>`;
  }

  protected renderSkeleton() {
    return this.frame([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => renderPrincipleSkeleton(this.locale, n, 'item')));
  }

  protected renderReady(principles: Principle[]) {
    const level = Math.min(6, this.headingLevel + 1);
    return this.frame(principles.map((p) => renderPrinciple(p, this.locale, level, 'item')));
  }
}
