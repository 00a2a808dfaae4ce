import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/map/define.js';
import type { ParisCallMap } from '../../src/components/map/map.js';
import { MAP_STEPS, mapStep } from '../../src/components/map/map.js';
import { validateMap } from '../../src/components/map/map-data.js';
import { ParisCallDataError } from '../../src/data/errors.js';
import { loaderConfig } from '../../src/data/loader.js';
import { SUMMARY, fastLoader, requestArrivals, requestCount, restoreLoader, settled, shadowText } from '../helpers/helpers.js';
import { expectCompleteTable, strings, table } from '../helpers/i18n.js';

const mapStrings = table('map');

interface RawSummary {
  byCountry: { country: string; counts: Record<string, number> }[];
  noCountry: { name: string }[];
}
interface RawMap {
  viewBox: [number, number];
  countries: { id: string; d: string }[];
  markers: { id: string; x: number; y: number }[];
}

// The published files, read the way a user's browser gets them: expectations
// are computed from the data, never typed in.
let summary: RawSummary;
let geo: RawMap;
const total = (c: RawSummary['byCountry'][number]) => Object.values(c.counts).reduce((a, b) => a + b, 0);

before(async () => {
  summary = await (await fetch(SUMMARY)).json();
  geo = await (await fetch('/dist/data/map.json')).json();
});

async function map(attrs = 'lang="en"', wrap = (s: string) => `<div>${s}</div>`) {
  const box = await fixture<HTMLDivElement>(
    html`<div .innerHTML=${wrap(`<paris-call-map src="${SUMMARY}" ${attrs}></paris-call-map>`)}></div>`,
  );
  const el = box.querySelector('paris-call-map') as ParisCallMap;
  await settled(el);
  expect(el.status).to.equal('ready');
  return el;
}

