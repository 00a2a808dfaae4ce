import en, { type Locale } from './en.js';

/**
 * A locale's strings from their values in English's key order: how the build
 * ships a non-English locale file where English is held too
 * (scripts/build/compact-locales.js), so the keys are written once.
 */
export const fromEnglishKeys = (values: string[]): Locale['strings'] =>
  Object.fromEntries(Object.keys(en.strings).map((k, i) => [k, values[i]])) as Locale['strings'];
