import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { NotFoundError, ParisCallElement, isRetryable, type ParisCallErrorDetail } from '../../core/base-element.js';
import { emit } from '../../core/emit.js';
import { countryName, formatDate } from '../../core/intl.js';
import { t, type StringKey, type SubKey } from '../../i18n/registry.js';
import { themeStyles } from '../../core/theme.styles.js';
import { loadRegister } from '../../data/loader.js';
import { officialListIn, OFFICIAL_LIST_URL } from '../../data/official-list.js';
import type { LocaleCode, Supporter } from '../../data/types.js';
import { badgeStyles } from './badge.styles.js';
import { renderMark } from './mark.js';
import { supporterIndex, verifySupporter } from './verify.js';

export type BadgeVariant = 'full' | 'compact' | 'icon';
/** The base's states plus `not-found`: the register loaded and has no such id. */
export type BadgeStatus = 'loading' | 'ready' | 'not-found' | 'error';

/**
 * The official list of supporters, where a reader verifies the claim (French
 * page for French, English otherwise). A constant, not the dataset's
 * `officialListUrl`: a self-hosted or altered dataset must not be able to
 * point the "verify" link elsewhere.
 */
export function officialSupportersUrl(lang: LocaleCode): string {
  return officialListIn(OFFICIAL_LIST_URL, lang);
}

const unchecked = Symbol();

/**
 * "<Name> supports the Paris Call for Trust and Security in Cyberspace", for
 * a supporter's own website: the supporter's name, category and signing date
 * (where the register knows it), with a link to the official list of
 * supporters so a reader can check.
 *
 * **It fails closed.** The badge claims an endorsement only when the
 * `supporter` id is, exactly (case- and whitespace-sensitive), the id of a
 * row in the register it loaded. An unknown id, a missing register, a
 * timeout or an invalid dataset show a plain "not in the register" / "could
 * not be verified" message instead, never the name, and set `status` to
 * `not-found` or `error`.
 *
 * **Finding your id.** It is the `id` column of the register
 * (`dist/data/register.json`, `supporters[].id`), e.g.
 * `abb-private-sector-SWE` or `access_now-civil-society-USA`: the name as a
 * slug, the category, and the ISO alpha-3 country code, exactly as the Paris
 * Call publishes it. The `<paris-call-supporters>` list offers each
 * supporter's ready-made snippet to copy:
 *
 * ```html
 * <paris-call-badge supporter="abb-private-sector-SWE"></paris-call-badge>
 * ```
 *
 * @tagname paris-call-badge
 * @summary Endorsement badge: "<Name> supports the Paris Call", verified against the register.
 *
 * @slot - Fallback content shown while the register loads (and where scripts do not run). It is replaced by the verified badge or by the "not in the register" message.
 *
 * @csspart base - The badge (or the message when the supporter is not verified).
 * @csspart mark - The mark (SVG): the project's own design, not the Paris Call's logo.
 * @csspart claim - The "<Name> supports the Paris Call…" sentence.
 * @csspart name - The supporter's name inside the claim.
 * @csspart details - Category and "supporter since" date (`full` and `compact`).
 * @csspart category - The supporter's category.
 * @csspart since - The "supporter since" date, where the register has one.
 * @csspart link - The link to the official list of supporters.
 * @csspart not-found - The "not in the register" message.
 * @csspart error - The "could not be verified" message (data could not be loaded).
 * @csspart retry - The "try again" button of the error message.
 *
 * @cssprop --paris-call-accent - Colour of the mark and links.
 * @cssprop --paris-call-on-accent - Colour of the check inside the mark.
 * @cssprop --paris-call-surface - Background.
 * @cssprop --paris-call-text - Text colour.
 * @cssprop --paris-call-muted - Colour of the category and date.
 * @cssprop --paris-call-border - Border colour.
 * @cssprop --paris-call-radius - Corner radius.
 * @cssprop --paris-call-font-family - Font (inherits the page's by default).
 * @cssprop --paris-call-badge-max-width - Widest the badge grows (default 32em).
 * @cssprop --paris-call-badge-icon-size - Size of the mark in the `icon` variant (default 2.5em).
 *
 * @fires paris-call-load - The supporter is verified and the badge shown.
 * @fires paris-call-error - No endorsement is shown: `detail.code` is `not-found` (no such id in the register) or why the data could not be loaded.
 */
export class ParisCallBadge extends ParisCallElement<Supporter> {
  static override styles = [themeStyles, badgeStyles];

