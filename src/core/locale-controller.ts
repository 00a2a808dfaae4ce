import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LocaleCode } from '../data/types.js';
import { canLoad, loadLocale } from '../i18n/on-demand.js';
import { fallbackLang, isHeld, localeData } from '../i18n/registry.js';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<LocaleController>();
let observer: MutationObserver | undefined;

// One observer for the whole page: any `lang` change re-resolves every widget.
function observe() {
  if (observer) return;
  observer = new MutationObserver(() => hosts.forEach((c) => c.refresh()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** The nearest `lang`, crossing shadow roots: the element, its ancestors, then the document. */
function nearestLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node.parentNode ?? (node as ShadowRoot).host ?? null;
  }
  return '';
}

/**
 * Picks a shipped locale for a BCP 47 tag: `fr-CA` → fr, `pt` → en. Shipped
 * means held by this page or fetched on first use (src/i18n/on-demand.ts).
 * Any other language gets the fallback throughout (strings and number
 * format, never a mix): English, or the one language of a per-language
 * module.
 */
export function resolveLocale(tag: string): { lang: LocaleCode; intl: string } {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] as LocaleCode;
  if (isHeld(primary) || canLoad(primary)) {
    let intl: string = primary;
    try {
      intl = Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? primary;
    } catch {
      /* malformed tag: the primary subtag is enough */
    }
    return { lang: primary, intl };
  }
  const lang = fallbackLang();
  return { lang, intl: lang };
}

/**
 * Resolves the widget's language — its own `lang`, else the closest
 * ancestor's, else the document's, else English — and re-renders the host
 * when any of them changes.
 */
export class LocaleController implements ReactiveController {
  /** Shipped locale for strings and texts. */
  lang: LocaleCode = 'en';
  /** Full tag for Intl (keeps the region: `fr-CA`). */
  intl = 'en';
  dir: 'ltr' | 'rtl' = 'ltr';
  /** Settles when the page's locale is held: the data task waits for it, so the first ready render is in that language. */
  ready: Promise<void> | undefined;

  constructor(private host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this);
    observe();
    this.resolve();
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }

  /** Called on any `lang` mutation in the page. */
  refresh(): void {
    const { lang, intl } = this;
    this.resolve();
    if (this.intl !== intl || this.lang !== lang) this.host.requestUpdate();
  }

  private resolve(): void {
    const { lang, intl } = resolveLocale(nearestLang(this.host));
    const fetching = loadLocale(lang);
    if (fetching) {
      // Keep the language on screen until the new one's strings are here, then switch at once.
      this.ready ??= fetching;
      void fetching.then(() => this.refresh());
      return;
    }
    this.lang = lang;
    this.intl = intl;
    this.dir = localeData(lang).dir;
  }
}
