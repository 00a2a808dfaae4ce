import type { LocaleCode } from '../data/types.js';
import type { Locale, StringKey } from './en.js';

export type { Locale, StringKey };

/** The string keys under `prefix.`, without it: `SubKey<'badge'>` is `'claim' | 'since' | …`. */
export type SubKey<P extends string> = StringKey extends infer K ? (K extends `${P}.${infer R}` ? R : never) : never;

/** The locales this page holds: what the entry added (src/i18n/all.ts, on-demand.ts, or a per-language module's one). */
const locales: Partial<Record<LocaleCode, Locale>> = {};
/**
 * The language of a page the widgets cannot speak: the first locale held.
 * English, wherever English is held (every entry but a per-language module
 * of another language, which speaks only its own).
 */
let fallback: LocaleCode | undefined;

/** Makes `lang` available to every widget on the page. */
export function addLocale(lang: LocaleCode, locale: Locale): void {
  locales[lang] = locale;
  fallback ??= lang;
}

/** Whether this page holds `lang` already. */
export const isHeld = (lang: string): lang is LocaleCode => Object.hasOwn(locales, lang);

/** Where a page's language is not held: the fallback language. */
export const fallbackLang = (): LocaleCode => fallback ?? 'en';

/** The locale's data, or the fallback's while it is not (or cannot be) held. */
export const localeData = (lang: LocaleCode): Locale => (locales[lang] ?? locales[fallbackLang()])!;

/** The string `key` in `lang` (the fallback language if that locale is not held), with `{name}` placeholders filled from `params`. */
export function t(lang: LocaleCode, key: StringKey, params?: Record<string, string>): string {
  return fill(localeData(lang).strings[key], params);
}

/** `text` with its `{name}` placeholders filled from `params`. */
export const fill = (text: string, params?: Record<string, string>): string =>
  params ? text.replace(/\{(\w+)\}/g, (m, name: string) => params[name] ?? m) : text;