  /**
   * The supporter's register id (the register's `id` column), exactly as
   * published: matching is case- and whitespace-sensitive.
   */
  @property() supporter = '';

  /**
   * Display name overriding the register's, e.g. a shorter form of your
   * name. Only displayed for a verified supporter: it never changes what is
   * verified, and is never shown when the id is not in the register.
   */
  @property() name = '';

  /** `full` (default: card with claim, category, date and link), `compact` (one line) or `icon` (the mark alone, as a link). */
  @property({ reflect: true }) variant: BadgeVariant = 'full';

  // `status` (inherited, reflected) is `loading`, `ready` (verified),
  // `not-found` (the register has no such id) or `error` (the data could not
  // be loaded). The base's WidgetStatus type lacks 'not-found', and a subclass
  // cannot widen a property's type, so `badgeStatus` gives it typed.

  /** Read-only: `loading`, `ready` (verified), `not-found` (no such id in the register) or `error`. Same value as the reflected `status` attribute. */
  get badgeStatus(): BadgeStatus {
    return this.status as BadgeStatus;
  }

  private lastNotified: BadgeStatus | undefined;
  /** The id the data task last checked (read synchronously when it starts). */
  private checkedId: unknown = unchecked;

  protected override dataArgs() {
    return [this.supporter];
  }

