import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/counter/define.js';
import type { ParisCallCounter } from '../../src/components/counter/counter.js';
import type { ParisCallErrorDetail } from '../../src/core/base-element.js';
import { clearDataCache, loadRegister, loadSummary, loadTexts } from '../../src/data/loader.js';
import { ParisCallDataError } from '../../src/data/errors.js';
import { fastLoader, faultUrl, requestCount, restoreLoader, settled, shadowText } from '../helpers/helpers.js';

async function counterAt(url: string) {
  const el = await fixture<ParisCallCounter>(html`<paris-call-counter lang="en" src=${url}></paris-call-counter>`);
  return el;
}

describe('data loader', () => {
  beforeEach(() => fastLoader());
  afterEach(() => restoreLoader());

  it('loads the published summary and register with the real figures', async () => {
    const s = await loadSummary('/dist/data/summary.json');
    expect(s.counts.total).to.equal(1222);
    expect(s.counts.byCategory).to.deep.equal({
      state: 81,
      'public-authority': 37,
      'civil-society': 391,
      'private-sector': 708,
      uncategorized: 5,
    });
    const texts = await loadTexts('/dist/data/summary.json');
    expect(texts.principles).to.have.length(9);
    expect(texts.milestones.find((m) => m.kind === 'launch')!.date).to.equal('2018-11-12');
    const r = await loadRegister('/dist/data/summary.json');
    expect(r.supporters).to.have.length(1222);
  });

  it('makes one request per data file for twenty elements', async () => {
    const { url, key } = faultUrl('delay-100');
    const box = await fixture<HTMLDivElement>(html`<div>
      ${Array.from({ length: 20 }, () => html`<paris-call-counter src=${url}></paris-call-counter>`)}
    </div>`);
    const els = [...box.querySelectorAll('paris-call-counter')];
    await Promise.all(els.map((el) => settled(el)));
    expect(els.every((el) => el.status === 'ready')).to.be.true;
    expect(await requestCount(key)).to.equal(1);
  });

  it('retries a 500 and then shows the data', async () => {
    const { url, key } = faultUrl('500-then-ok');
    const el = await counterAt(url);
    await settled(el);
    expect(el.status).to.equal('ready');
    expect(await requestCount(key)).to.equal(2);
    expect(shadowText(el)).to.contain('1,222');
  });

  const cases: [string, ParisCallErrorDetail['code'], string, number][] = [
    ['404', 'http', 'The data server answered with an error.', 1],
    ['500', 'http', 'The data server answered with an error.', 3],
    ['truncated', 'parse', 'The data file is damaged.', 1],
    ['html', 'parse', 'The data file is damaged.', 1],
    ['version', 'version', 'The data file is for a newer version of this widget.', 1],
    ['schema', 'schema', 'The data file does not have the expected format.', 1],
    ['hang', 'timeout', 'The data took too long to arrive.', 1],
  ];
  for (const [fault, code, message, requests] of cases) {
    it(`shows a visible "${code}" error for a ${fault} answer (${requests} request${requests > 1 ? 's' : ''})`, async () => {
      const { url, key } = faultUrl(fault);
      const el = document.createElement('paris-call-counter');
      el.setAttribute('src', url);
      el.lang = 'en';
      const event = oneEvent(el, 'paris-call-error');
      document.body.append(el);
      try {
        const e = (await event) as CustomEvent<ParisCallErrorDetail>;
        expect(e.detail.code).to.equal(code);
        expect(e.bubbles && e.composed).to.be.true;
        await settled(el);
        expect(el.status).to.equal('error');
        expect(el.getAttribute('status')).to.equal('error');
        const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
        expect(alert).to.exist;
        expect(alert.textContent).to.contain('The Paris Call data could not be shown.');
        expect(alert.textContent).to.contain(message);
        expect(await requestCount(key)).to.equal(requests);
      } finally {
        el.remove();
      }
    });
  }

  it('reports a network error when nothing listens', async () => {
    let err: unknown;
    await loadSummary('http://127.0.0.1:9/summary.json').catch((e) => (err = e));
    expect(err).to.be.instanceOf(ParisCallDataError);
    expect((err as ParisCallDataError).code).to.equal('network');
  });

  it('does not cache a failure: "try again" asks again and recovers', async () => {
    const { url, key } = faultUrl('500-then-ok');
    fastLoader({ retries: 0 });
    const el = await counterAt(url);
    await settled(el);
    expect(el.status).to.equal('error');
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.textContent).to.contain('Try again');
    button.click();
    await el.updateComplete;
    await settled(el);
    expect(el.status).to.equal('ready');
    expect(await requestCount(key)).to.equal(2);
  });

  it('fires paris-call-load, bubbling and composed, when ready', async () => {
    clearDataCache();
    const el = document.createElement('paris-call-counter');
    el.setAttribute('src', faultUrl('ok').url);
    const ev = oneEvent(document.body, 'paris-call-load');
    document.body.append(el);
    try {
      const e = await ev;
      expect(e.composed).to.be.true;
      expect(el.status).to.equal('ready');
    } finally {
      el.remove();
    }
  });

  it('drops a stale result when src changes mid-load', async () => {
    const slow = faultUrl('delay-800');
    const el = await counterAt(slow.url);
    el.src = faultUrl('404').url;
    await settled(el);
    expect(el.status).to.equal('error');
    await new Promise((r) => setTimeout(r, 1000));
    expect(el.status).to.equal('error');
    expect(shadowText(el)).not.to.contain('1,222');
  });
});

describe('data loader: register', () => {
  it('twenty widgets asking for summary and register make one request per file', async () => {
    const tag = `ok~${Date.now()}${Math.random().toString(36).slice(2)}`;
    const summary = `/__fault/${tag}/summary`;
    // As twenty lists would: each needs the summary and the register (fetched in parallel).
    const results = await Promise.all(Array.from({ length: 20 }, () => Promise.all([loadSummary(summary), loadRegister(summary)])));
    expect(results.every(([s, r]) => s === results[0]![0] && r === results[0]![1] && r.supporters.length === s.counts.total)).to.be.true;
    expect(await requestCount(`/__fault/${tag}/summary`)).to.equal(1);
    expect(await requestCount(`/__fault/${tag}/register.json`)).to.equal(1);
  });
});

describe('data loader: preload hints', () => {
  // A no-store response, so the HTTP cache cannot stand in for the preload.
  // WebKitGTK 2.50 never hands a preloaded response to fetch() (measured: 2
  // requests with any crossorigin/credentials combination): there the hint
  // still starts the download early, but the loader asks again.
  const webkit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Firefox/.test(navigator.userAgent);
  it(`reuses a <link rel="preload" as="fetch" crossorigin> response: ${webkit ? 'WebKit asks again' : 'one request, not two'}`, async () => {
    const { url, key } = faultUrl('delay-200');
    const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href: url, crossOrigin: 'anonymous' });
    const loaded = new Promise((r) => (link.onload = link.onerror = r));
    document.head.append(link);
    try {
      await loaded;
      const s = await loadSummary(url);
      expect(s.counts.total).to.be.greaterThan(1000);
      expect(await requestCount(key)).to.equal(webkit ? 2 : 1);
    } finally {
      link.remove();
    }
  });
});
