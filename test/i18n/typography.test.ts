/**
 * What a native reader sees at once, checked on every string and text:
 * French spacing before high punctuation, no space beside Japanese, figures
 * written as `Intl` writes them for the language, and Latin digits
 * everywhere (Arabic pages with a region too). Each checker is a pure
 * function, tested below on a wrong sample as well, so a check that stopped
 * finding anything would fail.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { formatDate, numberFormat } from '../../src/core/intl.js';
import { LOCALES, type LocaleCode } from '../../src/data/types.js';
import { loadSummary, loadTexts } from '../../src/data/loader.js';
import { fallbackHtml } from '../../src/snippet/fallback.js';
import '../../src/components/counter/define.js';
import { SUMMARY, settled } from '../helpers/helpers.js';
import { strings } from '../helpers/i18n.js';

/** Every interface string of `lang`, as [where, text]. */
function interfaceStrings(lang: LocaleCode): [string, string][] {
  return Object.entries(strings[lang]).map(([k, v]): [string, string] => [`${lang}.${k}`, v]);
}

/** `check` run on every interface string, milestone and principle text of `lang`, as [where, problems]. */
async function everyText(lang: LocaleCode, check: (text: string) => string[]): Promise<[string, string[]][]> {
  const texts = await loadTexts(SUMMARY);
  const found: [string, string[]][] = interfaceStrings(lang).map(([w, s]) => [w, check(s)]);
  for (const m of texts.milestones) found.push([`milestone ${m.date} ${lang}`, check(m.text[lang] ?? '')]);
  for (const p of texts.principles)
    for (const f of ['short', 'full'] as const) found.push([`principle ${p.number} ${f} ${lang}`, check(p[f][lang] ?? '')]);
  return found;
}

/** A few characters either side of `i`, spaces made visible (· space, ⍽ U+00A0, ⁔ U+202F). */
const around = (text: string, i: number) =>
  JSON.stringify(
    text
      .slice(Math.max(0, i - 12), i + 12)
      .replace(/ /g, '·')
      .replace(/\u00a0/g, '⍽')
      .replace(/\u202f/g, '⁔'),
  );

/** French: `: ; ! ?` take a no-break space before them (U+00A0 or U+202F), never a plain space or none. */
export function frenchSpacing(text: string): string[] {
  return [...text.matchAll(/[:;!?]/g)]
    .filter((m) => !/[\u00a0\u202f]/.test(text[m.index! - 1] ?? ''))
    .map((m) => `no no-break space before “${m[0]}” at ${around(text, m.index!)}`);
}

