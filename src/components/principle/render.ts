import { html, type TemplateResult } from 'lit';
import type { LocaleController } from '../../core/locale-controller.js';
import { t } from '../../i18n/registry.js';
import { fillerText } from '../../core/filler.js';
import type { LocaleCode, Principle } from '../../data/types.js';

/** One principle card: number, short title, full text, and an "unofficial translation" note where due. */
export function renderPrinciple(p: Principle, locale: LocaleController, headingLevel: number, cls = 'base'): TemplateResult {
  const { lang, dir } = locale;
  const unofficial = !p.official.includes(lang);
  return html`<article part="base card" class="${cls} card" lang=${lang} dir=${dir}>
    <p part="number" class="num">${t(lang, 'principle.number', { number: String(p.number) })}</p>
    <div part="title" class="title" role="heading" aria-level=${headingLevel}>${p.short[lang]}</div>
    <p part="text" class="text">${p.full[lang]}</p>
    ${unofficial ? html`<p part="note" class="note muted">${t(lang, 'unofficialTranslation')}</p>` : null}
  </article>`;
}

/**
 * How long the stand-in prose for each principle's short title and full
 * text is, per language, in characters of fillerText(): measured so that it
 * is as wide, set in one line, as the text published in texts.json
 * (2025-12-25), which arrives later. The Call's texts do not change; an
 * edited translation only makes its placeholder a little less exact.
 */
const TITLE_CHARS: Record<LocaleCode, number[]> = {
  en: [36, 20, 24, 30, 18, 18, 14, 20, 20],
  fr: [47, 18, 32, 35, 18, 30, 22, 28, 22],
  ar: [23, 13, 29, 23, 10, 22, 17, 33, 13],
  ja: [10, 10, 9, 7, 4, 14, 6, 14, 4],
  hu: [41, 23, 34, 27, 34, 34, 15, 38, 23],
  sv: [32, 13, 22, 32, 13, 28, 11, 25, 23],
  de: [42, 23, 25, 32, 18, 43, 13, 26, 23],
  es: [43, 14, 28, 35, 14, 37, 11, 25, 20],
};
const TEXT_CHARS: Record<LocaleCode, number[]> = {
  en: [161, 127, 149, 206, 105, 112, 69, 146, 161],
  fr: [198, 148, 178, 302, 124, 156, 98, 254, 189],
  ar: [127, 81, 120, 174, 76, 93, 76, 163, 114],
  ja: [82, 54, 65, 65, 44, 54, 32, 65, 51],
  hu: [222, 168, 192, 244, 136, 129, 107, 222, 168],
  sv: [190, 136, 155, 202, 110, 110, 69, 180, 155],
  de: [193, 145, 168, 263, 108, 141, 90, 216, 155],
  es: [187, 134, 177, 223, 108, 134, 88, 190, 177],
};
/** The languages of the Call's official texts: the others carry the "unofficial translation" note. */
const OFFICIAL: LocaleCode[] = ['en', 'fr'];

/**
 * A card of the same shape with its texts masked, for the loading state:
 * the number as it will read, then stand-in prose as long as that
 * principle's title and text in the reader's language, so the card takes
 * as many lines as it will at any width (give or take a line where a text
 * ends near the edge).
 */
export function renderPrincipleSkeleton(locale: LocaleController, n: number, cls = 'base'): TemplateResult {
  const { lang, dir } = locale;
  // An unknown number (the error state follows) gets the middle-sized principle's lengths.
  const i = Number.isInteger(n) && n >= 1 && n <= 9 ? n - 1 : 8;
  const title = fillerText(lang, TITLE_CHARS[lang][i]);
  const text = fillerText(lang, TEXT_CHARS[lang][i]);
  return html`<div part="base card" class="${cls} card" lang=${lang} dir=${dir} aria-hidden="true">
    <p part="number" class="num">${t(lang, 'principle.number', { number: String(n) })}</p>
    <div class="title"><span class="skeleton">${title}</span></div>
    <p class="text"><span class="skeleton">${text}</span></p>
    ${OFFICIAL.includes(lang) ? null : html`<p class="note"><span class="skeleton">${t(lang, 'unofficialTranslation')}</span></p>`}
  </div>`;
}
