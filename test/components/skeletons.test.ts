import { expect, waitUntil } from '@open-wc/testing';
import '../../src/paris-call-widgets.js';
import { clearDataCache } from '../../src/data/loader.js';
import { settled } from '../helpers/helpers.js';

/*
 * "Only an empty tag shows a skeleton, of the final size": for every widget,
 * the element's height with its skeleton (data delayed 400 ms) against its
 * height once ready, at phone and desktop widths, left-to-right and
 * right-to-left. Layout-determined widgets must match to 2 px; widgets whose
 * height depends on texts not known before they load (principle cards,
 * timeline) to 10 %.
 */

type Case = {
  tag: string;
  attrs?: Record<string, string>;
  /** Allowed difference: px (absolute) and/or a fraction of the ready height (the larger). */
  tolerance: { px?: number; ratio?: number };
  widths: number[];
};

const EXACT = { px: 2 };
const TEXT = { ratio: 0.1 };
/** One line of the badge's claim (1.35 × 16 px), plus rounding. */
const ONE_LINE = { px: 23 };
/** A principle card: 10 %, or one line of its text (24 px) where that is more. */
const CARD = { ratio: 0.1, px: 25 };

const CASES: Case[] = [
  { tag: 'paris-call-counter', attrs: { 'no-animation': '' }, tolerance: EXACT, widths: [360, 900] },
  { tag: 'paris-call-badge', attrs: { supporter: 'aapti_institute-civil-society-IND' }, tolerance: EXACT, widths: [360, 900, 1200] },
  // Uncategorised: the only category whose rows all have a signing date.
  { tag: 'paris-call-badge', attrs: { supporter: 'caps-undefined-IND' }, tolerance: EXACT, widths: [360, 900] },
  // The badge's skeleton guesses the name's length from the id's slug, and
  // the signing date (one row in nine) from the category: where the guess
  // falls on the other side of a line break, it is one line off.
  { tag: 'paris-call-badge', attrs: { supporter: 'abb-private-sector-SWE' }, tolerance: ONE_LINE, widths: [360, 900] },
  // A dated row the category does not predict, with a long name: the date's
  // line, and the name's own line break where fonts are wider.
  {
    tag: 'paris-call-badge',
    attrs: { supporter: 'ankara_112_prehospital_emergency_health_service-public-authority-TUR' },
    tolerance: { px: 45 },
    widths: [360, 900],
  },
  {
    tag: 'paris-call-badge',
    attrs: { supporter: 'cyber_peace_institute-civil-society-CHE', variant: 'compact' },
    tolerance: ONE_LINE,
    widths: [360, 900],
  },
  { tag: 'paris-call-badge', attrs: { supporter: 'abb-private-sector-SWE', variant: 'compact' }, tolerance: EXACT, widths: [360, 900] },
  { tag: 'paris-call-map', tolerance: EXACT, widths: [360, 900, 1200] },
  { tag: 'paris-call-map', attrs: { mode: 'all' }, tolerance: EXACT, widths: [360, 900] },
  { tag: 'paris-call-supporters', tolerance: EXACT, widths: [360, 900, 1200] },
  // A card's placeholder is as wide as its text set in one line, but words
  // break elsewhere (and each engine has its own fonts), so where a text
  // ends near the edge a card is one line (24 px: up to 20 % of a short
  // card) off: 10 % or one line, whichever is more.
  { tag: 'paris-call-principle', tolerance: CARD, widths: [360, 900] },
  ...[2, 3, 4, 5, 6, 7, 8, 9].map((number) => ({
    tag: 'paris-call-principle',
    attrs: { number: String(number) },
    tolerance: CARD,
    widths: [360, 900],
  })),
  { tag: 'paris-call-principles', tolerance: TEXT, widths: [360, 900, 1200] },
  { tag: 'paris-call-timeline', tolerance: TEXT, widths: [360, 900] },
];

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

let n = 0;

/** The element's height with its skeleton, then once ready and laid out. */
async function heights(c: Case, width: number, lang: string): Promise<{ skeleton: number; ready: number }> {
  // Each measurement loads its own data, all of it delayed: texts.json,
  // register.json and map.json resolve beside the summary (dropping its
  // query), so the path itself is made unique (`delay-400~<tag>`); the test
  // server lets the browser cache files with an extension.
  clearDataCache();
  const key = `skeleton-${n++}-${Date.now()}`;
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  const el = document.createElement(c.tag) as HTMLElement & { status: string; updateComplete: Promise<unknown> };
  for (const [k, v] of Object.entries(c.attrs ?? {})) el.setAttribute(k, v);
  el.setAttribute('src', `/__fault/delay-400~${key}/summary?key=${key}`);
  el.lang = lang;
  box.append(el);
  document.body.append(box);
  try {
    await el.updateComplete;
    await frame();
    expect(el.status, `${c.tag} still loading when measured`).to.equal('loading');
    expect(el.shadowRoot!.querySelector('.skeleton'), `${c.tag} shows a skeleton`).to.exist;
    const skeleton = el.getBoundingClientRect().height;
    await settled(el);
    if (c.tag === 'paris-call-supporters') {
      await waitUntil(() => el.shadowRoot!.querySelector('[role="listitem"]'), 'rows not rendered');
    }
    // Ready, then whatever settles on the next frames (the timeline's chart width, the list's rows).
    let last = -1;
    let stable = 0;
    await waitUntil(
      async () => {
        await frame();
        const h = el.getBoundingClientRect().height;
        stable = Math.abs(h - last) < 0.5 ? stable + 1 : 0;
        last = h;
        return stable >= 3;
      },
      'height never settled',
      { interval: 0, timeout: 5000 },
    );
    expect(el.status).to.equal('ready');
    return { skeleton, ready: last };
  } finally {
    box.remove();
  }
}

describe('skeletons: the loading placeholder has the final size', () => {
  for (const c of CASES) {
    const what = `${c.tag}${
      c.attrs
        ? ' ' +
          Object.entries(c.attrs)
            .map(([k, v]) => (v ? `${k}="${v.slice(0, 24)}"` : k))
            .join(' ')
        : ''
    }`;
    const tol = [c.tolerance.ratio && `${c.tolerance.ratio * 100} %`, c.tolerance.px && `${c.tolerance.px} px`]
      .filter(Boolean)
      .join(' or ');
    it(`${what}: within ${tol} at ${c.widths.join(', ')} px, en and ar`, async () => {
      const failures: string[] = [];
      const report: string[] = [];
      for (const lang of ['en', 'ar']) {
        for (const width of c.widths) {
          const { skeleton, ready } = await heights(c, width, lang);
          const allowed = Math.max(c.tolerance.px ?? 0, (c.tolerance.ratio ?? 0) * ready);
          const line = `${lang} ${width}px: ${skeleton.toFixed(1)} → ${ready.toFixed(1)}`;
          report.push(line);
          if (!(ready > 0) || Math.abs(skeleton - ready) > allowed) failures.push(`${line} (allowed ±${allowed.toFixed(1)})`);
        }
      }
      console.log(`[skeleton] ${what}: ${report.join(' · ')}`);
      expect(failures, `${what}:\n${failures.join('\n')}`).to.deep.equal([]);
    });
  }
});
