// Hostile data for every widget. Every string of summary.json,
// texts.json and register.json (and, separately, map.json) is replaced by each
// payload of ./payloads.ts; the seven widgets render it as text, never as
// markup, URL or CSS.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/paris-call-widgets.js';
import { clearDataCache, loaderConfig } from '../../src/data/loader.js';
import { PAYLOADS, audit, protoClean, strayRequests, type Audit } from './payloads.js';
import { TAGS, loadPublished, renderAll, serve as serveOver, type DataFile, type Json, type Widget } from './widgets-page.js';

/**
 * Values the validator checks against a fixed form (kind, dates, category,
 * the summary's country codes): a payload there is a schema error, covered by
 * hostile-data.test.ts. Every other string is poisoned, ids included.
 */
const STRUCTURAL = new Set(['date', 'asOf', 'dateSigned', 'category']);

function poison(data: unknown, payload: string, path: string[] = []): unknown {
  const key = path.at(-1) ?? '';
  if (typeof data === 'string') {
    if (STRUCTURAL.has(key) || (path.length === 1 && key === 'kind')) return data;
    if (key === 'country' && path[0] === 'byCountry') return data;
    return payload;
  }
  if (Array.isArray(data)) return data.map((d, i) => poison(d, payload, [...path, String(i)]));
  if (data && typeof data === 'object') {
    const out: Json = {};
    for (const [k, v] of Object.entries(data)) out[k] = poison(v, payload, [...path, k]);
    return out;
  }
  return data;
}

/** The register with every string poisoned, ids kept unique: `<id><payload>#<n>`. */
function poisonRegister(reg: Json, payload: string): Json {
  const out = poison(reg, payload) as { supporters: Json[] };
  (reg.supporters as Json[]).forEach((s, i) => (out.supporters[i].id = `${s.id}${payload}#${i}`));
  return out as unknown as Json;
}

let real: Record<DataFile, Json>;
before(async () => {
  real = await loadPublished();
});

/** Answers every data request from memory: `files` over the published dataset. */
const serve = (files: Partial<Record<DataFile, unknown>>) => serveOver(real, files);
const realFetch = loaderConfig.fetch;

// Console notes (dropped URLs, unknown countries) are expected by the thousand here: counted, not printed.
let quiet: { warn: typeof console.warn; error: typeof console.error } | null = null;
let notes = 0;
function silence() {
  quiet = { warn: console.warn, error: console.error };
  console.warn = console.error = () => void notes++;
}
function unsilence() {
  if (quiet) Object.assign(console, quiet);
  quiet = null;
}

const uncaught: string[] = [];
const onError = (e: ErrorEvent) => {
  if (!/ResizeObserver loop/.test(e.message)) uncaught.push(e.message);
};

beforeEach(() => window.addEventListener('error', onError));
afterEach(() => {
  window.removeEventListener('error', onError);
  unsilence();
  loaderConfig.fetch = realFetch;
  clearDataCache();
});

/** What a widget must show verbatim from the data: its name or text fields. */
const SHOWS_TEXT = new Set([
  'paris-call-principle',
  'paris-call-principles',
  'paris-call-timeline',
  'paris-call-map',
  'paris-call-badge',
  'paris-call-supporters',
]);

