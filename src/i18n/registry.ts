import type { LocaleCode } from '../data/types.js';
import en, { type Locale, type StringKey } from './en.js';

export type { Locale, StringKey };

/** The string keys under `prefix.`, without it: `SubKey<'badge'>` is `'claim' | 'since' | …`. */
export type SubKey<P extends string> = StringKey extends infer K ? (K extends `${P}.${infer R}` ? R : never) : never;

/** The locales this page holds. English is always here: the fallback for any other. */
const locales: Partial<Record<LocaleCode, Locale>> = { en };

/** Makes `lang` available to every widget on the page. */
export function addLocale(lang: LocaleCode, locale: Locale): void {
  locales[lang] = locale;
}

/** Whether this page holds `lang` already. */
export const isHeld = (lang: string): lang is LocaleCode => Object.hasOwn(locales, lang);

/** The locale's data, or English's while it is not (or cannot be) held. */
export const localeData = (lang: LocaleCode): Locale => locales[lang] ?? en;

/** A locale's strings from their values in English's key order (how the build ships non-English locale files: scripts/compact-locales.js). */
export const fromEnglishKeys = (values: string[]): Locale['strings'] =>
  Object.fromEntries(Object.keys(en.strings).map((k, i) => [k, values[i]])) as Locale['strings'];

/** The string `key` in `lang` (English if the locale is not held), with `{name}` placeholders filled from `params`. */
export function t(lang: LocaleCode, key: StringKey, params?: Record<string, string>): string {
  return fill(localeData(lang).strings[key] ?? en.strings[key], params);
}

/** `text` with its `{name}` placeholders filled from `params`. */
export const fill = (text: string, params?: Record<string, string>): string =>
  params ? text.replace(/\{(\w+)\}/g, (m, name: string) => params[name] ?? m) : text;