  protected async load(src: string, signal: AbortSignal): Promise<Supporter> {
    // Read once, before any await: what is verified is what was asked.
    const id: unknown = this.supporter;
    this.checkedId = id;
    if (typeof id !== 'string' || id === '') {
      throw new NotFoundError('[paris-call-widgets] <paris-call-badge>: no supporter id given');
    }
    const register = await loadRegister(src, signal);
    const supporter = verifySupporter(supporterIndex(register), id);
    if (!supporter) {
      throw new NotFoundError(
        `[paris-call-widgets] <paris-call-badge>: ${JSON.stringify(id.slice(0, 120))} is not a supporter id in the register of ${register.asOf} (ids are case-sensitive; see the register's "id" column)`,
      );
    }
    return supporter;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.status === 'error' && this.dataTask.error instanceof NotFoundError) {
      (this as { status: BadgeStatus }).status = 'not-found';
    }
    // The id changed and its check starts in this very update: the last
    // answer was about another id, so its status is not reported.
    if (this.checkedId !== unchecked && this.checkedId !== this.supporter) this.status = 'loading';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The base announces `ready` and `error`; `not-found` is the badge's own
    // (detail: { code: 'not-found', message }).
    const status = this.badgeStatus;
    if (status !== this.lastNotified && (this.lastNotified = status) === 'not-found') {
      emit<ParisCallErrorDetail>(this, 'paris-call-error', this.errorDetail(this.dataTask.error));
    }
  }

  private s(key: SubKey<'badge'>, params?: Record<string, string>): string {
    return t(this.locale.lang, `badge.${key}`, params);
  }

  private get currentVariant(): BadgeVariant {
    return this.variant === 'compact' || this.variant === 'icon' ? this.variant : 'full';
  }

  /** The link to the official list (a constant https URL, never the dataset's). */
  private link(content: unknown): TemplateResult {
    return html`<a part="link" href=${officialSupportersUrl(this.locale.lang)} target="_blank" rel="noopener">${content}</a>`;
  }

  protected renderReady(s: Supporter): TemplateResult {
    // An answer about another id (the attribute just changed) is never shown.
    return this.renderBadge(s.id === this.supporter ? s : null);
  }

  protected renderSkeleton(): TemplateResult {
    return this.renderBadge(null);
  }

  /**
   * The verified badge for `s`; for null, its skeleton: the same layout with
   * every text masked, so the badge does not resize when the register
   * arrives. Fail closed: no text at all before the supporter is verified.
   */
  private renderBadge(s: Supporter | null): TemplateResult {
    const { lang, intl, dir } = this.locale;
    const variant = this.currentVariant;
    // The skeleton guesses the ready badge from the id alone
    // (`<name slug>-<category>-<country>`): the slug is about as long as the
    // name; most rows have no date, but the uncategorised ones all do.
    const id = typeof this.supporter === 'string' ? this.supporter : '';
    const m = /^(.*?)-(state|public-authority|civil-society|private-sector|undefined)(?:-|$)/.exec(id);
    const cat = s ? s.category : m ? (m[2] === 'undefined' ? 'uncategorized' : m[2]) : 'civil-society';
    const date = s ? s.dateSigned : cat === 'uncategorized' && '2019-11-14';
    const since = date ? this.s('since', { date: formatDate(intl, date) }) : '';
    const category = this.str(`type.${cat}` as StringKey);
    const verify = this.s('verify');
    // The `name` attribute overrides the displayed name (never what is verified).
    let name = typeof this.name === 'string' ? this.name.trim() : '';
    if (s) {
      // A state's name in the reader's language, else the register's.
      const country = !name && s.category === 'state' && s.country ? countryName(intl, s.country) : '';
      name ||= country && country !== s.country ? country : s.name;
    } else {
      // Title case (names are capitalised, slugs are not, and capitals are
      // wider), then each letter becomes a neutral one of its width: narrow,
      // wide or average.
      name = (
        name ||
        (m ? m[1] : id)
          .replace(/[_-]+/g, ' ')
          .trim()
          .replace(/(^|\s)\S/g, (c) => c.toUpperCase()) ||
        'Supporter'
      ).replace(
        /(\p{Ll})|(\p{Lu})|\p{N}/gu,
        (c, lower, upper) => 'llltttmmIIMM'['ijlftrmwIJMW'.indexOf(c)] ?? (lower ? 'x' : upper ? 'X' : '0'),
      );
    }
    // The skeleton's texts are CSS generated content (not in the DOM's text,
    // not selectable, not found by find-in-page), transparent and aria-hidden.
    const masked = (text: string, cls = '') => html`<span class="skeleton ${cls}" data-text=${text}></span>`;
    const [before, after] = this.s(variant === 'full' ? 'claim' : 'claimShort').split('{name}');
    const claim = s
      ? [before, html`<bdi part="name" class="name">${name}</bdi>`, after]
      : [masked(before), masked(name, 'name'), masked(after)];
    const categoryEl = html`<span part="category">${category}</span>`;
    const hidden = s ? nothing : 'true';
    const checking = s ? nothing : html`<span class="sr-only">${this.s('checking')}</span>`;
    const part = (p: string) => (s ? p : nothing);

    if (variant === 'icon') {
      if (!s) {
        return html`<span part="base" class="base badge icon" lang=${lang} dir=${dir}
          >${renderMark(true)}${checking}</span
        >`;
      }
      const label = this.s('iconLabel', { name });
      return html`<a part="base link" class="base badge icon" href=${officialSupportersUrl(lang)} target="_blank" rel="noopener" title=${label} lang=${lang} dir=${dir}
        >${renderMark()}<span class="sr-only">${label}</span></a
      >`;
    }
    return html`<div part="base" class="base badge ${variant}" lang=${lang} dir=${dir}>
      ${renderMark(!s)}
      ${
        variant === 'compact'
          ? html`<p class="line" aria-hidden=${hidden}>
            <span part=${part('claim')} class="claim"
              >${s ? this.link(html`${claim}<span class="sr-only"> ${this.s('linkHint')}</span>`) : claim}</span
            >
            <span part=${part('details')} class="details muted">${s ? html`· ${categoryEl}` : masked(`· ${category}`)}</span>
          </p>`
          : html`<div class="body" aria-hidden=${hidden}>
            <p part=${part('claim')} class="claim">${claim}</p>
            <p part=${part('details')} class="details muted"
              >${s ? html`${categoryEl}${since ? html` · <span part="since">${since}</span>` : nothing}` : masked(since ? `${category} · ${since}` : category)}</p
            >
            <p class="verify">${s ? this.link(verify) : masked(verify)}</p>
          </div>`
      }
      ${checking}
    </div>`;
  }

  /** Not verified: a plain message, never the name (neither the register's nor the `name` attribute). */
  protected override renderError(e: unknown): TemplateResult {
    const { code } = this.logOnce(e);
    const found = e instanceof NotFoundError;
    // `not-found` (the register has no such id) or `error` (the data could not be loaded).
    const kind = found ? 'not-found' : 'error';
    return html`<div part="base ${kind}" class="base notice ${kind}${this.currentVariant === 'full' ? '' : ' compact'}" role=${found ? nothing : 'alert'} lang=${this.locale.lang} dir=${this.locale.dir}>
      <p class="title">${this.s(found ? 'notFound' : 'errorTitle')}</p>
      ${found ? nothing : html`<p>${this.str(`error.${code}`)}</p>`}
      ${found || !isRetryable(code) ? nothing : html`<button part="retry" @click=${this.retry}>${this.str('retry')}</button>`}
      <p>${this.link(this.s('checkList'))}</p>
    </div>`;
  }
}
