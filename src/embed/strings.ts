/**
 * The embed page's and the exports' own sentences in every locale: the
 * `snippet` tables of the locale files, which no widget bundle carries.
 * Imported one by one (not src/i18n/all.ts) so the embed page does not
 * register, and carry, every locale's widget strings.
 */
import type { LocaleCode } from '../data/types.js';
import { fill } from '../i18n/registry.js';
import { snippet as en, type SnippetStrings } from '../i18n/en.js';
import { snippet as fr } from '../i18n/fr.js';
import { snippet as ar } from '../i18n/ar.js';
import { snippet as ja } from '../i18n/ja.js';
import { snippet as hu } from '../i18n/hu.js';
import { snippet as sv } from '../i18n/sv.js';
import { snippet as de } from '../i18n/de.js';
import { snippet as es } from '../i18n/es.js';

const tables: Record<LocaleCode, SnippetStrings> = { en, fr, ar, ja, hu, sv, de, es };

/** `key` in `lang`, placeholders filled. */
export const ownText = (lang: LocaleCode, key: keyof SnippetStrings, params?: Record<string, string>): string =>
  fill(tables[lang][key], params);
