import { expect } from '@open-wc/testing';
import { LOCALES, type LocaleCode } from '../../src/data/types.js';
import en, * as enFile from '../../src/i18n/en.js';
import type { Locale, StringKey } from '../../src/i18n/en.js';
import fr, * as frFile from '../../src/i18n/fr.js';
import ar, * as arFile from '../../src/i18n/ar.js';
import ja, * as jaFile from '../../src/i18n/ja.js';
import hu, * as huFile from '../../src/i18n/hu.js';
import sv, * as svFile from '../../src/i18n/sv.js';
import de, * as deFile from '../../src/i18n/de.js';
import es, * as esFile from '../../src/i18n/es.js';

/** Fails when any locale of a string table lacks a key of `en`, has an extra one, an empty text, or other placeholders. */
export function expectCompleteTable(table: Record<string, Record<string, string>>, name: string): void {
  const keys = Object.keys(table.en).sort();
  const placeholders = (t: string) => (t.match(/\{\w+\}/g) ?? []).sort();
  for (const lang of LOCALES) {
    expect(table[lang], `${name}: locale ${lang}`).to.be.an('object');
    expect(Object.keys(table[lang]).sort(), `${name}.${lang} keys`).to.deep.equal(keys);
    for (const k of keys) {
      expect(table[lang][k], `${name}.${lang}.${k}`).to.be.a('string').and.not.equal('');
      expect(placeholders(table[lang][k]), `${name}.${lang}.${k} placeholders`).to.deep.equal(placeholders(table.en[k]));
    }
  }
}

/** Every locale file, as the widgets read it. */
export const locales: Record<LocaleCode, Locale> = { en, fr, ar, ja, hu, sv, de, es };

const files = { en: enFile, fr: frFile, ar: arFile, ja: jaFile, hu: huFile, sv: svFile, de: deFile, es: esFile };

/** Every locale's strings, by full key; the fallback content's own under `snippet.`. */
export const strings = Object.fromEntries(
  LOCALES.map((l) => [
    l,
    { ...locales[l].strings, ...Object.fromEntries(Object.entries(files[l].snippet).map(([k, v]) => [`snippet.${k}`, v])) },
  ]),
) as Record<LocaleCode, Record<StringKey, string>>;

/** One widget's strings (keys under `prefix.`, without it), in every locale. */
export function table(prefix: string): Record<LocaleCode, Record<string, string>> {
  const sub = (l: LocaleCode) =>
    Object.fromEntries(
      Object.entries(locales[l].strings)
        .filter(([k]) => k.startsWith(`${prefix}.`))
        .map(([k, v]) => [k.slice(prefix.length + 1), v]),
    );
  return Object.fromEntries(LOCALES.map((l) => [l, sub(l)])) as Record<LocaleCode, Record<string, string>>;
}
