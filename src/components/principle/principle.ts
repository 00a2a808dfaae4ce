import { property } from 'lit/decorators.js';
import { NotFoundError, ParisCallElement } from '../../core/base-element.js';
import { themeStyles } from '../../core/theme.styles.js';
import { loadTexts } from '../../data/loader.js';
import type { Principle } from '../../data/types.js';
import { principleStyles } from './principle.styles.js';
import { renderPrinciple, renderPrincipleSkeleton } from './render.js';

/**
 * One of the nine principles of the Paris Call: number, short title and
 * full text. English and French are the official texts; other languages
 * are the project's translations and say so on the card.
 *
 * @tagname paris-call-principle
 * @summary One principle of the Paris Call, as a card.
 *
 * @slot - Fallback content (e.g. the principle as static text), shown until the card is ready.
 *
 * @csspart base - The card.
 * @csspart card - The card (same element as `base`, for symmetry with `<paris-call-principles>`).
 * @csspart number - "Principle N".
 * @csspart title - The short title.
 * @csspart text - The full text.
 * @csspart note - The "unofficial translation" note.
 * @csspart error - The error state.
 * @csspart retry - The "try again" button of the error state.
 *
 * @cssprop --paris-call-accent - Colour of the number.
 * @cssprop --paris-call-surface - Background.
 * @cssprop --paris-call-text - Text colour.
 * @cssprop --paris-call-muted - Colour of the note.
 * @cssprop --paris-call-border - Border colour.
 * @cssprop --paris-call-radius - Corner radius.
 * @cssprop --paris-call-font-family - Font (inherits the page's by default).
 *
 * @fires paris-call-load - The principle is shown.
 * @fires paris-call-error - The data could not be loaded or has no such principle; `detail.code` says why.
 */
export class ParisCallPrinciple extends ParisCallElement<Principle> {
  static override styles = [themeStyles, principleStyles];

  /** Which principle, 1 to 9. */
  @property({ type: Number, reflect: true }) number = 1;

  /** ARIA heading level of the title (default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  protected override dataArgs() {
    return [this.number];
  }

  protected async load(src: string, signal: AbortSignal): Promise<Principle> {
    const { principles } = await loadTexts(src, signal);
    const p = principles.find((x) => x.number === this.number);
    if (!p) {
      throw new NotFoundError(`[paris-call-widgets] principle "${this.number}" is not in the data (1 to ${principles.length})`);
    }
    return p;
  }

  protected renderSkeleton() {
    return renderPrincipleSkeleton(this.locale, this.number);
  }

  protected renderReady(p: Principle) {
    return renderPrinciple(p, this.locale, this.headingLevel);
  }
}
