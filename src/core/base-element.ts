import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ParisCallDataError } from '../data/errors.js';
import { DataTask } from './data-task.js';
import { emit } from './emit.js';
import { LocaleController } from './locale-controller.js';
import { t, type StringKey } from '../i18n/registry.js';
import { themeStyles } from './theme.styles.js';
import { VERSION } from './version.js';

export type WidgetStatus = 'loading' | 'ready' | 'not-found' | 'error';
export type Theme = 'light' | 'dark' | 'auto';

export interface ParisCallErrorDetail {
  code: ParisCallDataError['code'] | 'not-found';
  message: string;
}

// The same failed load is shared by every widget that asked: log it once.
const logged = new WeakSet<object>();

/**
 * Base of every widget: `src`, `theme`, `status`, locale resolution, the
 * data task with its loading / ready / error states, and the
 * `paris-call-load` / `paris-call-error` events.
 */
export abstract class ParisCallElement<T> extends LitElement {
  static override styles = [themeStyles];
  /** The library's version: `define()` tells two copies of one version (fine) from two versions on one page (warned). */
  static pcwVersion = VERSION;

  /**
   * URL of the published summary (`summary.json`); the widget reads the
   * other files it needs (`texts.json`, `register.json`, `map.json`) from
   * the same folder. Defaults to the dataset shipped beside the module
   * (`dist/data/`).
   */
  @property() src = '';

  /** `light` (default), `dark`, or `auto` (follows `prefers-color-scheme`). */
  @property({ reflect: true }) theme: Theme = 'light';

  /** Read-only state, reflected for CSS and tests: `loading`, `ready`, `error` (or `not-found`, for the badge). */
  @property({ reflect: true }) status: WidgetStatus = 'loading';

  protected locale = new LocaleController(this);

  /** True when the host wrote content inside the tag: it shows until the widget is ready. */
  protected hasFallback = false;

  /**
   * Nodes of a declarative shadow root (a pre-rendered snippet) that stay on
   * screen until the first ready render commits; then they go, in the same task.
   */
  private prerendered: ChildNode[] | null = null;

  /** True when the widget took over a pre-rendered snippet: its content was on screen before the script ran. */
  protected wasPrerendered = false;

  protected dataTask = new DataTask<T>(
    this,
    // The page's locale, when fetched, arrives in parallel: the first ready render is in the page's language.
    async ([src], signal) => {
      const data = await this.load(src as string, signal);
      await this.locale.ready;
      return data;
    },
    () => [this.src, ...this.dataArgs()],
  );

  /** Further properties the data depends on (the task reruns when one changes). */
  protected dataArgs(): unknown[] {
    return [];
  }

  private lastStatus: WidgetStatus | undefined;

  /** Fetches (through the shared loader) what the widget needs; `src` is '' for the shipped dataset. */
  protected abstract load(src: string, signal: AbortSignal): Promise<T>;
  /** The widget once its data is there. */
  protected abstract renderReady(data: T): TemplateResult;
  /** A placeholder of the final size, for an empty tag while loading. */
  protected abstract renderSkeleton(): TemplateResult;

  /**
   * Lit's default reuses an existing shadow root, but renders into it beside
   * whatever is there, so a pre-rendered snippet would show twice. Remember
   * the pre-rendered nodes (removed in `update()`), adopt our styles into the
   * root, and render after them. (Calling `attachShadow()` instead would throw
   * or, on a declarative root, empty it: a blank box until the data comes.)
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const existing = this.shadowRoot;
    if (existing && existing.childNodes.length > 0) {
      this.prerendered = [...existing.childNodes];
      this.wasPrerendered = true;
    }
    const root = super.createRenderRoot();
    // LitElement would render before the root's first child, a pre-rendered node we remove later.
    if (this.prerendered) this.renderOptions.renderBefore = null;
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.hasFallback = [...this.childNodes].some(
      (n) => n.nodeType === Node.ELEMENT_NODE || (n.nodeType === Node.TEXT_NODE && n.textContent?.trim()),
    );
  }

  protected str(key: StringKey, params?: Record<string, string>): string {
    return t(this.locale.lang, key, params);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const s = this.dataTask.status;
    this.status = s === 'complete' ? 'ready' : s === 'error' ? 'error' : 'loading';
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    // The final content is now in the root, after the pre-rendered copy:
    // removing the copy in the same task means no frame shows both or neither.
    if (this.prerendered && this.hasLiveContent()) {
      for (const n of this.prerendered) n.remove();
      this.prerendered = null;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.status === this.lastStatus) return;
    this.lastStatus = this.status;
    if (this.status === 'ready') emit(this, 'paris-call-load');
    if (this.status === 'error') {
      const detail = this.errorDetail(this.dataTask.error);
      emit<ParisCallErrorDetail>(this, 'paris-call-error', detail);
    }
  }

  /** The `paris-call-error` detail of a failure: its code and technical message. */
  protected errorDetail(e: unknown): ParisCallErrorDetail {
    if (e instanceof ParisCallDataError) return { code: e.code, message: e.message };
    if (e instanceof NotFoundError) return { code: 'not-found', message: e.message };
    return { code: 'schema', message: String((e as Error)?.message ?? e) };
  }

  /**
   * Whether the live render may replace a pre-rendered copy: the data is
   * there, or the data says the item no longer exists. A failed load keeps
   * the copy (a static rendering of real data, with its date) rather than
   * swapping it for an error box; `status` and `paris-call-error` still say so.
   */
  private hasLiveContent(): boolean {
    const s = this.dataTask.status;
    return s === 'complete' || (s === 'error' && this.dataTask.error instanceof NotFoundError);
  }

  override render() {
    // A pre-rendered copy is on screen: add nothing (no skeleton, no error box)
    // until there is live content to replace it with.
    if (this.prerendered && !this.hasLiveContent()) return nothing;
    const { status, value, error } = this.dataTask;
    return status === 'complete' ? this.renderReady(value as T) : status === 'error' ? this.renderError(error) : this.renderPending();
  }

  private renderPending(): TemplateResult {
    return this.hasFallback ? html`<slot></slot>` : this.renderSkeleton();
  }

  /** Visible, localised error state; the console gets the technical cause once. */
  protected renderError(e: unknown): TemplateResult {
    const detail = this.logOnce(e);
    const key = `error.${detail.code}` as StringKey;
    const retryable = isRetryable(detail.code);
    return html`<div part="base error" class="base error" role="alert" lang=${this.locale.lang} dir=${this.locale.dir}>
      <p class="title">${this.str('error.title')}</p>
      <p>${this.str(key)}</p>
      ${retryable ? html`<button part="retry" @click=${this.retry}>${this.str('retry')}</button>` : null}
    </div>`;
  }

  /** Writes the technical cause to the console once per failure (a failed load is shared by every widget that asked). */
  protected logOnce(e: unknown): ParisCallErrorDetail {
    const detail = this.errorDetail(e);
    if (typeof e === 'object' && e && !logged.has(e)) {
      logged.add(e);
      console.error(detail.message);
    }
    return detail;
  }

  // Failed loads are never cached, so running the task again asks the network again.
  protected retry = () => this.dataTask.run();
}

/** Failures worth a "Try again" button: the network may answer next time; damaged or missing data will not. */
export const isRetryable = (code: ParisCallErrorDetail['code']) => code === 'network' || code === 'timeout' || code === 'http';

/** Thrown by widgets whose data loaded but has no such item (unknown principle, supporter…). */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'paris-call-load': CustomEvent<undefined>;
    'paris-call-error': CustomEvent<ParisCallErrorDetail>;
  }
}
