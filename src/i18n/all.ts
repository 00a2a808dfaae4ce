// Every shipped locale, held from the start: the all-locale single module, the server renderer and the embed builder.
import type { LocaleCode } from '../data/types.js';
import en, { snippet as enSnippet, type Locale, type SnippetStrings } from './en.js';
import { addLocale } from './registry.js';
import fr, { snippet as frSnippet } from './fr.js';
import ar, { snippet as arSnippet } from './ar.js';
import ja, { snippet as jaSnippet } from './ja.js';
import hu, { snippet as huSnippet } from './hu.js';
import sv, { snippet as svSnippet } from './sv.js';
import de, { snippet as deSnippet } from './de.js';
import es, { snippet as esSnippet } from './es.js';

const all: Record<LocaleCode, Locale> = { en, fr, ar, ja, hu, sv, de, es };
for (const [lang, locale] of Object.entries(all)) addLocale(lang as LocaleCode, locale);

/** The fallback content's own sentences, in every locale (src/snippet/fallback.ts; no widget bundle carries them). */
export const snippetStrings: Record<LocaleCode, SnippetStrings> = {
  en: enSnippet,
  fr: frSnippet,
  ar: arSnippet,
  ja: jaSnippet,
  hu: huSnippet,
  sv: svSnippet,
  de: deSnippet,
  es: esSnippet,
};
