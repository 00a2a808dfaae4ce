// The counter on a faulty network. For each case: the time
// from insertion to the error (or ready) state, and how many requests the
// server saw, printed as a table to quote. Loader settings are the defaults
// (2 retries on network errors and 5xx, backoff 300 ms · 3ⁿ) but for the
// per-attempt timeout, 1,000 ms here; the default (10,000 ms) is measured once too.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/counter/define.js';
import { clearDataCache, loaderConfig } from '../../src/data/loader.js';
import { faultUrl, requestCount } from '../helpers/helpers.js';

type Counter = HTMLElement & { status: string; updateComplete: Promise<unknown> };

const DEFAULTS = { ...loaderConfig };
const TEST_TIMEOUT = 1000;

interface Row {
  case: string;
  state: string;
  code: string;
  ms: number;
  requests: number;
  fetches: number;
  retry: boolean;
}

/** Inserts a counter reading `src` and waits for `paris-call-load` or `paris-call-error`. */
async function measure(src: string) {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('paris-call-counter') as Counter;
  el.setAttribute('lang', 'en');
  el.setAttribute('no-animation', '');
  el.setAttribute('src', src);
  const t0 = performance.now();
  const done = new Promise<{ state: string; code: string; ms: number }>((resolve) => {
    el.addEventListener('paris-call-load', () => resolve({ state: 'ready', code: '', ms: performance.now() - t0 }), { once: true });
    el.addEventListener('paris-call-error', (e) => resolve({ state: 'error', code: e.detail.code, ms: performance.now() - t0 }), {
      once: true,
    });
  });
  box.append(el);
  const r = await done;
  await el.updateComplete;
  return { ...r, el };
}

let fetches = 0;
const realFetch = DEFAULTS.fetch;
function countFetches(impl: typeof realFetch = realFetch) {
  fetches = 0;
  loaderConfig.fetch = (url, init) => {
    fetches++;
    return impl(url, init);
  };
}

const rows: Row[] = [];
function row(name: string, r: { state: string; code: string; ms: number; el: Counter }, requests: number) {
  const retry = !!r.el.shadowRoot!.querySelector('[part="retry"]');
  rows.push({ case: name, state: r.state, code: r.code || '—', ms: Math.round(r.ms), requests, fetches, retry });
  if (r.state === 'error') {
    const alert = r.el.shadowRoot!.querySelector('[role="alert"]');
    expect(alert, `${name}: visible error`).to.exist;
    expect(alert!.textContent).to.contain('The Paris Call data could not be shown.');
  }
}

function table(): string {
  const head = ['case', 'state', 'code', 'time to state (ms)', 'server requests', 'fetch calls', 'retry button'];
  const body = rows.map((r) => [r.case, r.state, r.code, String(r.ms), String(r.requests), String(r.fetches), r.retry ? 'yes' : 'no']);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(w[i])).join(' | ')} |`;
  return [line(head), `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

