// The widget entries (components/<name>.js, the React wrappers, the npm
// build) hold English (added here) and fetch the page's locale on first use, in parallel
// with the dataset: a page with one counter does not carry seven languages
// it will not show. The single modules (paris-call-widgets.js,
// paris-call-widgets.<lang>.js) hold their locales and fetch none: the
// build replaces this module there with `canLoad` always false
// (rollup.config.js).
import type { LocaleCode } from '../data/types.js';
import en, { type Locale } from './en.js';
import { addLocale, isHeld } from './registry.js';

addLocale('en', en);

const source: Partial<Record<LocaleCode, () => Promise<{ default: Locale }>>> = {
  fr: () => import('./fr.js'),
  ar: () => import('./ar.js'),
  ja: () => import('./ja.js'),
  hu: () => import('./hu.js'),
  sv: () => import('./sv.js'),
  de: () => import('./de.js'),
  es: () => import('./es.js'),
} satisfies Record<Exclude<LocaleCode, 'en'>, unknown>;
const loading = new Map<LocaleCode, Promise<void>>();

/** Whether `lang` can be fetched. */
export const canLoad = (lang: string): lang is LocaleCode => Object.hasOwn(source, lang);

/**
 * The fetch of `lang`, shared by every widget; undefined when it is held or
 * cannot be fetched. A failed fetch is said on the console, and the page
 * shows English in that language's place (the widgets still show their
 * data, with English's number format, never a mix).
 */
export function loadLocale(lang: LocaleCode): Promise<void> | undefined {
  const from = source[lang];
  if (isHeld(lang) || !from) return undefined;
  let p = loading.get(lang);
  if (!p) {
    p = from().then(
      (m) => addLocale(lang, m.default),
      (e: unknown) => {
        delete source[lang];
        console.warn(`[paris-call-widgets] The "${lang}" interface strings could not be loaded (${String(e)}); showing English.`);
      },
    );
    loading.set(lang, p);
  }
  return p;
}
