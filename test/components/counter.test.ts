import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/counter/define.js';
import type { ParisCallCounter } from '../../src/components/counter/counter.js';
import { loaderConfig } from '../../src/data/loader.js';
import { SUMMARY, settled, shadowText } from '../helpers/helpers.js';

const REAL = { state: 81, 'public-authority': 37, 'civil-society': 391, 'private-sector': 708 } as const;

/** Stubs prefers-reduced-motion for the duration of a test. */
function reducedMotion(on: boolean) {
  const real = window.matchMedia;
  window.matchMedia = ((q: string) =>
    q.includes('prefers-reduced-motion')
      ? ({ matches: on, media: q } as MediaQueryList)
      : real.call(window, q)) as typeof window.matchMedia;
  return () => (window.matchMedia = real);
}

async function counter(attrs: string, src = SUMMARY) {
  const box = await fixture<HTMLDivElement>(
    html`<div .innerHTML=${`<paris-call-counter src="${src}" no-animation ${attrs}></paris-call-counter>`}></div>`,
  );
  const el = box.firstElementChild as ParisCallCounter;
  await settled(el);
  return el;
}

/** The breakdown's rows, as a reader reads them. */
const breakdown = (el: ParisCallCounter) =>
  [...el.shadowRoot!.querySelectorAll('[part="breakdown"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

describe('<paris-call-counter>', () => {
  it('shows the total and every category of the real register (full layout)', async () => {
    const el = await counter('lang="en"');
    expect(el.status).to.equal('ready');
    const number = el.shadowRoot!.querySelector('[part="number"]')!;
    expect(number.textContent!.trim()).to.equal('1,222');
    expect(breakdown(el)).to.deep.equal([
      '81 states',
      '37 public authorities and local governments',
      '391 civil society organisations',
      '708 private sector organisations',
      '5 other supporters',
    ]);
    expect(shadowText(el)).to.contain('as of December 25, 2025');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="link"]')!;
    expect(link.href).to.equal('https://pariscall.international/en/supporters');
    expect(link.textContent).to.equal('Official list of supporters');
  });

  it('reads each figure with its noun, as a native reader counts: singular after a numeral in Hungarian, Arabic forms, Japanese counters', async () => {
    const rows = async (lang: string) => breakdown(await counter(`lang="${lang}"`));
    expect(await rows('hu')).to.deep.equal([
      '81 állam',
      '37 hatóság és helyi önkormányzat',
      '391 civil szervezet',
      '708 magánszektorbeli szereplő',
      '5 egyéb támogató',
    ]);
    // Arabic counts by the last two digits: 81, 37 and 391 take the singular (many), 708 and 5 the plural (few).
    expect(await rows('ar')).to.deep.equal([
      '81 دولة',
      '37 من السلطات العامة والحكومات المحلية',
      '391 منظمة من المجتمع المدني',
      '708 جهات من القطاع الخاص',
      '5 جهات داعمة أخرى',
    ]);
    expect((await rows('ja'))[0]).to.equal('81か国');
    expect(await rows('fr')).to.deep.equal([
      '81 États',
      '37 organismes publics et collectivités territoriales',
      '391 organisations de la société civile',
      '708 acteurs du secteur privé',
      '5 autres soutiens',
    ]);
    expect((await rows('de'))[0]).to.equal('81 Staaten');
    expect((await rows('sv'))[2]).to.equal('391 civilsamhällesorganisationer');
    expect((await rows('es'))[3]).to.equal('708 entidades del sector privado');
  });

  it('picks the singular for 1 and the Arabic dual for 2', async () => {
    const summary = await (await fetch(SUMMARY)).json();
    summary.counts.byCategory = { state: 1, 'public-authority': 2, 'civil-society': 1, 'private-sector': 2, uncategorized: 0 };
    summary.counts.total = 6;
    const src = `/stub-counter/${Date.now()}/summary.json`;
    const abs = new URL(src, document.baseURI).href;
    const real = loaderConfig.fetch;
    loaderConfig.fetch = (input, init) =>
      input === abs
        ? Promise.resolve(new Response(JSON.stringify(summary), { headers: { 'Content-Type': 'application/json' } }))
        : real(input, init);
    const rows = async (lang: string) => breakdown(await counter(`lang="${lang}"`, src));
    try {
      expect(await rows('en')).to.deep.equal([
        '1 state',
        '2 public authorities and local governments',
        '1 civil society organisation',
        '2 private sector organisations',
        '0 other supporters',
      ]);
      expect(await rows('ar')).to.deep.equal([
        '1 دولة',
        '2 من السلطات العامة والحكومات المحلية',
        '1 منظمة من المجتمع المدني',
        '2 جهتان من القطاع الخاص',
        '0 جهة داعمة أخرى',
      ]);
      expect((await rows('fr'))[0]).to.equal('1 État');
      expect((await rows('hu'))[1]).to.equal('2 hatóság és helyi önkormányzat');
    } finally {
      loaderConfig.fetch = real;
    }
  });

  for (const [category, n] of Object.entries(REAL)) {
    it(`shows the ${category} count (${n})`, async () => {
      const el = await counter(`lang="en" category="${category}"`);
      expect(el.shadowRoot!.querySelector('[part="number"]')!.textContent!.trim()).to.equal(String(n));
      expect(el.shadowRoot!.querySelector('[part="breakdown"]')).to.equal(null);
    });
  }

  it('compact layout: the number and its caption only', async () => {
    const el = await counter('lang="en" layout="compact"');
    expect(shadowText(el)).to.equal('Supporters of the Paris Call 1,222');
    expect(el.shadowRoot!.querySelector('[part="footer"]')).to.equal(null);
  });

  it('formats numbers and dates for the locale, right-to-left in Arabic', async () => {
    const fr = await counter('lang="fr"');
    expect(fr.shadowRoot!.querySelector('[part="number"]')!.textContent!.trim()).to.equal(new Intl.NumberFormat('fr').format(1222));
    expect(shadowText(fr)).to.contain('25 décembre 2025');
    expect(fr.shadowRoot!.querySelector<HTMLAnchorElement>('a')!.href).to.equal('https://pariscall.international/fr/supporters');

    const ar = await counter('lang="ar"');
    const base = ar.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    expect(base.dir).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    expect(ar.shadowRoot!.querySelector('[part="number"]')!.textContent!.trim()).to.equal(
      new Intl.NumberFormat('ar', { numberingSystem: 'latn' }).format(1222),
    );

    const ja = await counter('lang="ja"');
    expect(shadowText(ja)).to.contain('2025年12月25日');
    expect(ja.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!.lang).to.equal('ja');
  });

  it('follows the nearest ancestor lang and updates when it changes', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div lang="de"><paris-call-counter src=${SUMMARY} no-animation></paris-call-counter></div>`,
    );
    const el = box.firstElementChild as ParisCallCounter;
    await settled(el);
    expect(shadowText(el)).to.contain('1.222');
    box.lang = 'sv';
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('sv');
    expect(el.shadowRoot!.querySelector('[part="number"]')!.textContent!.trim()).to.equal(new Intl.NumberFormat('sv').format(1222));
    el.lang = 'hu';
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('hu');
  });

  it('on screen when its data arrives: the final figure at once, never a lower one', async () => {
    const restore = reducedMotion(false);
    try {
      const box = await fixture<HTMLDivElement>(html`<div><paris-call-counter lang="en" src=${SUMMARY}></paris-call-counter></div>`);
      const el = box.firstElementChild as ParisCallCounter;
      await settled(el);
      for (let i = 0; i < 10; i++) {
        expect(el.shadowRoot!.querySelector('[part="number"] [aria-hidden="true"]')).to.equal(null);
        expect(el.shadowRoot!.querySelector('[part="number"]')!.textContent!.trim()).to.equal('1,222');
        await new Promise((r) => requestAnimationFrame(r));
      }
    } finally {
      restore();
    }
  });

  /** The figure a reader sees: the number's text without the visually hidden copy for assistive technology. */
  const visibleNumber = (el: ParisCallCounter) =>
    [...el.shadowRoot!.querySelector('[part="number"]')!.children]
      .filter((c) => !c.classList.contains('sr-only'))
      .map((c) => c.textContent)
      .join('')
      .trim();

  it('further down the page: shows the real figure until scrolled into view, then counts up to it, the final figure in the DOM throughout', async () => {
    // Design change: it used to show 0 until the reader scrolled to it; now the real figure until the count-up starts.
    const restore = reducedMotion(false);
    try {
      const box = await fixture<HTMLDivElement>(
        html`<div><div style="height: 300vh"></div><paris-call-counter lang="en" src=${SUMMARY}></paris-call-counter></div>`,
      );
      const el = box.lastElementChild as ParisCallCounter;
      await settled(el);
      expect(visibleNumber(el)).to.equal('1,222');
      el.scrollIntoView();
      const seen: number[] = [];
      const read = () => {
        const sr = el.shadowRoot!.querySelector('[part="number"] .sr-only, [part="number"] data')!;
        expect(sr.textContent).to.equal('1,222');
        seen.push(Number(visibleNumber(el).replace(/\D/g, '')));
      };
      const end = performance.now() + 1500;
      while (performance.now() < end) {
        read();
        await new Promise((r) => requestAnimationFrame(r));
      }
      const start = seen.findIndex((n) => n < 1222);
      expect(start, 'it never counted up').to.be.at.least(0);
      expect(seen.slice(0, start).every((n) => n === 1222)).to.equal(true);
      expect(seen.at(-1)).to.equal(1222);
      for (let i = start + 1; i < seen.length; i++) expect(seen[i]).to.be.at.least(seen[i - 1]);
    } finally {
      window.scrollTo(0, 0);
      restore();
    }
  });

  it('below the fold and never scrolled to (a printed page, a full-length capture): shows the real figure, even once the page around it brings it on screen', async () => {
    const restore = reducedMotion(false);
    try {
      const box = await fixture<HTMLDivElement>(
        html`<div><div style="height: 300vh"></div><paris-call-counter lang="en" src=${SUMMARY}></paris-call-counter></div>`,
      );
      const el = box.lastElementChild as ParisCallCounter;
      await settled(el);
      expect(el.getBoundingClientRect().top).to.be.above(innerHeight);
      const check = async (ms: number) => {
        for (const end = performance.now() + ms; performance.now() < end;) {
          expect(visibleNumber(el)).to.equal('1,222');
          expect(el.shadowRoot!.querySelector('[part="number"] [aria-hidden="true"]')).to.equal(null);
          await new Promise((r) => requestAnimationFrame(r));
        }
      };
      await check(300);
      // As a capture service does by making the window as tall as the page: the counter comes on screen without a scroll.
      (box.firstElementChild as HTMLElement).style.height = '0';
      expect(el.getBoundingClientRect().top).to.be.below(innerHeight);
      await check(1200);
      // What a printer gets: the rendered text of the number.
      expect((el.shadowRoot!.querySelector('[part="number"]') as HTMLElement).innerText.trim()).to.equal('1,222');
    } finally {
      restore();
    }
  });

  it('does not animate under prefers-reduced-motion', async () => {
    const restore = reducedMotion(true);
    try {
      const box = await fixture<HTMLDivElement>(html`<div><paris-call-counter lang="en" src=${SUMMARY}></paris-call-counter></div>`);
      const el = box.firstElementChild as ParisCallCounter;
      await settled(el);
      expect(el.shadowRoot!.querySelector('[part="number"] [aria-hidden="true"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="number"]')!.textContent!.trim()).to.equal('1,222');
    } finally {
      restore();
    }
  });

  it("shows the host's fallback content while loading, then the live figure without counting up", async () => {
    const restore = reducedMotion(false);
    try {
      const el = document.createElement('paris-call-counter');
      el.setAttribute('src', `/__fault/delay-400/summary?key=fallback-${Date.now()}`);
      el.lang = 'en';
      el.innerHTML = '<p>1,222 supporters</p>';
      document.body.append(el);
      await el.updateComplete;
      expect(el.status).to.equal('loading');
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot).to.exist;
      expect(
        slot
          .assignedNodes()
          .map((n) => n.textContent)
          .join(''),
      ).to.contain('1,222 supporters');
      expect(el.shadowRoot!.querySelector('.skeleton')).to.equal(null);
      await settled(el);
      expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="number"] [aria-hidden="true"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="number"]')!.textContent!.trim()).to.equal('1,222');
      el.remove();
    } finally {
      restore();
    }
  });

  it('an empty tag shows a skeleton of the final size (no layout shift)', async () => {
    const el = document.createElement('paris-call-counter') as ParisCallCounter;
    el.setAttribute('src', `/__fault/delay-400/summary?key=skeleton-${Date.now()}`);
    el.lang = 'en';
    el.noAnimation = true;
    el.style.width = '400px';
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.skeleton')).to.exist;
    const before = el.getBoundingClientRect().height;
    await settled(el);
    const after = el.getBoundingClientRect().height;
    el.remove();
    expect(before).to.be.above(50);
    expect(Math.abs(after - before)).to.be.below(1);
  });

  it('switches theme: dark colours from theme="dark"', async () => {
    const el = await counter('lang="en"');
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    const light = getComputedStyle(base).backgroundColor;
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    const dark = getComputedStyle(base).backgroundColor;
    expect(light).to.equal('rgb(255, 255, 255)');
    expect(dark).to.equal('rgb(21, 23, 28)');
  });
});
