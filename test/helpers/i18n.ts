import { expect } from '@open-wc/testing';
import { LOCALES } from '../../src/data/types.js';

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