const JAPANESE = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\u30fb\u30fc\uff01-\uff5e]`;
const JA_SPACE = new RegExp(String.raw`${JAPANESE}[\s\u00a0\u202f]|[\s\u00a0\u202f]${JAPANESE}`, 'gu');
/** Japanese: no space beside a Japanese character (before or after digits, Latin words, placeholders or kana). */
export function japaneseSpacing(text: string): string[] {
  return [...text.matchAll(JA_SPACE)].map((m) => `space beside Japanese at ${around(text, m.index! + 1)}`);
}

/** Figures: digits, with group separators between groups of three. */
const FIGURE = /\p{Nd}+(?:[ .,'\u00a0\u202f\u066c\u2019]\p{Nd}{3}(?!\p{Nd}))*/gu;

/**
 * Each figure of `text`, as `lang` must write it: `Intl` (the widgets'
 * `numberFormat`, Latin digits) for a quantity. A number that the English
 * reference writes bare although English would group it (a year: "in 2018")
 * stays bare.
 */
export function figures(text: string, lang: LocaleCode, english: string): string[] {
  const bare = new Set(
    [...english.matchAll(FIGURE)].map((m) => m[0]).filter((f) => /^\d+$/.test(f) && numberFormat('en').format(+f) !== f),
  );
  const problems: string[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const written = m[0];
    if (/[^\d .,'\u00a0\u202f\u066c\u2019]/.test(written)) {
      problems.push(`non-Latin digits “${written}” at ${around(text, m.index!)}`);
      continue;
    }
    const digits = written.replace(/\D/g, '');
    const expected = bare.has(digits) ? digits : numberFormat(lang).format(+digits);
    // Current CLDR (the build's Node, Chromium, Firefox) writes four-digit figures ungrouped in
    // Hungarian ("1038"); CLDR 42 (ICU 72: WebKitGTK on Debian 12) still wrote "1 038".
    if (written === digits && digits.length === 4 && lang === 'hu') continue;
    if (written !== expected) problems.push(`“${written}” should be written “${expected}” (Intl, ${lang}) at ${around(text, m.index!)}`);
  }
  return problems;
}

const report = (found: [string, string[]][]) =>
  found
    .filter(([, p]) => p.length)
    .map(([where, p]) => `${where}: ${p.join('; ')}`)
    .join('\n');

describe('typography and figures, as a native reader reads them', () => {
  it('the checkers find what they look for', () => {
    expect(frenchSpacing('Date de signature : {date}')).to.have.length(1);
    expect(frenchSpacing('{source}: {about}')).to.have.length(1);
    expect(frenchSpacing('État du registre\u00a0: 1\u202f222 soutiens\u202f; fin\u202f!')).to.deep.equal([]);
    expect(japaneseSpacing('{total} 件中 {shown} 件')).to.have.length(3);
    expect(japaneseSpacing('CSV をダウンロード')).to.have.length(1);
    expect(japaneseSpacing('{total}件中{shown}件')).to.deep.equal([]);
    const en = 'insgesamt 1,038 supporters, in 2018';
    expect(figures('insgesamt 1038 Unterstützer, 2018', 'de', en)).to.have.length(1);
    expect(figures('insgesamt 1 038 Unterstützer', 'de', en)).to.have.length(1);
    expect(figures('insgesamt 1.038 Unterstützer, 2018', 'de', en)).to.deep.equal([]);
    expect(figures('totalt 1 038 anslutna', 'sv', en)).to.have.length(1); // a plain space
    expect(figures('١٬٠٣٨ جهة داعمة', 'ar', en)).to.have.length(1);
  });

  it('fr: a no-break space before : ; ! ? in every string and text', async () => {
    expect(report(await everyText('fr', frenchSpacing))).to.equal('');
  });

  it('ja: no space between Japanese and digits, Latin words or placeholders', async () => {
    expect(report(await everyText('ja', japaneseSpacing))).to.equal('');
  });

  it('every figure in a text or string is written as Intl writes it for the language', async () => {
    const texts = await loadTexts(SUMMARY);
    const found: [string, string[]][] = [];
    for (const lang of LOCALES) {
      for (const m of texts.milestones) found.push([`milestone ${m.date} ${lang}`, figures(m.text[lang] ?? '', lang, m.text.en ?? '')]);
      for (const p of texts.principles)
        for (const f of ['short', 'full'] as const)
          found.push([`principle ${p.number} ${f} ${lang}`, figures(p[f][lang] ?? '', lang, p[f].en ?? '')]);
      for (const [w, s] of interfaceStrings(lang)) found.push([w, figures(s, lang, '')]);
    }
    expect(report(found)).to.equal('');
  });

  it('a text gives the same figures as the English one (no figure mistyped or left out)', async () => {
    const texts = await loadTexts(SUMMARY);
    const values = (t: string) => [...t.matchAll(FIGURE)].map((m) => +m[0].replace(/\D/g, '')).sort((a, b) => a - b);
    for (const m of texts.milestones) {
      for (const lang of LOCALES) expect(values(m.text[lang] ?? ''), `milestone ${m.date} ${lang}`).to.deep.equal(values(m.text.en ?? ''));
    }
  });

  describe('Arabic: Latin digits for every number and date, with or without a region', () => {
    const arabIndic = /[\u0660-\u0669\u06f0-\u06f9]/;
    for (const tag of ['ar', 'ar-EG', 'ar-SA', 'ar-u-nu-arab']) {
      it(`${tag}: numbers and dates`, () => {
        expect(numberFormat(tag).format(1222)).to.equal(numberFormat('ar').format(1222));
        expect(numberFormat(tag).format(1222)).to.match(/^1\D?222$/);
        const d = formatDate(tag, '2019-11-12');
        // The Gregorian year, as the texts write it: WebKit's ICU would write ar-SA dates in the Hijri calendar ("15 ربيع الأول 1441 هـ").
        expect(d).to.contain('2019');
        expect(d).to.not.match(arabIndic);
        expect(formatDate(tag, '2019-11-12', 'medium')).to.not.match(arabIndic);
      });
    }

    it('ar-EG: the counter shows Latin digits', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div lang="ar-EG"><paris-call-counter src=${SUMMARY} no-animation></paris-call-counter></div>`,
      );
      const el = box.firstElementChild as HTMLElement & { status: string };
      await settled(el);
      const text = el.shadowRoot!.textContent!;
      expect(text).to.not.match(arabIndic);
      expect(text).to.contain(numberFormat('ar').format(1222)).and.contain('2025');
    });

    it('the fallback content, in Arabic', async () => {
      const summary = await loadSummary(SUMMARY);
      for (const w of ['counter', 'timeline', 'map', 'supporters'] as const) {
        const out = fallbackHtml(w, { summary }, {}, 'ar');
        expect(out, w).to.not.match(arabIndic);
        expect(out, w).to.contain(numberFormat('ar').format(1222));
      }
    });
  });

  it('ar: the map help names the keys in Arabic', () => {
    expect(strings.ar['map.help']).to.not.match(/[A-Za-z]/);
  });
});
