import type { LocaleCode } from '../data/types.js';
import en, { type StringKey, type Strings } from '../i18n/en.js';
import fr from '../i18n/fr.js';
import ar from '../i18n/ar.js';
import ja from '../i18n/ja.js';
import hu from '../i18n/hu.js';
import sv from '../i18n/sv.js';
import de from '../i18n/de.js';
import es from '../i18n/es.js';

/** Every locale's interface strings (small: long texts live in the dataset). */
export const strings: Record<LocaleCode, Strings> = { en, fr, ar, ja, hu, sv, de, es };

/** The string `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function t(lang: LocaleCode, key: StringKey, params?: Record<string, string>): string {
  return tt(strings, lang, key, params);
}

export type { StringKey };

/**
 * A widget's own interface strings, in every locale, kept beside the widget
 * so a page that loads one widget's entry carries only its strings.
 * `en` is the reference: the type makes every locale carry every key, and
 * test/helpers/i18n.ts checks the placeholders.
 */
export type StringTable<K extends string> = Record<LocaleCode, Record<K, string>>;

/** Looks up `key` in a widget's table, with `{name}` placeholders filled. */
export function tt<K extends string>(table: StringTable<K>, lang: LocaleCode, key: K, params?: Record<string, string>): string {
  const s = table[lang]?.[key] ?? table.en[key];
  return params ? s.replace(/\{(\w+)\}/g, (m, name: string) => params[name] ?? m) : s;
}
