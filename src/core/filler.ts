import type { LocaleCode } from '../data/types.js';
import { t, type StringKey } from '../i18n/registry.js';

// Interface strings with ordinary prose: their words, in the reader's script,
// wrap like the dataset's texts do.
const SOURCE: StringKey[] = [
  'callName',
  'error.network',
  'counter.label',
  'error.timeout',
  'principles.title',
  'unofficialTranslation',
  'officialList',
];

const cache = new Map<string, string>();

/**
 * About `chars` characters of prose in `lang`, cut at a word end where the
 * script has spaces: the stand-in, masked by the skeleton, for a text the
 * data has not brought yet, so the placeholder wraps onto about as many
 * lines as the text will at any width.
 */
export function fillerText(lang: LocaleCode, chars: number): string {
  const n = Math.max(1, Math.round(chars));
  const key = `${lang}|${n}`;
  let out = cache.get(key);
  if (out === undefined) {
    const prose = SOURCE.map((k) => t(lang, k).replace(/[{}]/g, '')).join(' ');
    let s = prose;
    while (s.length < n) s += ' ' + prose;
    out = s.slice(0, n);
    const cut = out.lastIndexOf(' ');
    if (s[n] !== undefined && s[n] !== ' ' && cut > n * 0.8) out = out.slice(0, cut);
    out = out.trim();
    cache.set(key, out);
  }
  return out;
}
