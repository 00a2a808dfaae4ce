import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/timeline/define.js';
import { TIMELINE_MILESTONE_KINDS, type ParisCallTimeline } from '../../src/components/timeline/timeline.js';
import { safeHref } from '../../src/components/timeline/format.js';
import { t } from '../../src/i18n/registry.js';
import { countPhrase } from '../../src/core/intl.js';
import { clearDataCache, loaderConfig } from '../../src/data/loader.js';
import { CATEGORIES, type LocaleCode, type Summary, type Texts } from '../../src/data/types.js';
import { SUMMARY, settled, shadowText } from '../helpers/helpers.js';
import { expectCompleteTable, table } from '../helpers/i18n.js';

const timelineStrings = table('timeline');

/** The published summary and texts as a reader downloads them (expected values are derived from them, never typed in). */
type Published = Summary & Pick<Texts, 'principles' | 'milestones' | 'signedByDate'>;
let published: Published;
before(async () => {
  const texts = (await (await fetch(new URL('texts.json', new URL(SUMMARY, document.baseURI)))).json()) as Texts;
  published = {
    ...((await (await fetch(SUMMARY)).json()) as Summary),
    principles: texts.principles,
    milestones: texts.milestones,
    signedByDate: texts.signedByDate,
  };
});

const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

const longDate = (lang: string, iso: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn' }).format(new Date(`${iso}T00:00:00Z`));
const yearOf = (lang: string, y: number) =>
  new Intl.DateTimeFormat(lang, { year: 'numeric', timeZone: 'UTC', numberingSystem: 'latn' }).format(new Date(Date.UTC(y, 0, 1)));

async function timeline(attrs: string, width = 800, src = SUMMARY) {
  const box = await fixture<HTMLDivElement>(
    html`<div .innerHTML=${`<paris-call-timeline src="${src}" ${attrs}></paris-call-timeline>`}></div>`,
  );
  box.style.width = `${width}px`;
  const el = box.firstElementChild as ParisCallTimeline;
  await settled(el);
  // The chart's viewBox follows its measured width one frame later.
  await frames();
  await el.updateComplete;
  return el;
}

const $ = <E extends Element = HTMLElement>(el: ParisCallTimeline, q: string) => el.shadowRoot!.querySelector<E>(q)!;
const $$ = <E extends Element = HTMLElement>(el: ParisCallTimeline, q: string) => [...el.shadowRoot!.querySelectorAll<E>(q)];
const items = (el: ParisCallTimeline) => $$(el, 'ol[part="list"] > li');

let stubs = 0;
/** Serves a modified copy of the published summary and texts through `loaderConfig.fetch`, restored afterwards. */
async function withSummary(edit: (s: Published) => void, run: (src: string) => Promise<void>) {
  const src = `/stub/${Date.now()}-${stubs++}/summary.json`;
  const abs = new URL(src, document.baseURI).href;
  const textsAbs = new URL('texts.json', abs).href;
  const data = structuredClone(published);
  edit(data);
  const { principles, milestones, signedByDate, ...summary } = data;
  const texts: Texts = {
    schemaVersion: summary.schemaVersion,
    kind: 'paris-call-texts',
    asOf: summary.asOf,
    principles,
    milestones,
    signedByDate,
  };
  const json = (v: unknown) => Promise.resolve(new Response(JSON.stringify(v), { headers: { 'Content-Type': 'application/json' } }));
  const real = loaderConfig.fetch;
  loaderConfig.fetch = (input, init) => (input === abs ? json(summary) : input === textsAbs ? json(texts) : real(input, init));
  try {
    await run(src);
  } finally {
    loaderConfig.fetch = real;
    clearDataCache(abs);
    clearDataCache(textsAbs);
  }
}

describe('<paris-call-timeline>', () => {
  for (const lang of ['en', 'ar', 'ja'] as LocaleCode[]) {
    it(`${lang}: every milestone in date order, dates formatted by Intl, ascending datetime attributes`, async () => {
      const el = await timeline(`lang="${lang}"`);
      expect(el.status).to.equal('ready');
      const sorted = [...published.milestones].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      const lis = items(el);
      expect(lis).to.have.length(published.milestones.length);
      const times = lis.map((li) => li.querySelector('time')!);
      const datetimes = times.map((tm) => tm.getAttribute('datetime')!);
      expect(datetimes).to.deep.equal(sorted.map((m) => m.date));
      for (let i = 1; i < datetimes.length; i++)
        expect(datetimes[i] >= datetimes[i - 1], `${datetimes[i]} after ${datetimes[i - 1]}`).to.be.true;
      for (const tm of times) {
        expect(tm.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}$/);
        expect(tm.textContent).to.equal(longDate(lang, tm.getAttribute('datetime')!));
      }
      expect(lis.map((li) => li.querySelector('[part="text"]')!.textContent)).to.deep.equal(sorted.map((m) => m.text[lang]));
      const base = $(el, '[part="base"]');
      expect(base.getAttribute('lang')).to.equal(lang);
      expect(getComputedStyle(base).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      if (lang === 'ar') expect(/[\u0600-\u06FF]/.test(shadowText(el))).to.be.true;
      if (lang === 'ja') expect(/[\u3040-\u30FF\u4E00-\u9FFF]/.test(shadowText(el))).to.be.true;
      // The list is an ordered list of items, each under a heading with its date.
      expect($(el, '[part="list"]').localName).to.equal('ol');
      for (const li of lis) expect(li.querySelector('[role="heading"] time')).to.exist;
    });
  }

  it('shows milestones a publisher adds, sorted, with a neutral label for an unknown kind', async () => {
    await withSummary(
      (s) => {
        s.milestones.reverse();
        const extra = structuredClone(s.milestones[0]!);
        extra.date = '2023-05-10';
        extra.kind = 'summit-of-the-future';
        for (const l of Object.keys(extra.text) as LocaleCode[]) extra.text[l] = `Added milestone (${l})`;
        extra.counts = { total: 1100 };
        extra.sources = [];
        s.milestones.unshift(extra);
      },
      async (src) => {
        for (const lang of ['en', 'fr'] as LocaleCode[]) {
          const el = await timeline(`lang="${lang}"`, 800, src);
          const dts = items(el).map((li) => li.querySelector('time')!.getAttribute('datetime')!);
          expect(dts).to.deep.equal([...dts].sort());
          expect(dts).to.include('2023-05-10');
          const added = items(el).find((li) => li.querySelector('time')!.getAttribute('datetime') === '2023-05-10')!;
          expect(added.dataset.kind).to.equal('summit-of-the-future');
          expect(added.querySelector('[part="kind"]')!.textContent).to.equal(timelineStrings[lang]['kind.other']);
          expect(added.querySelector('[part="text"]')!.textContent).to.equal(`Added milestone (${lang})`);
          for (const li of items(el)) {
            const kind = li.dataset.kind!;
            if ((TIMELINE_MILESTONE_KINDS as readonly string[]).includes(kind)) {
              expect(li.querySelector('[part="kind"]')!.textContent).to.equal(timelineStrings[lang][`kind.${kind}` as 'kind.launch']);
            }
          }
          // Its reported total is a marked point of the chart too.
          expect($(el, 'svg[role="img"]').getAttribute('aria-label')).to.contain(longDate(lang, '2023-05-10'));
        }
      },
    );
  });

  it('marks a text shown in English for want of a translation with lang="en"', async () => {
    await withSummary(
      (s) => {
        delete (s.milestones[1]!.text as Partial<Record<LocaleCode, string>>).sv;
      },
      async (src) => {
        const el = await timeline('lang="sv"', 800, src);
        const date = published.milestones[1]!.date;
        const li = items(el).find((x) => x.querySelector('time')!.getAttribute('datetime') === date)!;
        const text = li.querySelector('[part="text"]')!;
        expect(text.textContent).to.equal(published.milestones[1]!.text.en);
        expect(text.getAttribute('lang')).to.equal('en');
        const other = items(el)
          .find((x) => x !== li)!
          .querySelector('[part="text"]')!;
        expect(other.hasAttribute('lang')).to.be.false;
      },
    );
  });

  it('reads the 81 states of the register as each language counts them', async () => {
    const expected = {
      en: '81 states',
      fr: '81 États',
      ar: '81 دولة',
      ja: '81か国',
      hu: '81 állam',
      sv: '81 stater',
      de: '81 Staaten',
      es: '81 Estados',
    };
    for (const [lang, phrase] of Object.entries(expected)) {
      const el = await timeline(`lang="${lang}"`);
      const counts = $$(el, '[part="counts"] li').map((x) => x.textContent!.replace(/\s+/g, ' ').trim());
      expect(counts, lang).to.include(phrase);
    }
  });

  it('shows the counts reported on the day, localised', async () => {
    const el = await timeline('lang="de"');
    const sorted = [...published.milestones].sort((a, b) => (a.date < b.date ? -1 : 1));
    const nf = new Intl.NumberFormat('de');
    items(el).forEach((li, i) => {
      const m = sorted[i]!;
      const counts = li.querySelector('[part="counts"]');
      const expected: string[] = [];
      // Each figure with its noun in the form German uses for it ("1 Staat", "81 Staaten").
      const phrase = (key: 'all' | (typeof CATEGORIES)[number], n: number) =>
        countPhrase('de', t('de', `count.${key}`), n).join(nf.format(n));
      if (m.counts.total !== undefined) expected.push(phrase('all', m.counts.total));
      for (const c of CATEGORIES) if (m.counts[c] !== undefined) expected.push(phrase(c, m.counts[c]!));
      if (expected.length === 0) expect(counts).to.equal(null);
      else expect([...counts!.querySelectorAll('li')].map((x) => x.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(expected);
    });
    // The register's figures of 2025-12-25, as a German reader reads them.
    const all = $$(el, '[part="counts"] li').map((x) => x.textContent!.replace(/\s+/g, ' ').trim());
    expect(all).to.include.members(['1.222 Unterstützer', '81 Staaten', '391 zivilgesellschaftliche Organisationen']);
  });

  it('source links are http(s) only; sources without a URL are named from kind, language and date', async () => {
    const el = await timeline('lang="en"');
    const links = $$<HTMLAnchorElement>(el, 'a[href]');
    const withUrl = published.milestones.flatMap((m) => m.sources).filter((s) => s.url);
    expect(links).to.have.length(withUrl.length);
    for (const a of links) expect(a.getAttribute('href')).to.match(/^https?:/);
    expect(links.map((a) => a.textContent)).to.deep.equal(withUrl.map((s) => s.label));
    for (const a of links) expect(a.rel).to.contain('noopener');

    const offline = published.milestones.flatMap((m) => m.sources).find((s) => !s.url && s.language && s.published?.length === 7)!;
    const language = new Intl.DisplayNames('en', { type: 'language' }).of(offline.language!)!;
    const [y, mo] = offline.published!.split('-').map(Number);
    const month = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(y!, mo! - 1, 1)),
    );
    const kindLabel = timelineStrings.en[`source.${offline.kind}` as 'source.press-article'];
    // e.g. "Press article (Hungarian), November 2018: <what the article is about>"
    expect(shadowText(el)).to.contain(`${kindLabel} (${language}), ${month}: ${offline.label}`);
  });

  it('never links a hostile URL and shows hostile text as text', async () => {
    const hostile = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'ftp://example.org/file',
      '//evil.example/x',
      '/relative/path',
      'https://ok.example/page',
      'http://ok.example/other',
    ];
    await withSummary(
      (s) => {
        for (const other of s.milestones) other.sources = [];
        const m = s.milestones[0]!;
        m.text.en = '<img src=x onerror="window.__pcwPwned=1">';
        m.sources = hostile.map((url, i) => ({
          url,
          label: `<b>source ${i}</b>`,
          language: null,
          kind: i % 2 ? 'web-page' : 'evil-kind',
          published: null,
        }));
      },
      async (src) => {
        const el = await timeline('lang="en"', 800, src);
        const hrefs = $$<HTMLAnchorElement>(el, 'a[href]').map((a) => a.getAttribute('href')!);
        for (const h of hrefs) expect(h.startsWith('http:') || h.startsWith('https:'), h).to.be.true;
        expect(hrefs).to.deep.equal(['https://ok.example/page', 'http://ok.example/other']);
        expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
        expect(shadowText(el)).to.contain('<img src=x onerror="window.__pcwPwned=1">');
        expect(shadowText(el)).to.contain('<b>source 0</b>');
        expect((window as unknown as { __pcwPwned?: number }).__pcwPwned).to.equal(undefined);
        // Every source is still named, the unknown kind with the neutral label.
        expect(shadowText(el)).to.contain(`${timelineStrings.en['source.other']}: <b>source 0</b>`);
      },
    );
    // The widget checks again at render time, whatever the validator let through.
    for (const u of hostile.slice(0, 9)) expect(safeHref(u), u).to.equal(null);
    expect(safeHref('https://ok.example/page')).to.equal('https://ok.example/page');
    expect(safeHref(null)).to.equal(null);
  });

  it('marks project translations with a localised "unofficial translation" note', async () => {
    await withSummary(
      (s) => {
        s.milestones[0]!.translated = ['en'];
        s.milestones[1]!.translated = [];
      },
      async (src) => {
        for (const lang of ['en', 'ja', 'ar'] as LocaleCode[]) {
          const el = await timeline(`lang="${lang}"`, 800, src);
          const sorted = [...published.milestones].sort((a, b) => (a.date < b.date ? -1 : 1));
          const translated = (date: string) => {
            const i = published.milestones.findIndex((m) => m.date === date);
            return i === 0 ? ['en'] : i === 1 ? [] : published.milestones[i]!.translated;
          };
          let notes = 0;
          for (const [i, li] of items(el).entries()) {
            const note = li.querySelector('[part="note"]');
            const expected = translated(sorted[i]!.date).includes(lang);
            expect(!!note, `${lang} ${sorted[i]!.date}`).to.equal(expected);
            if (note) {
              notes++;
              expect(note.textContent).to.equal(t(lang, 'unofficialTranslation'));
            }
          }
          expect(notes, lang).to.be.above(0);
        }
      },
    );
  });

  it('is vertical by default; orientation is reflected', async () => {
    const el = await timeline('lang="en"', 1200);
    expect(el.getAttribute('orientation')).to.equal('vertical');
    const list = $(el, '[part="list"]');
    expect(getComputedStyle(list).flexDirection).to.equal('column');
    const [a, b] = items(el).map((li) => li.getBoundingClientRect());
    expect(b!.top).to.be.at.least(a!.bottom - 1);
    expect(list.hasAttribute('tabindex')).to.be.false;
    el.orientation = 'horizontal';
    await el.updateComplete;
    expect(el.getAttribute('orientation')).to.equal('horizontal');
  });

  it('horizontal: side by side in a focusable, labelled, snapping scroller at 1200px; stacked at 360px', async () => {
    const el = await timeline('lang="en" orientation="horizontal"', 1200);
    const list = $(el, '[part="list"]');
    const style = getComputedStyle(list);
    expect(style.flexDirection).to.equal('row');
    expect(style.overflowX).to.equal('auto');
    expect(style.scrollSnapType).to.contain('x');
    expect(list.getAttribute('tabindex')).to.equal('0');
    expect(list.getAttribute('aria-label')).to.equal(timelineStrings.en.list);
    const rects = () => items(el).map((li) => li.getBoundingClientRect());
    let [a, b] = rects();
    expect(Math.abs(a!.top - b!.top)).to.be.below(1);
    expect(b!.left).to.be.at.least(a!.right - 1);
    expect(list.scrollWidth).to.be.above(list.clientWidth);
    // Keyboard: the scroller takes focus, then the links inside it.
    list.focus();
    expect(el.shadowRoot!.activeElement).to.equal(list);

    // The same element in a narrow container: stacked (container query).
    el.parentElement!.style.width = '360px';
    await frames();
    expect(getComputedStyle(list).flexDirection).to.equal('column');
    [a, b] = rects();
    expect(b!.top).to.be.at.least(a!.bottom - 1);
    expect(list.scrollWidth).to.be.at.most(list.clientWidth + 1);

    el.parentElement!.style.width = '1200px';
    await frames();
    expect(getComputedStyle(list).flexDirection).to.equal('row');
  });

  it('horizontal in Arabic runs right to left', async () => {
    const el = await timeline('lang="ar" orientation="horizontal"', 1200);
    const [a, b] = items(el).map((li) => li.getBoundingClientRect());
    expect(Math.abs(a!.top - b!.top)).to.be.below(1);
    expect(b!.right).to.be.at.most(a!.left + 1);
  });

  it('a narrow horizontal timeline starts stacked', async () => {
    const el = await timeline('lang="ja" orientation="horizontal"', 360);
    expect(getComputedStyle($(el, '[part="list"]')).flexDirection).to.equal('column');
    const [a, b] = items(el).map((li) => li.getBoundingClientRect());
    expect(b!.top).to.be.at.least(a!.bottom - 1);
  });

  for (const lang of ['en', 'ar', 'ja'] as LocaleCode[]) {
    it(`${lang}: the growth chart marks the reported figures and says so in its text alternative`, async () => {
      const el = await timeline(`lang="${lang}"`, 1200);
      const nf = new Intl.NumberFormat(lang, { numberingSystem: 'latn' });
      const svgEl = $(el, '[part="chart"] svg[role="img"]');
      const alt = svgEl.getAttribute('aria-label')!;
      // Expected points, from the published data: a reported total, else the sum of the reported categories; the register total at asOf.
      const points = new Map<string, { value: number; basis: string }>();
      for (const m of published.milestones) {
        const cats = CATEGORIES.filter((c) => m.counts[c] !== undefined);
        if (m.counts.total !== undefined) points.set(m.date, { value: m.counts.total, basis: 'total' });
        else if (cats.length) points.set(m.date, { value: cats.reduce((s, c) => s + m.counts[c]!, 0), basis: 'sum' });
      }
      const atAsOf = points.get(published.asOf);
      if (atAsOf?.value === published.counts.total) atAsOf.basis = 'register';
      else points.set(published.asOf, { value: published.counts.total, basis: 'register' });
      const tt = timelineStrings[lang];
      for (const [date, p] of points) {
        const sentence = tt[`chart.alt.${p.basis}` as 'chart.alt.total']
          .replace('{date}', longDate(lang, date))
          .replace('{count}', nf.format(p.value));
        expect(alt, `${date} ${p.basis}`).to.contain(sentence);
      }
      expect(points.size).to.be.at.least(3);
      expect([...points.values()].some((p) => p.basis === 'sum')).to.be.true;
      const dated = published.signedByDate.reduce((s, d) => s + d.count, 0);
      expect(alt).to.contain(nf.format(dated));
      // One marker per point, the sums hollow and the register total square.
      expect($$(el, '.points > *')).to.have.length(points.size);
      expect($$(el, '.points circle.sum')).to.have.length([...points.values()].filter((p) => p.basis === 'sum').length);
      expect($$(el, '.points rect.register')).to.have.length(1);
      expect($$(el, '.values text').map((x) => x.textContent)).to.deep.equal(
        [...points.entries()].sort().map(([, p]) => nf.format(p.value)),
      );
      // Axes: the locale's years and numbers.
      const years = $$(el, '.x-ticks text').map((x) => x.textContent);
      const first =
        Number(
          published.milestones
            .map((m) => m.date)
            .sort()[0]!
            .slice(0, 4),
        ) + 1;
      expect(years[0]).to.equal(yearOf(lang, first));
      expect(years).to.deep.equal(years.map((_, i) => yearOf(lang, first + i)));
      expect(years.length).to.be.at.least(5);
      const ys = $$(el, '.y-ticks text').map((x) => x.textContent);
      expect(ys[0]).to.equal(nf.format(0));
      const step = [1, 2, 2.5, 5].flatMap((f) => [1, 10, 100, 1000].map((m) => f * m)).find((st) => nf.format(st) === ys[1]);
      expect(step, `y step from "${ys[1]}"`).to.be.a('number');
      expect(ys).to.deep.equal(ys.map((_, i) => nf.format(i * step!)));
      expect((ys.length - 1) * step!).to.be.at.least(published.counts.total);
      // The caption says what is counted; the years and figures need no axis titles.
      expect($$(el, '.axis-title')).to.have.length(0);
      // Time runs from the start side: mirrored in Arabic.
      const cx = $$<SVGCircleElement>(el, '.points circle').map((c) => Number(c.getAttribute('cx')));
      const sq = $<SVGRectElement>(el, '.points rect.register');
      const last = Number(sq.getAttribute('x'));
      expect(lang === 'ar' ? cx[0]! > last : cx[0]! < last).to.be.true;
      // Scales with its container, no inline styles anywhere (strict CSP).
      expect(svgEl.getAttribute('viewBox')).to.match(/^0 0 \d+ \d+$/);
      expect(Math.abs(svgEl.getBoundingClientRect().width - $(el, '.chart-box').getBoundingClientRect().width)).to.be.below(1);
      expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
      // The visible note says the dated rows are not a total.
      expect($(el, '[part="chart-note"]').textContent).to.contain(nf.format(dated)).and.contain(nf.format(published.counts.total));
    });
  }

  it('keeps chart labels at about the text size on a phone and on a desktop', async () => {
    for (const width of [360, 1200]) {
      const el = await timeline('lang="en"', width);
      const label = $(el, '.y-ticks text') as SVGTextElement;
      // The font size as drawn: its CSS size times the chart's scale (a glyph
      // box's height would measure the font's ascent and descent too).
      const px = parseFloat(getComputedStyle(label).fontSize) * label.ownerSVGElement!.getScreenCTM()!.a;
      expect(px, `${width}px`).to.be.within(10, 20);
    }
  });

  it('heading-level sets the heading and the milestone headings one level below', async () => {
    const el = await timeline('lang="en"');
    expect($(el, '[part="heading"]').getAttribute('aria-level')).to.equal('2');
    expect($(el, '[part="heading"]').textContent!.trim()).to.equal(timelineStrings.en.title);
    expect($$(el, '[part="header"]').map((h) => h.getAttribute('aria-level'))).to.satisfy((l: string[]) => l.every((x) => x === '3'));
    const el4 = await timeline('lang="en" heading-level="4" no-heading');
    expect($(el4, '[part="heading"]').getAttribute('aria-level')).to.equal('4');
    expect($(el4, '[part="heading"]').hidden).to.be.true;
    expect($$(el4, '[part="header"]').every((h) => h.getAttribute('aria-level') === '5')).to.be.true;
  });

  it('an empty tag shows a skeleton of about the final size', async () => {
    const el = document.createElement('paris-call-timeline');
    el.setAttribute('src', `/__fault/delay-500/summary?key=timeline-skeleton-${Date.now()}`);
    el.lang = 'en';
    el.style.width = '800px';
    el.style.display = 'block';
    document.body.append(el);
    try {
      await el.updateComplete;
      await frames();
      expect(el.status).to.equal('loading');
      expect(el.shadowRoot!.querySelector('.skeleton')).to.exist;
      expect($(el, '[part="base"]').getAttribute('aria-busy')).to.equal('true');
      const before = el.getBoundingClientRect().height;
      await settled(el);
      await frames();
      const after = el.getBoundingClientRect().height;
      expect(before).to.be.above(600);
      expect(Math.abs(after - before) / after).to.be.below(0.3);
      expect($(el, '[part="base"]').getAttribute('aria-busy')).to.equal('false');
    } finally {
      el.remove();
    }
  });

  it("shows the host's fallback content while loading", async () => {
    const el = document.createElement('paris-call-timeline');
    el.setAttribute('src', `/__fault/delay-400/summary?key=timeline-fallback-${Date.now()}`);
    el.innerHTML = '<p>12 November 2018: launch of the Paris Call</p>';
    document.body.append(el);
    try {
      await el.updateComplete;
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(
        slot
          .assignedNodes()
          .map((n) => n.textContent)
          .join(''),
      ).to.contain('launch of the Paris Call');
      expect(el.shadowRoot!.querySelector('.skeleton')).to.equal(null);
      await settled(el);
      expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
      expect(items(el as ParisCallTimeline).length).to.equal(published.milestones.length);
    } finally {
      el.remove();
    }
  });

  it('string table: every key in all eight locales', () => {
    expectCompleteTable(timelineStrings, 'timeline');
    for (const k of TIMELINE_MILESTONE_KINDS) expect(timelineStrings.en).to.have.property(`kind.${k}`);
  });

  for (const theme of ['light', 'dark']) {
    for (const orientation of ['vertical', 'horizontal']) {
      it(`axe: 0 violations in en, ar, ja, ${theme} theme, ${orientation}`, async () => {
        for (const lang of ['en', 'ar', 'ja']) {
          const el = await timeline(`lang="${lang}" theme="${theme}" orientation="${orientation}"`, 1000);
          expect(el.status).to.equal('ready');
          await expect(el.parentElement).to.be.accessible();
        }
      });
    }
  }
});