describe('faulty networks: the counter', () => {
  before(() => {
    clearDataCache();
    Object.assign(loaderConfig, { timeout: TEST_TIMEOUT });
  });
  after(() => {
    Object.assign(loaderConfig, DEFAULTS);
    clearDataCache();
    console.log(
      `faulty networks (counter; loader: timeout ${TEST_TIMEOUT} ms in the test, default ${DEFAULTS.timeout} ms; ` +
        `retries ${DEFAULTS.retries}; backoff ${DEFAULTS.backoff}·3ⁿ ms)\n${table()}`,
    );
  });
  afterEach(() => {
    loaderConfig.fetch = realFetch;
    clearDataCache();
  });

  it('documents the defaults: 10,000 ms per attempt, 2 retries, 300 ms backoff', () => {
    expect(DEFAULTS.timeout).to.equal(10_000);
    expect(DEFAULTS.retries).to.equal(2);
    expect(DEFAULTS.backoff).to.equal(300);
  });

  it('404: an error at once, not retried', async () => {
    const { url, key } = faultUrl('404');
    countFetches();
    const r = await measure(url);
    row('404', r, await requestCount(key));
    expect([r.state, r.code]).to.deep.equal(['error', 'http']);
    expect(await requestCount(key)).to.equal(1);
    expect(r.ms).to.be.below(1000);
  });

  it('500 every time: retried twice, then an error', async () => {
    const { url, key } = faultUrl('500');
    countFetches();
    const r = await measure(url);
    row('500 (always)', r, await requestCount(key));
    expect([r.state, r.code]).to.deep.equal(['error', 'http']);
    expect(await requestCount(key)).to.equal(3);
    // 300 + 900 ms of backoff.
    expect(r.ms).to.be.within(1150, 4000);
  });

  it('500 then ok: the retry brings the figures', async () => {
    const { url, key } = faultUrl('500-then-ok');
    countFetches();
    const r = await measure(url);
    row('500 then ok', r, await requestCount(key));
    expect(r.state).to.equal('ready');
    expect(await requestCount(key)).to.equal(2);
    expect(r.el.shadowRoot!.querySelector('[part="number"]')!.textContent!.trim()).to.match(/^\d{1,3}(,\d{3})*$/);
    expect(r.ms).to.be.within(280, 2500);
  });

  it(`hang: a timeout error within the timeout (${TEST_TIMEOUT} ms here), not retried`, async () => {
    const { url, key } = faultUrl('hang');
    countFetches();
    const r = await measure(url);
    row(`hang (timeout ${TEST_TIMEOUT} ms)`, r, await requestCount(key));
    expect([r.state, r.code]).to.deep.equal(['error', 'timeout']);
    expect(await requestCount(key)).to.equal(1);
    expect(r.ms).to.be.within(TEST_TIMEOUT - 50, TEST_TIMEOUT + 1500);
  });

  it('HTML with 200: a parse error at once, not retried', async () => {
    const { url, key } = faultUrl('html');
    countFetches();
    const r = await measure(url);
    row('HTML 200', r, await requestCount(key));
    expect([r.state, r.code]).to.deep.equal(['error', 'parse']);
    expect(await requestCount(key)).to.equal(1);
    expect(r.ms).to.be.below(1000);
  });

  it('truncated JSON: a parse error at once', async () => {
    const { url, key } = faultUrl('truncated');
    countFetches();
    const r = await measure(url);
    row('truncated JSON', r, await requestCount(key));
    expect([r.state, r.code]).to.deep.equal(['error', 'parse']);
    expect(await requestCount(key)).to.equal(1);
  });

  it('offline (fetch rejects): retried twice, then a network error', async () => {
    countFetches(() => Promise.reject(new TypeError('Failed to fetch')));
    const r = await measure('/offline/summary.json');
    row('offline (fetch rejects)', r, 0);
    expect([r.state, r.code]).to.deep.equal(['error', 'network']);
    expect(fetches).to.equal(3);
    expect(r.ms).to.be.within(1150, 4000);
  });

  it('connection refused (a real closed port): retried twice, then a network error', async () => {
    countFetches();
    const r = await measure('http://127.0.0.1:9/summary.json');
    row('connection refused', r, 0);
    expect([r.state, r.code]).to.deep.equal(['error', 'network']);
    expect(fetches).to.equal(3);
  });

  it('hang with the default timeout: a timeout error after 10 s', async function () {
    this.timeout(20000);
    Object.assign(loaderConfig, { timeout: DEFAULTS.timeout });
    try {
      const { url, key } = faultUrl('hang');
      countFetches();
      const r = await measure(url);
      row(`hang (default ${DEFAULTS.timeout} ms)`, r, await requestCount(key));
      expect([r.state, r.code]).to.deep.equal(['error', 'timeout']);
      expect(r.ms).to.be.within(DEFAULTS.timeout - 50, DEFAULTS.timeout + 2000);
    } finally {
      Object.assign(loaderConfig, { timeout: TEST_TIMEOUT });
    }
  });

  it('retry after an error asks the network again and recovers', async () => {
    const { url, key } = faultUrl('500-then-ok');
    Object.assign(loaderConfig, { retries: 0 });
    try {
      countFetches();
      const r = await measure(url);
      expect([r.state, r.code]).to.deep.equal(['error', 'http']);
      Object.assign(loaderConfig, { retries: DEFAULTS.retries });
      const t0 = performance.now();
      r.el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await new Promise<void>((res) => r.el.addEventListener('paris-call-load', () => res(), { once: true }));
      row('500, retries 0, then "Try again"', { ...r, state: 'ready', code: '', ms: performance.now() - t0 }, await requestCount(key));
      expect(await requestCount(key)).to.equal(2);
    } finally {
      Object.assign(loaderConfig, { retries: DEFAULTS.retries });
    }
  });
});
