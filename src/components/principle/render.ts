import { html, type TemplateResult } from 'lit';
import type { LocaleController } from '../../core/locale-controller.js';
import { t } from '../../core/localize.js';
import type { Principle } from '../../data/types.js';

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

/** A card of the same shape with its texts masked, for the loading state. */
export function renderPrincipleSkeleton(locale: LocaleController, n: number, cls = 'base'): TemplateResult {
  const { lang, dir } = locale;
  return html`<div part="base card" class="${cls} card" lang=${lang} dir=${dir} aria-hidden="true">
    <p part="number" class="num">${t(lang, 'principle.number', { number: String(n) })}</p>
    <span class="title skeleton skeleton-line w70"></span>
    <span class="skeleton skeleton-line"></span>
    <span class="skeleton skeleton-line"></span>
    <span class="skeleton skeleton-line w60"></span>
  </div>`;
}