const $ = <T extends Element = HTMLElement>(el: ParisCallMap, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: ParisCallMap, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const ids = (els: Element[]) => els.map((e) => e.getAttribute('data-id')!).sort();
const tip = (el: ParisCallMap) => $(el, '[part="tooltip"]');
const tipText = (el: ParisCallMap) => tip(el).textContent!.replace(/\s+/g, ' ').trim();
const popoverOpen = (t: HTMLElement) => (typeof t.showPopover === 'function' ? t.matches(':popover-open') : !t.hidden);
const tipShown = (el: ParisCallMap) => popoverOpen(tip(el)) && tipText(el) !== '';
const frame = (el: ParisCallMap) => $(el, '[part="map"]');
const names = (lang: string) => new Intl.DisplayNames(lang, { type: 'region' });

/** Countries in the order the keyboard visits them: by localised name, those on the map. */
function keyboardOrder(lang: string): string[] {
  const onMap = new Set([...geo.countries.map((c) => c.id), ...geo.markers.map((m) => m.id)]);
  const dn = names(lang);
  const collator = new Intl.Collator(lang);
  return summary.byCountry
    .filter((c) => onMap.has(c.country) && total(c) > 0)
    .map((c) => c.country)
    .sort((a, b) => collator.compare(dn.of(a)!, dn.of(b)!));
}

function luminance(rgb: string): number {
  const [r, g, b] = rgb
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

describe('<paris-call-map>', () => {
  it('has every string in every locale', () => {
    expectCompleteTable(mapStrings, 'map');
  });

  it('states mode: colours exactly the supporting states, small ones as circles', async () => {
    const el = await map();
    expect(el.mode).to.equal('states');
    const shapes = new Set(geo.countries.map((c) => c.id));
    const markers = new Set(geo.markers.map((m) => m.id));
    const states = summary.byCountry.filter((c) => c.counts.state > 0).map((c) => c.country);
    expect(states.length).to.equal(81);
    const supporting = $$(el, 'path.c.supporting');
    const withShape = states.filter((id) => shapes.has(id)).sort();
    expect(supporting.length).to.equal(withShape.length);
    expect(ids(supporting)).to.deep.equal(withShape);
    // Every path is a country of the map, drawn once.
    expect($$(el, 'path.c').length).to.equal(geo.countries.length);
    // Small supporting states are circles; 1:110m has no shape for these.
    const circles = ids($$(el, 'circle.m.supporting'));
    expect(circles).to.deep.equal(states.filter((id) => markers.has(id)).sort());
    for (const id of ['AD', 'LI', 'MC', 'MT', 'SG', 'SM', 'MU', 'LU']) expect(circles, id).to.include(id);
    // Circles only for countries with supporters.
    const withSupporters = new Set(summary.byCountry.map((c) => c.country));
    for (const id of ids($$(el, 'svg.world circle.m[data-id]'))) expect(withSupporters.has(id), id).to.equal(true);
    // Every country with supporters can be reached: a shape or a circle.
    const reachable = new Set(ids($$(el, '[data-id]')));
    expect(summary.byCountry.filter((c) => !reachable.has(c.country)).map((c) => c.country)).to.deep.equal([]);
    // Colour: the accent for supporters, something else for the rest.
    const fill = (sel: string) => getComputedStyle($(el, sel)).fill;
    expect(fill('path.c.supporting[data-id="FR"]')).to.equal('rgb(11, 92, 173)');
    expect(fill('path.c[data-id="BR"]')).to.not.equal('rgb(11, 92, 173)');
    expect(fill('circle.m.supporting[data-id="MC"]')).to.equal('rgb(11, 92, 173)');
  });

  it('mode="all" colours every country by its number of supporters, in classed steps', async () => {
    const el = await map();
    const before = getComputedStyle($(el, 'path[data-id="IN"]')).fill;
    el.setAttribute('mode', 'all');
    await el.updateComplete;
    expect(el.mode).to.equal('all');
    const shapes = new Set(geo.countries.map((c) => c.id));
    const expected = summary.byCountry
      .filter((c) => shapes.has(c.country) && total(c) > 0)
      .map((c) => c.country)
      .sort();
    expect(ids($$(el, 'path.c.supporting'))).to.deep.equal(expected);
    // India: no state signature, many organisations — neutral before, coloured now.
    expect(getComputedStyle($(el, 'path[data-id="IN"]')).fill).to.not.equal(before);
    for (const c of summary.byCountry) {
      const node = el.shadowRoot!.querySelector(`[data-id="${c.country}"]`);
      if (node) expect(node.classList.contains(`s${mapStep(total(c))}`), c.country).to.equal(true);
    }
    // The steps are different colours, darker with more supporters (light theme).
    const stepFills = [1, 2, 3, 4, 5].map((s) => getComputedStyle($(el, `path.s${s}`)).fill);
    expect(new Set(stepFills).size).to.equal(5);
    for (let i = 1; i < 5; i++) expect(luminance(stepFills[i])).to.be.below(luminance(stepFills[i - 1]));
    expect(mapStep(0)).to.equal(0);
    expect(mapStep(1)).to.equal(1);
    expect(mapStep(MAP_STEPS[4])).to.equal(5);
    el.mode = 'states';
    await el.updateComplete;
    expect($$(el, '.s1, .s2, .s3, .s4, .s5').filter((e) => e.closest('svg.world'))).to.have.length(0);
  });

  it('has a legend that explains the colours in each mode', async () => {
    const el = await map();
    const legend = () => $$(el, '[part="legend"] li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(legend()).to.deep.equal(['Supports the Call', 'Has not joined as a state', 'Circle: a small country or territory']);
    expect($(el, '[part="legend"] .legend-title').textContent).to.equal('States');
    el.mode = 'all';
    await el.updateComplete;
    expect(legend()).to.deep.equal(['None', '1', '2–9', '10–24', '25–99', '100 or more', 'Circle: a small country or territory']);
    // The legend's swatches have the map's colours.
    const sw = getComputedStyle($(el, '[part="legend"] rect.s3')).fill;
    expect(sw).to.equal(getComputedStyle($(el, 'path.c.s3')).fill);
  });

  it('lists the supporters that have no country', async () => {
    const el = await map();
    const items = $$(el, '[part="no-country"] li .name').map((n) => n.textContent);
    expect(items).to.deep.equal(summary.noCountry.map((n) => n.name));
    expect(items).to.have.length(5);
    expect(items).to.include('European Union');
    expect(items).to.include('INTERPOL');
    expect(shadowText(el)).to.contain('Supporters not based in a country');
  });

  it('keyboard: one tab stop; focus, arrows and Enter show the tooltip, Escape closes it', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <button id="before">before</button>
      <paris-call-map src=${SUMMARY} lang="en"></paris-call-map>
      <button id="after">after</button>
    </div>`);
    const el = box.querySelector('paris-call-map') as ParisCallMap;
    await settled(el);
    const order = keyboardOrder('en');
    const dn = names('en');
    const byId = new Map(summary.byCountry.map((c) => [c.country, c]));
    box.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(frame(el));
    expect(frame(el).getAttribute('tabindex')).to.equal('0');
    await waitUntil(() => tipShown(el), 'tooltip on focus');
    expect(tipText(el)).to.contain(dn.of(order[0]));
    // Said as well as shown: a screen reader hears where the keyboard is.
    await el.updateComplete;
    expect($(el, '[aria-live]').textContent).to.contain(dn.of(order[0]));

    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const second = byId.get(order[1])!;
    expect(tipText(el)).to.contain(dn.of(order[1]));
    expect(tipText(el)).to.contain(`Civil society: ${second.counts['civil-society']}`);
    expect(tipText(el)).to.contain(`Private sector: ${second.counts['private-sector']}`);
    expect(tipText(el)).to.contain(second.counts.state ? 'The state supports the Call' : 'The state has not joined');
    // Announced to screen readers, and outlined on the map.
    expect($(el, '[aria-live]').textContent).to.contain(dn.of(order[1]));
    expect($(el, 'svg.world .current').getAttribute('data-current')).to.equal(order[1]);

    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(tipText(el)).to.contain(dn.of(order[order.length - 1]));
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(tipText(el)).to.contain(dn.of(order[0]));

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(popoverOpen(tip(el))).to.equal(false);
    expect(tipText(el)).to.equal('');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(tipShown(el)).to.equal(true);
    expect(tipText(el)).to.contain(dn.of(order[0]));

    // One tab stop: the next Tab leaves the map.
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    // The next control, not another country.
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'button[part="toggle"]'));
    expect(popoverOpen(tip(el))).to.equal(false);
  });

  it('the tooltip is localised (ja, ar) and mirrored keys follow the reading direction', async () => {
    for (const lang of ['ja', 'ar']) {
      const el = await map(`lang="${lang}"`);
      const order = keyboardOrder(lang);
      frame(el).focus();
      await waitUntil(() => tipShown(el), `tooltip on focus (${lang})`);
      expect(tipText(el)).to.contain(names(lang).of(order[0]));
      // Right is "next" in Japanese, "previous" in Arabic.
      await sendKeys({ press: lang === 'ar' ? 'ArrowLeft' : 'ArrowRight' });
      await el.updateComplete;
      const c = summary.byCountry.find((x) => x.country === order[1])!;
      expect(tipText(el)).to.contain(names(lang).of(order[1]));
      expect(tipText(el)).to.contain(new Intl.NumberFormat(lang, { numberingSystem: 'latn' }).format(c.counts['private-sector']));
      expect(tipText(el)).to.contain(strings[lang as 'ja' | 'ar']['category.private-sector']);
      expect(tip(el).closest('[dir]')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      expect(getComputedStyle(tip(el)).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
    }
  });

  it('hover and tap show a country, leaving hides it', async () => {
    const el = await map();
    const fr = $(el, 'path[data-id="FR"]');
    const r = fr.getBoundingClientRect();
    const at = { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true, composed: true };
    fr.dispatchEvent(new PointerEvent('pointerover', { ...at, pointerType: 'mouse' }));
    await el.updateComplete;
    expect(tipShown(el)).to.equal(true);
    expect(tipText(el)).to.contain('France');
    const fra = summary.byCountry.find((c) => c.country === 'FR')!;
    expect(tipText(el)).to.contain(`Private sector: ${fra.counts['private-sector']}`);
    $(el, 'svg.world').dispatchEvent(new PointerEvent('pointerleave', { ...at, bubbles: false, pointerType: 'mouse' }));
    await waitUntil(() => !popoverOpen(tip(el)), 'hidden after leaving', { timeout: 2000 });

    // A tap on a small state's circle; a second tap closes it.
    const mc = $(el, 'circle[data-id="MC"]');
    mc.dispatchEvent(new PointerEvent('click', { ...at, pointerType: 'touch' }));
    await el.updateComplete;
    expect(tipText(el)).to.contain(names('en').of('MC'));
    mc.dispatchEvent(new PointerEvent('click', { ...at, pointerType: 'touch' }));
    await el.updateComplete;
    expect(popoverOpen(tip(el))).to.equal(false);

    // A country without supporters still says so.
    const aq = geo.countries.find((c) => !summary.byCountry.some((b) => b.country === c.id))!;
    $(el, `path[data-id="${aq.id}"]`).dispatchEvent(new PointerEvent('pointerover', { ...at, pointerType: 'mouse' }));
    await el.updateComplete;
    expect(tipText(el)).to.contain(names('en').of(aq.id));
    expect(tipText(el)).to.contain('No supporters registered');
    // Escape dismisses a hover tooltip too.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(popoverOpen(tip(el))).to.equal(false);
  });

  it('the tooltip is never clipped by the host page (overflow, stacking contexts)', async () => {
    const el = await map(
      'lang="en"',
      (s) => `<div style="position: relative">
        <div class="clip" style="overflow: hidden; height: 60px; transform: translateZ(0); position: relative; z-index: 1">${s}</div>
        <div class="cover" style="position: absolute; inset: 0 0 auto 0; height: 400px; z-index: 9999; background: rgb(255 0 0 / 0.2)"></div>
      </div>`,
    );
    frame(el).focus();
    await waitUntil(() => tipShown(el), 'tooltip on focus');
    const t = tip(el);
    const r = t.getBoundingClientRect();
    expect(r.width).to.be.above(50);
    expect(r.height).to.be.above(30);
    // Inside the viewport, fixed-positioned, placed by CSSOM (no style attribute written by the template).
    expect(r.left).to.be.at.least(0);
    expect(r.right).to.be.at.most(document.documentElement.clientWidth + 1);
    expect(getComputedStyle(t).position).to.equal('fixed');
    if (typeof t.showPopover === 'function') {
      // In the top layer: above the page's z-index 9999 overlay, not cut by the clipping box.
      expect(t.matches(':popover-open')).to.equal(true);
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      expect(hit).to.equal(el);
      expect(el.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)!.closest('[part="tooltip"]')).to.equal(t);
    }
  });

  it('"show as table" shows a table sorted by localised name with localised numbers', async () => {
    for (const lang of ['de', 'ja']) {
      const el = await map(`lang="${lang}"`);
      const button = $<HTMLButtonElement>(el, 'button[part="toggle"]');
      const wrap = $(el, '[part="table"]');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal(wrap.id);
      expect(wrap.getBoundingClientRect().height).to.be.below(2);
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(wrap.getBoundingClientRect().height).to.be.above(200);
      const rows = $$(el, '[part="table"] tbody tr');
      expect(rows.length).to.equal(summary.byCountry.length);
      const rowNames = rows.map((r) => r.querySelector('th')!.textContent!.trim());
      const dn = names(lang);
      const collator = new Intl.Collator(lang);
      expect(rowNames).to.deep.equal(summary.byCountry.map((c) => dn.of(c.country)!).sort(collator.compare));
      const us = rows[rowNames.indexOf(dn.of('US')!)];
      const usData = summary.byCountry.find((c) => c.country === 'US')!;
      expect(us.querySelector('td:last-child')!.textContent).to.equal(
        new Intl.NumberFormat(lang, { numberingSystem: 'latn' }).format(total(usData)),
      );
      expect(us.querySelectorAll('td')[0].textContent).to.equal(mapStrings[lang as 'de' | 'ja'].yes);
      expect($$(el, '[part="table"] thead th').map((th) => th.getAttribute('scope'))).to.satisfy((s: string[]) =>
        s.every((x) => x === 'col'),
      );
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(wrap.getBoundingClientRect().height).to.be.below(2);
      // Still there for screen readers.
      expect($$(el, '[part="table"] tbody tr').length).to.equal(summary.byCountry.length);
    }
  });

  it('labels the map honestly for assistive technology', async () => {
    const el = await map();
    const f = frame(el);
    const states = summary.byCountry.filter((c) => c.counts.state > 0).length;
    expect(f.getAttribute('role')).to.equal('application');
    expect(f.getAttribute('aria-label')).to.equal(`World map of the supporters of the Paris Call. States that support it: ${states}.`);
    expect(el.shadowRoot!.getElementById(f.getAttribute('aria-describedby')!)!.textContent).to.contain('arrow keys');
    expect($(el, 'svg.world').getAttribute('aria-hidden')).to.equal('true');
    el.mode = 'all';
    await el.updateComplete;
    expect(f.getAttribute('aria-label')).to.contain(`Countries with supporters: ${summary.byCountry.length}`);
  });

  it('downloads map.json once for two maps, beside the summary, in parallel with it', async () => {
    const tag = `two-${Date.now()}`;
    const src = `/__fault/delay-500~${tag}/summary?key=${tag}`;
    const box = await fixture<HTMLDivElement>(html`<div>
      <paris-call-map src=${src} lang="en"></paris-call-map>
      <paris-call-map src=${src} lang="fr" mode="all"></paris-call-map>
    </div>`);
    const [a, b] = [...box.querySelectorAll('paris-call-map')] as ParisCallMap[];
    await settled(a);
    await settled(b);
    expect(a.status).to.equal('ready');
    expect(b.status).to.equal('ready');
    const mapKey = `/__fault/delay-500~${tag}/map.json`;
    expect(await requestCount(mapKey)).to.equal(1);
    expect(await requestCount(tag)).to.equal(1);
    // The server holds each answer 500 ms. Fetched one after the other, map.json
    // would be asked for only after the summary's answer, 500 ms after it was
    // asked for; in parallel, both requests arrive together (server clock, so a
    // slow test machine does not move the figure).
    const [[summaryAt], [mapAt]] = [await requestArrivals(tag), await requestArrivals(mapKey)];
    expect(Math.abs(mapAt - summaryAt), `map.json asked ${mapAt - summaryAt} ms after the summary`).to.be.below(400);
  });

  it('a map.json that is not geometry is a visible schema error', async () => {
    const realFetch = loaderConfig.fetch;
    fastLoader({
      fetch: (url, init) =>
        url.endsWith('/map.json')
          ? Promise.resolve(
              new Response(
                JSON.stringify({
                  schemaVersion: 1,
                  kind: 'paris-call-map',
                  viewBox: [1000, 440],
                  countries: [{ id: 'FR', d: 'M0 0<script>' }],
                }),
              ),
            )
          : realFetch(url, init),
    });
    try {
      // The listener is there before the element loads: the error may come at once.
      const el = document.createElement('paris-call-map');
      const errors: string[] = [];
      el.addEventListener('paris-call-error', (e) => errors.push(e.detail.code));
      el.setAttribute('src', SUMMARY);
      el.lang = 'en';
      await fixture<HTMLDivElement>(html`<div>${el}</div>`);
      await settled(el);
      expect(el.status).to.equal('error');
      expect($(el, '[part~="error"]').getAttribute('role')).to.equal('alert');
      expect(errors).to.deep.equal(['schema']);
    } finally {
      restoreLoader();
    }
  });

  it('validateMap keeps known keys only and rejects what is not geometry', () => {
    const ok = validateMap(
      {
        schemaVersion: 1,
        kind: 'paris-call-map',
        viewBox: [10, 5],
        countries: [{ id: 'FR', d: 'M1 2l3-4z', __proto__: { x: 1 } }],
        markers: [{ id: 'MC', x: 1, y: 2, extra: 1 }],
        source: { name: 'n', url: 'javascript:alert(1)', license: 'PD' },
      },
      'u',
    );
    expect(ok.countries).to.deep.equal([{ id: 'FR', d: 'M1 2l3-4z' }]);
    expect(ok.markers).to.deep.equal([{ id: 'MC', x: 1, y: 2 }]);
    expect(ok.source.url).to.equal('');
    const bad = (v: unknown) => {
      try {
        validateMap(v, 'u');
      } catch (e) {
        return (e as ParisCallDataError).code;
      }
      return 'accepted';
    };
    expect(bad({ schemaVersion: 2, kind: 'paris-call-map' })).to.equal('version');
    expect(bad({ schemaVersion: 1, kind: 'paris-call-summary' })).to.equal('schema');
    expect(bad({ schemaVersion: 1, kind: 'paris-call-map', viewBox: [10, 5], countries: [{ id: 'France', d: 'M0 0z' }] })).to.equal(
      'schema',
    );
    expect(bad({ schemaVersion: 1, kind: 'paris-call-map', viewBox: [10, 5], countries: [{ id: 'FR', d: 'url(#x)' }] })).to.equal('schema');
    expect(bad({ schemaVersion: 1, kind: 'paris-call-map', viewBox: [0, 5], countries: [] })).to.equal('schema');
  });

  it('meets 3:1 contrast for supporters against other countries and the background, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await map(`lang="en" theme="${theme}"`);
      const fill = (sel: string) => getComputedStyle($(el, sel)).fill;
      const bg = getComputedStyle($(el, '[part="base"]')).backgroundColor;
      const land = fill('path.c:not(.supporting)');
      const check = (c: string, what: string) => {
        expect(contrast(c, land), `${theme} ${what} vs land`).to.be.at.least(3);
        expect(contrast(c, bg), `${theme} ${what} vs background`).to.be.at.least(3);
      };
      check(fill('path.c.supporting'), 'state');
      el.mode = 'all';
      await el.updateComplete;
      for (const s of [1, 2, 3, 4, 5]) check(fill(`path.c.s${s}`), `step ${s}`);
      // Borders between countries are the background colour, so neighbours stay apart.
      expect(getComputedStyle($(el, 'path.c')).stroke).to.equal(bg);
    }
  });

  it('scales to its container, down to 280 px, without overflowing', async () => {
    for (const width of [280, 900]) {
      const el = await map('lang="en"', (s) => `<div style="width: ${width}px">${s}</div>`);
      const svgEl = $(el, 'svg.world');
      const base = $(el, '[part="base"]');
      const r = svgEl.getBoundingClientRect();
      expect(r.width).to.be.above(width * 0.8);
      expect(r.width).to.be.at.most(width);
      expect(r.height / r.width).to.be.closeTo(geo.viewBox[1] / geo.viewBox[0], 0.02);
      expect(el.getBoundingClientRect().width).to.equal(width);
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    }
  });

  it('writes no style attribute in its template (strict CSP): only the tooltip is placed through CSSOM', async () => {
    const el = await map();
    frame(el).focus();
    await waitUntil(() => tipShown(el));
    const styled = $$(el, '[style]');
    expect(styled).to.deep.equal([tip(el)]);
    expect(tip(el).style.left).to.match(/^\d+px$/);
  });

  it('is accessible (axe): en, ar, ja; light and dark; with the table and tooltip open', async () => {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['en', 'ar', 'ja']) {
        const el = await map(`lang="${lang}" theme="${theme}" ${lang === 'ja' ? 'mode="all"' : ''}`);
        await expect(el.parentElement!).to.be.accessible();
        $<HTMLButtonElement>(el, 'button[part="toggle"]').click();
        frame(el).focus();
        await waitUntil(() => tipShown(el));
        await expect(el.parentElement!).to.be.accessible();
      }
    }
  });

  it('follows the nearest lang and updates when it changes', async () => {
    const box = await fixture<HTMLDivElement>(html`<div lang="de"><paris-call-map src=${SUMMARY}></paris-call-map></div>`);
    const el = box.firstElementChild as ParisCallMap;
    await settled(el);
    expect($(el, 'button[part="toggle"]').textContent!.trim()).to.equal(mapStrings.de.toggle);
    box.lang = 'es';
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect($(el, 'button[part="toggle"]').textContent!.trim()).to.equal(mapStrings.es.toggle);
    expect($(el, '[part="base"]').getAttribute('lang')).to.equal('es');
  });
});
