import { html, type TemplateResult } from 'lit';
import type { LocaleController } from '../../core/locale-controller.js';
import { t } from '../../core/localize.js';
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
 * is as wide (never wider), set in one line, as the text published in texts.json
 * (2025-12-25), which arrives later. The Call's texts do not change; an
 * edited translation only makes its placeholder a little less exact.
 */
const TITLE_CHARS: Record<LocaleCode, number[]> = {
  en: [36, 20, 24, 24, 14, 14, 14, 20, 20],
  fr: [38, 14, 32, 32, 14, 29, 19, 22, 22],
  ar: [23, 10, 23, 23, 10, 17, 13, 33, 13],
  ja: [10, 10, 9, 7, 4, 14, 6, 14, 4],
  hu: [41, 18, 27, 27, 27, 34, 14, 37, 18],
  sv: [32, 13, 17, 32, 13, 28, 11, 24, 22],
  de: [42, 18, 25, 28, 14, 42, 13, 26, 23],
  es: [43, 14, 28, 28, 14, 37, 10, 25, 20],
};
const TEXT_CHARS: Record<LocaleCode, number[]> = {
  en: [157, 127, 149, 206, 94, 108, 69, 141, 157],
  fr: [198, 148, 172, 302, 115, 156, 84, 243, 180],
  ar: [120, 81, 120, 174, 67, 84, 67, 155, 114],
  ja: [65, 54, 65, 65, 43, 54, 25, 65, 50],
  hu: [203, 168, 192, 244, 136, 129, 107, 203, 168],
  sv: [190, 136, 155, 202, 110, 110, 69, 180, 149],
  de: [193, 145, 165, 263, 108, 141, 79, 208, 155],
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