describe('hostile data in every widget', () => {
  it('every string of summary, texts and register replaced by each payload: rendered as text, 0 executions, only http(s) URLs', async function () {
    this.timeout(120000);
    window.__xss = 0;
    notes = 0;
    const total: Audit = { urls: 0, nonHttp: [], bad: [] };
    let rendered = 0;
    const t0 = performance.now();
    silence();
    for (const [i, payload] of PAYLOADS.entries()) {
      const register = poisonRegister(real.register, payload);
      const badgeId = (register.supporters as Json[])[0].id as string;
      serve({ summary: poison(real.summary, payload), texts: poison(real.texts, payload), register });
      const els = await renderAll(`/hostile-all/${i}/summary.json`, badgeId);
      const supporters = els.find((e) => e.localName === 'paris-call-supporters')!;
      await waitUntil(() => supporters.shadowRoot!.querySelector('[part="row"]'), 'no supporter rows', { timeout: 5000 });
      const needle = payload.trim().slice(0, 12);
      for (const el of els) {
        const what = `${el.localName}, payload ${i} ${JSON.stringify(payload.slice(0, 30))}`;
        expect(el.status, what).to.equal('ready');
        rendered++;
        if (SHOWS_TEXT.has(el.localName)) expect(el.shadowRoot!.textContent, what).to.contain(needle);
        audit(el.shadowRoot!, total);
      }
      // Let an <img onerror> or a stylesheet fire if one slipped through.
      await new Promise((r) => setTimeout(r, 20));
    }
    unsilence();
    await new Promise((r) => setTimeout(r, 200));
    expect(total.bad, 'injected elements, handlers or url() styles').to.deep.equal([]);
    expect(total.nonHttp, 'non-http(s) URLs').to.deep.equal([]);
    expect(window.__xss, 'executions').to.equal(0);
    expect(strayRequests(), 'requests caused by payloads').to.deep.equal([]);
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
    expect(protoClean(), 'Object.prototype untouched').to.equal(true);
    console.log(
      `hostile data (all widgets): ${PAYLOADS.length} payloads × ${TAGS.length} widgets = ${rendered} renders in ready state, ` +
        `${window.__xss} executions, ${total.urls} URL attributes checked (href, xlink:href, src…), ${total.nonHttp.length} non-http(s), ` +
        `${total.bad.length} handlers/injected elements/url() styles, ${strayRequests().length} stray requests, ` +
        `${notes} console notes, Object.prototype untouched: ${protoClean()}, ${Math.round(performance.now() - t0)} ms`,
    );
  });

  it("the audit is not vacuous: it sees the data's own links, and flags what it looks for", async () => {
    serve({});
    const els = await renderAll('/control/summary.json', (real.register.supporters as Json[])[0].id as string);
    const supporters = els.find((e) => e.localName === 'paris-call-supporters')!;
    await waitUntil(() => supporters.shadowRoot!.querySelector('[part="row"]'), 'no rows', { timeout: 5000 });
    const a: Audit = { urls: 0, nonHttp: [], bad: [] };
    for (const el of els) audit(el.shadowRoot!, a);
    expect(a.nonHttp).to.deep.equal([]);
    // Real data: the timeline's sources and the list's websites are links too.
    const dataLinks = els.flatMap((e) => [...e.shadowRoot!.querySelectorAll('[part="source-link"], [part="website"]')]);
    expect(dataLinks.length).to.be.greaterThan(3);
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const bad = document.createElement('a');
    bad.setAttribute('href', 'javascript:void 0');
    bad.setAttribute('onclick', 'x');
    const svgUse = document.createElementNS('http://www.w3.org/2000/svg', 'use');
    svgUse.setAttributeNS('http://www.w3.org/1999/xlink', 'xlink:href', 'data:image/svg+xml,x');
    const styled = document.createElement('span');
    styled.setAttribute('style', 'background: url(https://evil.invalid/)');
    root.append(bad, svgUse, styled);
    const b = audit(root);
    expect(b.nonHttp).to.have.length(2);
    expect(b.bad).to.have.length(3);
  });

  it('prototype keys at every depth of the four files never reach Object.prototype, in any widget', async () => {
    const proto = (v: unknown) =>
      JSON.stringify(v).replace(
        /\{(?=\s*")/g,
        '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"prototype":{"polluted":1},',
      );
    serve({ summary: proto(real.summary), texts: proto(real.texts), register: proto(real.register), map: proto(real.map) });
    const id = (real.register.supporters as Json[])[0].id as string;
    const els = await renderAll('/proto-all/summary.json', id);
    expect(els.map((e) => e.status)).to.deep.equal(TAGS.map(() => 'ready'));
    expect(protoClean()).to.equal(true);
  });
});

describe('hostile map.json', () => {
  const map = () => structuredClone(real.map) as { countries: { id: string; d: string }[]; land: string[]; source: Json; markers: Json[] };

  async function renderMapAndCounter(src: string) {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 900px">
      <paris-call-map lang="en" src=${src}></paris-call-map>
      <paris-call-counter lang="en" no-animation src=${src}></paris-call-counter>
    </div>`);
    const [m, c] = [...box.children] as Widget[];
    await waitUntil(() => m.status !== 'loading' && c.status !== 'loading', 'stuck loading', { timeout: 15000 });
    await m.updateComplete;
    return { m, c };
  }

  it('names and source poisoned: the map renders, shows no link, runs nothing', async () => {
    window.__xss = 0;
    const results: string[] = [];
    silence();
    for (const [i, payload] of PAYLOADS.entries()) {
      const g = map();
      g.source = { name: payload, url: payload, license: payload, projection: payload };
      serve({ map: g });
      const { m, c } = await renderMapAndCounter(`/hostile-map-names/${i}/summary.json`);
      results.push(m.status);
      expect(m.status).to.equal('ready');
      expect(c.status).to.equal('ready');
      const a = audit(m.shadowRoot!);
      expect(a.bad.concat(a.nonHttp)).to.deep.equal([]);
    }
    unsilence();
    await new Promise((r) => setTimeout(r, 100));
    expect(window.__xss).to.equal(0);
    console.log(
      `hostile map.json names: ${PAYLOADS.length} payloads, ${results.filter((s) => s === 'ready').length} maps ready, 0 executions`,
    );
  });

  it('paths and ids poisoned: a visible error state, the rest of the page unaffected', async () => {
    window.__xss = 0;
    let errors = 0;
    silence();
    const cases: [string, (g: ReturnType<typeof map>, p: string) => void][] = [
      ['d = payload', (g, p) => (g.countries[0].d = p)],
      ['d with junk appended', (g, p) => (g.countries[0].d += `"/>${p}<path d="`)],
      ['land d = payload', (g, p) => (g.land[0] = p)],
      ['id = payload', (g, p) => (g.countries[0].id = p)],
    ];
    for (const [name, spoil] of cases) {
      for (const [i, payload] of PAYLOADS.entries()) {
        const g = map();
        spoil(g, payload);
        serve({ map: g });
        const { m, c } = await renderMapAndCounter(`/hostile-map-paths/${name.length}-${i}/summary.json`);
        expect(m.status, `${name}, payload ${i}`).to.equal('error');
        expect(m.shadowRoot!.querySelector('[role="alert"]'), name).to.exist;
        expect(m.shadowRoot!.querySelector('path[d*="script"], path[d*="<"]')).to.equal(null);
        expect(c.status, 'the counter beside it').to.equal('ready');
        errors++;
      }
    }
    unsilence();
    await new Promise((r) => setTimeout(r, 100));
    expect(window.__xss).to.equal(0);
    expect(uncaught).to.deep.equal([]);
    console.log(`hostile map.json paths/ids: ${errors} poisoned maps, ${errors} error states (schema), 0 executions, 0 uncaught errors`);
  });

  it('path data of the right alphabet but absurd (huge, exponent, empty, unclosed): no exception, the page still works', async () => {
    const junk = [
      '',
      'M',
      'MMMM,,,..--',
      'M1e308 1e308l1e308 1e308z',
      'M-1e999 0 L 1e999 0',
      'M0 0' + 'l1 1'.repeat(20000),
      'zzzz',
      'M0,0 L.5.5.5e5e5',
    ];
    silence();
    for (const [i, d] of junk.entries()) {
      const g = map();
      g.countries = g.countries.map((c) => ({ ...c, d }));
      g.land = [d];
      serve({ map: g });
      const { m, c } = await renderMapAndCounter(`/junk-map/${i}/summary.json`);
      expect(['ready', 'error'], `d = ${d.slice(0, 30)}`).to.include(m.status);
      expect(c.status).to.equal('ready');
      if (m.status === 'ready') {
        // The keyboard tooltip computes a box from the path: it must cope.
        const frame = m.shadowRoot!.querySelector<HTMLElement>('[part="map"]')!;
        frame.focus();
        await m.updateComplete;
        frame.blur();
      }
    }
    unsilence();
    expect(uncaught).to.deep.equal([]);
  });
});
