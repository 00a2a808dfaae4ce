// npm run bench — measures the BUILT library (run `npm run build` first) in
// headless Chromium and with node, prints a table and writes the same
// figures to bench/results.json.
//
// Machines here are shared and noisy, so every speed figure is a RATIO to a
// baseline measured in the same run (a zero-JS static page, the 1-counter
// page, the 1,000-supporter register, the real register's build), with runs
// of the compared pages interleaved.
//
// Usage: node scripts/bench/bench.js [--runs N] [--map-runs N] [--million] [--only a,b,...]
//   --runs N      time-to-content runs per page (default 10)
//   --map-runs N  the same for the map pages (default 6)
//   --million     also build a 1,000,000-row register (slow: minutes, GBs)
//   --only        sections: sizes,ttc,many,register,build,cls,ssr,next
//   --against DIR the register section also measures the build in DIR (a built checkout), loads interleaved
//
// The bench serves the project itself (a small http server below) so it can
// count requests, delay data files and serve synthetic registers; bench
// pages are (re)written to bench/pages/ at start.
import { createServer } from 'node:http';
import { spawn } from 'node:child_process';
import {
  cpSync,
  chmodSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  statSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { encodingFor } from '../demo/accept-encoding.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { puppeteerCore as puppeteer } from '@web/test-runner-chrome';
import { sizes as measureSizes, ROOT, kb } from './sizes.js';
import { appsCacheDir, freePort } from '../test/app-harness.js';
import { syntheticDataset, syntheticCsvLines } from './bench-synthetic.js';

// ---------------------------------------------------------------------------
// options

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const RUNS = opt('--runs', 10);
const MAP_RUNS = opt('--map-runs', 6);
const MILLION = argv.includes('--million');
const onlyArg = argv.indexOf('--only');
const ONLY = onlyArg >= 0 ? new Set(argv[onlyArg + 1].split(',')) : null;
const want = (s) => !ONLY || ONLY.has(s);
const againstArg = argv.indexOf('--against');
/** A built checkout to measure beside this one in the register section (its dist/ served under /against/dist/). */
const AGAINST = againstArg >= 0 ? resolve(argv[againstArg + 1]) : null;
if (AGAINST && !existsSync(join(AGAINST, 'dist/paris-call-widgets.js'))) {
  console.error(`--against ${AGAINST}: no dist/paris-call-widgets.js there (build that checkout first)`);
  process.exit(1);
}

const PHONE = { latency: 150, download: 1.6e6 / 8, upload: 750e3 / 8 }; // bytes/s
const CPU_SLOWDOWN = 4;
const DATA_DELAY_MS = 1000;
const VIEWPORT = { width: 412, height: 823, deviceScaleFactor: 1 };

const t0 = Date.now();
const log = (...a) => console.error(`[bench ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s]`, ...a);

// ---------------------------------------------------------------------------
// the dataset the pages show

const readJson = (p) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
if (!existsSync(join(ROOT, 'dist/paris-call-widgets.js'))) {
  console.error('dist/ is not built: run `npm run build` first.');
  process.exit(1);
}
const summary = readJson('dist/data/summary.json');
const texts = readJson('dist/data/texts.json');
const mapData = readJson('dist/data/map.json');
const register = readJson('dist/data/register.json');
const totalText = new Intl.NumberFormat('en').format(summary.counts.total);
const principles = texts.principles.map((p) => ({ n: p.number, short: p.short.en, full: p.full.en }));

// ---------------------------------------------------------------------------
// bench pages

const PAGES = join(ROOT, 'bench/pages');
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const BUNDLE = '/dist/paris-call-widgets.js';
// The per-language single module the embed builder's snippets load (the pages are in English).
const LANG_BUNDLE = '/dist/paris-call-widgets.en.js';

function doc(title, body, head = '') {
  // No inline script or style: the pages run under a strict CSP too.
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${esc(title)}</title>
<link rel="stylesheet" href="/bench/pages/bench.css">
${head}</head>
<body>
<h1>${esc(title)}</h1>
<p>An article paragraph before the widget: the bench measures when the widget's content is on screen.</p>
${body}
<p>An article paragraph after the widget: it moves if the widget changes height (layout shift).</p>
</body>
</html>
`;
}
const script = (src = BUNDLE) => `<script type="module" src="${src}"></script>\n`;

function staticMapSvg() {
  const [w, h] = mapData.viewBox;
  const states = new Set(summary.byCountry.filter((c) => c.counts.state > 0).map((c) => c.country));
  const land = mapData.land.map((d) => `<path d="${d}"/>`).join('');
  const countries = mapData.countries.map((c) => `<path class="${states.has(c.id) ? 'on' : 'off'}" d="${c.d}"/>`).join('');
  const markers = mapData.markers
    .filter((m) => states.has(m.id))
    .map((m) => `<circle class="on" cx="${m.x}" cy="${m.y}" r="4"/>`)
    .join('');
  return `<svg class="map" viewBox="0 0 ${w} ${h}" role="img" aria-label="States supporting the Paris Call"><g class="land">${land}</g><g>${countries}</g><g>${markers}</g></svg>`;
}

const WIDGETS = {
  counter: { attrs: '', fallback: `<p>${totalText} supporters of the Paris Call</p>` },
  principle: { attrs: ' number="1"', fallback: `<p><strong>Principle 1</strong> ${esc(principles[0].short)}</p>` },
  principles: { attrs: '', fallback: `<ol>${principles.map((p) => `<li>${esc(p.short)}</li>`).join('')}</ol>` },
  timeline: { attrs: '', fallback: '<p>12 November 2018: the Paris Call is launched at the Internet Governance Forum.</p>' },
  badge: {
    attrs: ` supporter="${esc(register.supporters[0].id)}"`,
    fallback: `<p>${esc(register.supporters[0].name)} supports the Paris Call</p>`,
  },
  supporters: { attrs: '', fallback: `<p>${totalText} supporters: see the official list.</p>` },
  map: { attrs: '', fallback: '<p>Map of the States supporting the Paris Call.</p>' },
};
const tag = (w, { src = '', fallback = false } = {}) =>
  `<paris-call-${w}${WIDGETS[w].attrs}${src ? ` src="${src}"` : ''}>${fallback ? WIDGETS[w].fallback : ''}</paris-call-${w}>`;

const REGISTER_SIZES = [1000, 10000, 100000];

function writePages(snippets) {
  mkdirSync(PAGES, { recursive: true });
  const pages = {
    'bench.css': `body { font: 16px/1.4 system-ui, sans-serif; margin: 1rem; }
.map { width: 100%; height: auto; display: block; }
.map .land { fill: #e4e4e4; } .map .off { fill: #d0d0d0; stroke: #fff; stroke-width: .5; } .map .on { fill: #1f4e9c; stroke: #fff; stroke-width: .5; }
.card { border: 1px solid #ccc; border-radius: 8px; padding: 1rem; }
.number { font-size: 2.75em; font-weight: 700; margin: 0; }
`,
    'counter-static.html': doc(
      'Counter (static HTML)',
      `<section class="card"><p>Supporters of the Paris Call</p><p class="number">${totalText}</p></section>`,
    ),
    'counter-bare.html': doc('Counter (bare tag)', tag('counter'), script()),
    'counter-preload.html': doc(
      'Counter (bare tag, preload hints)',
      tag('counter'),
      `<link rel="modulepreload" href="${BUNDLE}">\n<link rel="preload" as="fetch" crossorigin href="/dist/data/summary.json">\n${script()}`,
    ),
    'counter-fallback.html': doc('Counter (snippet with fallback content)', tag('counter', { fallback: true }), script()),
    'counter-preload-no-animation.html': doc(
      'Counter (bare tag, preload hints, no-animation)',
      '<paris-call-counter no-animation></paris-call-counter>',
      `<link rel="modulepreload" href="${BUNDLE}">\n<link rel="preload" as="fetch" crossorigin href="/dist/data/summary.json">\n${script()}`,
    ),
    // What the embed builder writes (dist/snippet.js, the same code as demo/builder.js).
    'counter-builder.html': doc("Counter (the embed builder's snippet, fallback content)", snippets.builder, script(LANG_BUNDLE)),
    'counter-lang.html': doc('Counter (bare tag, per-language module)', tag('counter'), script(LANG_BUNDLE)),
    // A declarative-shadow-DOM snippet made by scripts/build/prerender.js (inline style).
    'counter-prerendered.html': doc('Counter (pre-rendered snippet)', snippets.prerendered, script()),
    'counter-no-animation.html': doc(
      'Counter (bare tag, no-animation)',
      '<paris-call-counter no-animation></paris-call-counter>',
      script(),
    ),
    'counter-entry.html': doc('Counter (dist/components/counter.js)', tag('counter'), script('/dist/components/counter.js')),
    'principles-static.html': doc(
      'Principles (static HTML)',
      `<section><h2>The nine principles</h2><ol>${principles.map((p) => `<li class="card"><p>Principle ${p.n}</p><h3>${esc(p.short)}</h3><p>${esc(p.full)}</p></li>`).join('')}</ol></section>`,
    ),
    'principles-bare.html': doc('Principles (bare tag)', tag('principles'), script()),
    'map-static.html': doc('Map (static inline SVG)', staticMapSvg()),
    'map-bare.html': doc('Map (bare tag)', tag('map'), script()),
  };
  for (const n of [1, 10, 100])
    pages[`many-${n}.html`] = doc(`${n} counter(s)`, Array.from({ length: n }, () => tag('counter')).join('\n'), script());
  for (const n of REGISTER_SIZES)
    pages[`supporters-${n}.html`] = doc(
      `Supporter list, ${n} synthetic supporters`,
      tag('supporters', { src: `/synthetic/${n}/summary.json` }),
      script(),
    );
  for (const w of Object.keys(WIDGETS)) {
    pages[`cls-${w}-bare.html`] = doc(`${w}: data 1 s late, bare tag`, tag(w, { src: '/slow-data/summary.json' }), script());
    pages[`cls-${w}-fallback.html`] = doc(
      `${w}: data 1 s late, fallback content`,
      tag(w, { src: '/slow-data/summary.json', fallback: true }),
      script(),
    );
  }
  for (const [name, body] of Object.entries(pages)) writeFileSync(join(PAGES, name), body);
  return Object.keys(pages);
}

// ---------------------------------------------------------------------------
// the server: static files (compressed like a CDN would), request counting,
// delayed data (/slow-data/), synthetic registers (/synthetic/N/)

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

function startServer() {
  const compressed = new Map();
  const synthetic = new Map();
  const stats = { requests: [], inflight: 0, last: 0, encodings: new Set() };
  const encode = (key, body, accept, fast) => {
    const enc = encodingFor(accept);
    if (!enc || body.length < 256) return { enc: null, body };
    const k = `${enc} ${key}`;
    if (!compressed.has(k)) {
      compressed.set(
        k,
        enc === 'br'
          ? brotliCompressSync(body, {
              params: { [constants.BROTLI_PARAM_QUALITY]: fast ? 5 : 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
            })
          : gzipSync(body, { level: fast ? 6 : 9 }),
      );
    }
    return { enc, body: compressed.get(k) };
  };
  const syntheticFile = (n, file) => {
    if (!synthetic.has(n)) {
      const { summary: s, register: r } = syntheticDataset(n, summary);
      synthetic.set(n, { 'summary.json': Buffer.from(JSON.stringify(s)), 'register.json': Buffer.from(JSON.stringify(r)) });
    }
    const files = synthetic.get(n);
    return files[file] ?? readFileSync(join(ROOT, 'dist/data', file));
  };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    stats.requests.push(path);
    stats.inflight++;
    stats.last = Date.now();
    const done = () => {
      stats.inflight--;
      stats.last = Date.now();
    };
    res.on('close', done);
    try {
      let body;
      let file = path;
      let fast = false;
      const syn = /^\/synthetic\/(\d+)\/([a-z]+\.json)$/.exec(path);
      if (AGAINST && path.startsWith('/against/')) {
        // The other build: its module, and this run's pages loading it.
        const rest = path.slice('/against'.length);
        if (rest.startsWith('/bench/pages/'))
          body = Buffer.from(readFileSync(join(ROOT, rest), 'utf8').replaceAll('src="/dist/', 'src="/against/dist/'));
        else if (rest.startsWith('/dist/') && !rest.includes('..')) body = readFileSync(join(AGAINST, rest));
        else throw new Error(`not served: ${path}`);
        file = rest;
      } else if (syn) {
        body = syntheticFile(Number(syn[1]), syn[2]);
        fast = true;
      } else {
        if (path.startsWith('/slow-data/')) {
          file = `/dist/data/${path.slice('/slow-data/'.length)}`;
          await new Promise((r) => setTimeout(r, DATA_DELAY_MS));
        }
        const full = normalize(join(ROOT, file));
        if (
          !full.startsWith(ROOT + '/') ||
          full.includes('/node_modules/') ||
          full.includes('/.git/') ||
          !statSync(full, { throwIfNoEntry: false })?.isFile()
        ) {
          res.writeHead(404, { 'Content-Type': 'text/plain' });
          res.end('Not found');
          return;
        }
        body = readFileSync(full);
      }
      const out = encode(path, body, String(req.headers['accept-encoding'] ?? ''), fast);
      if (out.enc) stats.encodings.add(out.enc);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        ...(out.enc ? { 'Content-Encoding': out.enc, Vary: 'Accept-Encoding' } : {}),
      });
      res.end(out.body);
    } catch (e) {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(e));
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        stats,
        reset() {
          stats.requests = [];
        },
        /** Resolves when no request has been in flight for `quietMs` (at most `maxMs`). */
        async quiet(quietMs = 400, maxMs = 8000) {
          const start = Date.now();
          while (Date.now() - start < maxMs) {
            if (stats.inflight === 0 && Date.now() - stats.last >= quietMs) return;
            await new Promise((r) => setTimeout(r, 50));
          }
        },
        close: () => new Promise((r) => (server.closeAllConnections?.(), server.close(r))),
      });
    }),
  );
}

// ---------------------------------------------------------------------------
// in-page probe (evaluateOnNewDocument): time to content, and layout shifts

function probe(target) {
  const B = (window.__bench = { ttc: null, cls: 0, shifts: [], readyAt: null, definedAt: null });
  addEventListener('paris-call-load', () => (B.readyAt ??= performance.now()), true);
  addEventListener('paris-call-error', () => (B.readyAt ??= performance.now()), true);
  const name = (n) =>
    !n
      ? '?'
      : n.nodeType === 3
        ? '#text'
        : n.localName +
          (n.getAttribute?.('part')
            ? `[part=${n.getAttribute('part')}]`
            : n.className && typeof n.className === 'string'
              ? `.${n.className.split(' ')[0]}`
              : '');
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        B.cls += e.value;
        B.shifts.push({ value: +e.value.toFixed(4), at: Math.round(e.startTime), sources: (e.sources ?? []).map((x) => name(x.node)) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    B.cls = null;
  }
  if (!target) return;
  const roots = () => {
    const out = [document];
    for (let i = 0; i < out.length; i++) for (const el of out[i].querySelectorAll('*')) if (el.shadowRoot) out.push(el.shadowRoot);
    return out;
  };
  // Visible: a laid-out box, through the composed tree: no ancestor with
  // opacity 0, visibility hidden, a clip (sr-only) or a ≤1px overflow box.
  const visibleFrom = (el) => {
    if (getComputedStyle(el).visibility !== 'visible') return false;
    for (let e = el; e; e = e.assignedSlot ?? e.parentElement ?? (e.parentNode instanceof ShadowRoot ? e.parentNode.host : null)) {
      const cs = getComputedStyle(e);
      if (cs.display === 'contents') continue;
      if (cs.opacity === '0') return false;
      if (cs.clip && cs.clip !== 'auto') return false;
      if (cs.clipPath && cs.clipPath !== 'none') return false;
      if (cs.color === 'rgba(0, 0, 0, 0)' && e === el) return false;
      if (cs.overflow !== 'visible') {
        const r = e.getBoundingClientRect();
        if (r.width <= 1 || r.height <= 1) return false;
      }
    }
    return true;
  };
  const norm = (s) => s.replace(/\s+/g, ' ');
  const textVisible = (node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    const ok = [...range.getClientRects()].some((r) => r.width > 1 && r.height > 1);
    return ok && node.parentElement && visibleFrom(node.parentElement);
  };
  const check = () => {
    const rs = roots();
    if (target.texts) {
      const pending = new Set(target.texts.map(norm));
      for (const root of rs) {
        const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walk.nextNode(); n && pending.size; n = walk.nextNode()) {
          const data = norm(n.data);
          for (const t of pending) if (data.includes(t) && textVisible(n)) pending.delete(t);
        }
      }
      return pending.size === 0;
    }
    if (target.svgPaths) {
      for (const root of rs)
        for (const svg of root.querySelectorAll('svg')) {
          if (svg.querySelectorAll('path').length < target.svgPaths) continue;
          const r = svg.getBoundingClientRect();
          if (r.width > 1 && r.height > 1 && visibleFrom(svg)) return true;
        }
      return false;
    }
    if (target.selector) {
      for (const root of rs)
        for (const el of root.querySelectorAll(target.selector)) {
          const r = el.getBoundingClientRect();
          if (r.width > 1 && r.height > 1 && visibleFrom(el)) return true;
        }
      return false;
    }
    return false;
  };
  // After the content first shows, every frame until every widget is ready
  // (and 300 ms more; 8 s at most): a frame without it (an emptied box, a
  // swap with a gap) counts as flicker.
  B.flicker = 0;
  const settled = () =>
    [...document.querySelectorAll('*')].every(
      (e) => !e.localName.startsWith('paris-call-') || (e.getAttribute('status') ?? 'loading') !== 'loading',
    );
  let settledAt = null;
  const frame = () => {
    const now = performance.now();
    const seen = document.documentElement && check();
    if (B.ttc === null) {
      if (seen) B.ttc = now;
    } else {
      if (!seen) B.flicker++;
      if (settledAt === null && settled()) settledAt = now;
    }
    if (B.ttc !== null && ((settledAt !== null && now - settledAt > 300) || now - B.ttc > 8000)) B.sampled = true;
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

// ---------------------------------------------------------------------------
// statistics

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const p95 = (xs) => {
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)];
};
const ratio = (a, b) => +(a / b).toFixed(2);
/** Runs, median and p95 of time samples (ms), and their ratios to the baseline's samples. */
const timings = (samples, base) => ({
  runs: samples.length,
  medianMs: Math.round(median(samples)),
  p95Ms: Math.round(p95(samples)),
  medianRatio: ratio(median(samples), median(base)),
  p95Ratio: ratio(p95(samples), p95(base)),
});
const round = (x, d = 1) => +x.toFixed(d);

// ---------------------------------------------------------------------------
// browser helpers

async function openPage(browser, { phone = false, cpu = phone, target = null } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(VIEWPORT);
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  if (phone) {
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PHONE.latency,
      downloadThroughput: PHONE.download,
      uploadThroughput: PHONE.upload,
    });
  }
  if (cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const warnings = [];
  page.on('console', (m) => (m.type() === 'error' ? errors : m.type() === 'warn' || m.type() === 'warning' ? warnings : []).push(m.text()));
  await page.evaluateOnNewDocument(probe, target);
  return { page, cdp, errors, warnings, close: () => context.close() };
}

/** One time-to-content run: ms from navigation start until the target is on screen. */
async function ttcRun(browser, server, url, target, { settle = true, cacheDisabled = true, lingerMs = 0 } = {}) {
  const p = await openPage(browser, { phone: true, target });
  if (!cacheDisabled) await p.cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  try {
    server.reset();
    await p.page.goto(server.origin + url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await p.page.waitForFunction(() => window.__bench.ttc !== null, { timeout: 60_000, polling: 50 });
    const ttc = await p.page.evaluate(() => window.__bench.ttc);
    await p.page.waitForFunction(() => window.__bench.sampled, { timeout: 60_000, polling: 100 });
    const flicker = await p.page.evaluate(() => window.__bench.flicker);
    if (settle) await server.quiet(400);
    if (lingerMs) await new Promise((r) => setTimeout(r, lingerMs));
    const reqs = [...server.stats.requests];
    return {
      ttc,
      flicker,
      requests: reqs.length,
      summaryRequests: reqs.filter((r) => r.endsWith('/summary.json')).length,
      paths: reqs,
      errors: p.errors,
      warnings: p.warnings,
    };
  } finally {
    await p.close();
  }
}

async function waitReady(page, selector, timeout = 120_000) {
  await page.waitForFunction(
    (sel) => {
      const els = [...document.querySelectorAll(sel)];
      return (
        els.length > 0 &&
        els.every(
          (e) => e.getAttribute('status') === 'ready' || e.getAttribute('status') === 'error' || e.getAttribute('status') === 'not-found',
        )
      );
    },
    { timeout, polling: 50 },
    selector,
  );
}

// ---------------------------------------------------------------------------
// sections

function sectionSizes() {
  const s = measureSizes();
  return s;
}

async function sectionTtc(browser, server) {
  const counterTarget = { texts: [totalText] };
  const principlesTarget = { texts: principles.flatMap((p) => [p.short, p.full]) };
  const mapTarget = { svgPaths: mapData.countries.length + mapData.land.length };
  const groups = [
    {
      name: 'counter',
      runs: RUNS,
      target: counterTarget,
      baseline: 'counter-static',
      pages: [
        'counter-static',
        'counter-bare',
        'counter-lang',
        'counter-preload',
        'counter-preload-no-animation',
        'counter-builder',
        'counter-prerendered',
        'counter-fallback',
        'counter-no-animation',
        'counter-entry',
      ],
    },
    {
      name: 'principles',
      runs: RUNS,
      target: principlesTarget,
      baseline: 'principles-static',
      pages: ['principles-static', 'principles-bare'],
    },
    { name: 'map', runs: MAP_RUNS, target: mapTarget, baseline: 'map-static', pages: ['map-static', 'map-bare'] },
  ];
  const out = {};
  for (const g of groups) {
    const raw = Object.fromEntries(g.pages.map((p) => [p, []]));
    const flicker = Object.fromEntries(g.pages.map((p) => [p, 0]));
    const reqs = {};
    for (let i = 0; i < g.runs; i++) {
      for (const p of g.pages) {
        const r = await ttcRun(browser, server, `/bench/pages/${p}.html`, g.target, { settle: i < 2 });
        raw[p].push(r.ttc);
        if (r.flicker > 0) flicker[p]++;
        if (i < 2) {
          reqs[p] ??= r;
          if (r.errors.length) log(`${p}: page errors: ${r.errors.join(' | ')}`);
        }
      }
      log(`time to content: ${g.name} run ${i + 1}/${g.runs}`);
    }
    const base = raw[g.baseline];
    out[g.name] = Object.fromEntries(
      g.pages.map((p) => [
        p,
        {
          ...timings(raw[p], base),
          runsWithFlicker: flicker[p],
          requests: reqs[p].requests,
          summaryJsonRequests: reqs[p].summaryRequests,
          requested: reqs[p].paths,
        },
      ]),
    );
  }
  // Is the preload reused? Once more with the HTTP cache on (fresh profile), to
  // tell a DevTools "disable cache" artefact from a real double fetch.
  const withCache = await ttcRun(browser, server, '/bench/pages/counter-preload.html', counterTarget, {
    cacheDisabled: false,
    lingerMs: 3500,
  }); // Chromium warns of an unused preload after ~3 s
  out.preload = {
    summaryJsonRequestsCacheDisabled: out.counter['counter-preload'].summaryJsonRequests,
    summaryJsonRequestsCacheEnabled: withCache.summaryRequests,
    consoleWarnings: withCache.warnings,
    reused: out.counter['counter-preload'].summaryJsonRequests === 1 && withCache.summaryRequests === 1,
  };
  return out;
}

async function sectionMany(browser, server, runs = 7) {
  const counts = [1, 10, 100];
  const raw = Object.fromEntries(counts.map((n) => [n, { script: [], task: [], requests: [] }]));
  for (let i = 0; i < runs; i++) {
    for (const n of counts) {
      // CPU 4× slower (no network throttling): lifts tens of ms of script above the noise.
      const p = await openPage(browser, { cpu: true });
      try {
        await p.cdp.send('Performance.enable');
        const before = Object.fromEntries((await p.cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
        server.reset();
        await p.page.goto(`${server.origin}/bench/pages/many-${n}.html`, { waitUntil: 'load' });
        await waitReady(p.page, 'paris-call-counter');
        await new Promise((r) => setTimeout(r, 1200)); // count-up animations (900 ms) of the counters in view
        await server.quiet(300);
        const after = Object.fromEntries((await p.cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
        const delta = (k) => (after[k] >= before[k] ? after[k] - before[k] : after[k]) * 1000;
        raw[n].script.push(delta('ScriptDuration'));
        raw[n].task.push(delta('TaskDuration'));
        raw[n].requests.push(server.stats.requests.length);
      } finally {
        await p.close();
      }
    }
    log(`many widgets: run ${i + 1}/${runs}`);
  }
  const m = (n, k) => median(raw[n][k]);
  return Object.fromEntries(
    counts.map((n) => [
      n,
      {
        runs,
        requests: Math.max(...raw[n].requests),
        scriptMs: round(m(n, 'script')),
        taskMs: round(m(n, 'task')),
        scriptRatio: ratio(m(n, 'script'), m(1, 'script')),
        taskRatio: ratio(m(n, 'task'), m(1, 'task')),
      },
    ]),
  );
}

/**
 * What the machine was doing while a section ran: load average, other browser
 * test runs (the lead's suites share the 2 cores), and a fixed script workload
 * timed in a page (calibration: the same work takes longer on a busier or slower
 * machine, so two runs' milliseconds compare only through it).
 */
function machineLoad() {
  let testRunners = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (/web-test-runner|\bwtr\b/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' '))) testRunners++;
    } catch {
      // gone
    }
  }
  return { loadAvg1: round(loadavg()[0], 2), testRunners };
}
/** In a page: ms of a fixed script workload (sorting 200,000 numbers with a comparator, joining strings). */
function calibrate() {
  const t0 = performance.now();
  const a = Array.from({ length: 200_000 }, (_, i) => ((i * 2654435761) >>> 0) % 1_000_003);
  a.sort((x, y) => x - y);
  const s = a.map(String).join(',');
  return performance.now() - t0 + (s.length < 0 ? 1 : 0);
}

/**
 * Types `steps` into the list's search field, one keystroke at a time; per
 * keystroke: ms until the element's update is done (filter, render, rows
 * synced: script) and until a frame shows the updated list.
 */
async function typeSteps(steps) {
  const el = document.querySelector('paris-call-supporters');
  const input = el.shadowRoot.querySelector('input[type="search"]');
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const norm = (s) =>
    s
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase();
  const times = [];
  const updates = [];
  for (const q of steps) {
    await new Promise((r) => setTimeout(r, 60));
    const countBefore = el.shadowRoot.querySelector('#count')?.textContent;
    input.value = q;
    const start = performance.now();
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    updates.push(performance.now() - start);
    // Until a frame shows the updated list: the first row matches the
    // query's last word, or the list is empty, or the count moved.
    const last = q.trim().split(/\s+/).pop() ?? '';
    for (let f = 0; f < 120; f++) {
      await frame();
      const row = el.shadowRoot.querySelector('[role="listitem"]');
      const count = el.shadowRoot.querySelector('#count')?.textContent;
      if (
        (row && norm(row.textContent).includes(last)) ||
        (!row && el.shadowRoot.querySelector('[part="empty"]')) ||
        (f > 0 && count !== countBefore)
      )
        break;
    }
    times.push(performance.now() - start);
  }
  return { times, updates };
}

/** In a page, after `typeSteps`: the same keystrokes, input event to update done, nothing read from the DOM (for the allocation sampling). */
async function typeBare(steps) {
  const el = document.querySelector('paris-call-supporters');
  const input = el.shadowRoot.querySelector('input[type="search"]');
  for (const q of steps) {
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
  }
}

/** Bytes the page allocated (V8's sampling heap profiler, collected objects included) while `run()` ran: an estimate, typed arrays' buffers not counted. */
async function allocatedBytes(cdp, run) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.startSampling', {
    samplingInterval: 512,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  await run();
  const { profile } = await cdp.send('HeapProfiler.stopSampling');
  let bytes = 0;
  const walk = (n) => {
    bytes += n.selfSize;
    n.children.forEach(walk);
  };
  walk(profile.head);
  return bytes;
}

/** The builds the register section measures: this one, and `--against <dir>`'s (a built checkout) when given, its pages served under /against/. */
const BUILDS = AGAINST ? ['', '/against'] : [''];

async function sectionRegister(browser, server, loads = 3, keystrokes = 20) {
  const query = 'cyber security'; // typed, then erased back to "cyber": 20 keystrokes, after a first 'z' + erase timed apart
  const steps = [];
  for (let i = 1; i <= query.length; i++) steps.push(query.slice(0, i));
  for (let i = query.length - 1; steps.length < keystrokes; i--) steps.push(query.slice(0, i));
  const load0 = machineLoad();
  const raw = {};
  for (const n of REGISTER_SIZES) {
    for (const b of BUILDS) raw[b + n] = { first: [], keys: [], updates: [], firstKeys: [], nodes: 0, alloc: 0, calibration: [] };
    // The builds' loads interleaved, so a busy moment falls on both.
    for (let l = 0; l < loads; l++)
      for (const b of BUILDS) {
        const r = raw[b + n];
        const p = await openPage(browser, { target: { selector: '[role="listitem"]' } });
        try {
          await p.page.goto(`${server.origin}${b}/bench/pages/supporters-${n}.html`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
          await p.page.waitForFunction(() => window.__bench.ttc !== null, { timeout: 180_000, polling: 100 });
          r.first.push(await p.page.evaluate(() => window.__bench.ttc));
          await new Promise((res) => setTimeout(res, 500));
          r.calibration.push(await p.page.evaluate(calibrate));
          if (l === loads - 1) {
            r.nodes = await p.page.evaluate(() => {
              const el = document.querySelector('paris-call-supporters');
              let count = 0;
              for (const w = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_ALL); w.nextNode();) count++;
              return count;
            });
          }
          // The first keystroke is timed apart (one-off work, e.g. lazy
          // compilation), so the median and p95 describe typing.
          const { times, updates } = await p.page.evaluate(typeSteps, ['z', '', ...steps]);
          r.firstKeys.push(times[0]);
          r.keys.push(...times.slice(2));
          r.updates.push(...updates.slice(2));
          if (l === loads - 1) {
            await p.page.evaluate(typeBare, ['']);
            r.alloc = (await allocatedBytes(p.cdp, () => p.page.evaluate(typeBare, steps))) / steps.length;
          }
          if (p.errors.length) log(`supporters ${n}${b}: page errors: ${p.errors.join(' | ')}`);
        } finally {
          await p.close();
        }
      }
    log(`register scale: ${n} supporters done`);
  }
  const figures = (r) => ({
    loads,
    firstRenderMs: Math.round(median(r.first)),
    firstKeystrokeMs: round(median(r.firstKeys)),
    keystrokes: r.keys.length,
    keyMedianMs: round(median(r.keys)),
    keyP95Ms: round(p95(r.keys)),
    keyUpdateMedianMs: round(median(r.updates)),
    allocKBPerKey: round(r.alloc / 1000),
    calibrationMs: round(median(r.calibration)),
    shadowDomNodes: r.nodes,
  });
  const out = { conditions: { ...load0, after: machineLoad(), against: AGAINST } };
  for (const b of BUILDS) {
    const o = b ? (out.against = {}) : out;
    for (const n of REGISTER_SIZES) o[n] = figures(raw[b + n]);
    const base = o[REGISTER_SIZES[0]];
    for (const n of REGISTER_SIZES) {
      Object.assign(o[n], {
        firstRenderRatio: ratio(o[n].firstRenderMs, base.firstRenderMs),
        keyMedianRatio: ratio(o[n].keyMedianMs, base.keyMedianMs),
        keyP95Ratio: ratio(o[n].keyP95Ms, base.keyP95Ms),
        nodesRatio: ratio(o[n].shadowDomNodes, base.shadowDomNodes),
      });
    }
  }
  return out;
}

/** Runs build:data on `source` into a temp folder under /usr/bin/time -v: wall time and peak RSS. */
function buildData(source, timeoutMs) {
  const out = mkdtempSync(join(tmpdir(), 'pcw-bench-out-'));
  const hasTime = existsSync('/usr/bin/time');
  const cmd = [process.execPath, '--import', 'tsx', 'pipeline/dataset/cli.ts', '--source', source, '--out', out, '--quiet'];
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(hasTime ? '/usr/bin/time' : cmd[0], hasTime ? ['-v', ...cmd] : cmd.slice(1), {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      rmSync(out, { recursive: true, force: true });
      const ok = code === 0 && /wrote \d+ files/.test(stdout);
      resolve({
        ok,
        wallMs: Math.round(wallMs),
        peakRssMB: rss ? Math.round(Number(rss[1]) / 1024) : null,
        ...(ok
          ? {}
          : {
              failure:
                signal === 'SIGKILL'
                  ? `killed after ${timeoutMs / 1000} s`
                  : `exit ${code}: ${stderr
                      .split('\n')
                      .filter((l) => l && !/^\s+[A-Z].*: /.test(l) && !l.includes('Command being timed'))
                      .slice(-3)
                      .join(' / ')}`,
            }),
      });
    });
  });
}

/**
 * A register in its own format with `rows` Markdown files: a copy of the
 * shared register (its real files first: the milestones name some of them),
 * then variants of them under new ids, one file each.
 */
function syntheticRegister(rows) {
  const real = join(ROOT, '../shared/data/paris-call/register');
  const dir = mkdtempSync(join(tmpdir(), `pcw-bench-reg-${rows}-`));
  cpSync(real, dir, { recursive: true });
  chmodSync(dir, 0o755);
  const sup = join(dir, '_supporters');
  chmodSync(sup, 0o755);
  const names = readdirSync(sup)
    .filter((n) => n.endsWith('.md'))
    .sort();
  const texts = names.map((n) => readFileSync(join(sup, n), 'utf8'));
  for (let i = 0; i < rows - names.length; i++) {
    const k = i % names.length;
    const stem = names[k].slice(0, -3);
    // Same category and country suffix as the original; a new name part.
    const dash = stem.indexOf('-');
    const id = `${stem.slice(0, dash)}_s${i}${stem.slice(dash)}`;
    writeFileSync(
      join(sup, `${id}.md`),
      texts[k].replace(/^name: (.*)$/m, (_, v) => `name: ${JSON.stringify(`${v.replace(/^"|"$/g, '')} ${i}`)}`),
    );
  }
  return Promise.resolve({ dir, realRows: names.length });
}

function syntheticSource(rows, format = 'csv') {
  if (format === 'register') return syntheticRegister(rows);
  const real = join(ROOT, '../shared/data/paris-call');
  const dir = mkdtempSync(join(tmpdir(), `pcw-bench-src-${rows}-`));
  cpSync(real, dir, { recursive: true });
  chmodSync(dir, 0o755);
  const csvPath = join(dir, 'supporters.csv');
  const text = readFileSync(join(real, 'supporters.csv'), 'utf8');
  const realRows = parseCsv(text, { columns: true, bom: true, skip_empty_lines: true });
  // The real rows first (milestones name some of them), then synthetic ones up to `rows`.
  chmodSync(csvPath, 0o644);
  return new Promise((resolve, reject) => {
    const ws = createWriteStream(csvPath);
    ws.write(text.endsWith('\n') ? text : text + '\n');
    const gen = syntheticCsvLines(Math.max(0, rows - realRows.length), realRows);
    const pump = () => {
      let chunk = '';
      for (let i = 0; i < 5000; i++) {
        const n = gen.next();
        if (n.done) {
          ws.end(chunk, () => resolve({ dir, realRows: realRows.length }));
          return;
        }
        chunk += n.value + '\n';
      }
      if (ws.write(chunk)) setImmediate(pump);
      else ws.once('drain', pump);
    };
    ws.on('error', reject);
    pump();
  });
}

async function sectionBuild() {
  const shared = join(ROOT, '../shared/data/paris-call');
  const real = join(shared, 'register');
  if (!existsSync(join(real, '_supporters'))) return { skipped: `no source register at ${real}` };
  const out = {};
  const realRows = readdirSync(join(real, '_supporters')).filter((n) => n.endsWith('.md')).length;
  // Median of 3 (after a first run that warms tsx's cache): the machine is shared.
  const medianOf = async (n, source, timeout) => {
    const rs = [];
    for (let i = 0; i < n; i++) rs.push(await buildData(source, timeout));
    if (!rs.every((r) => r.ok)) return rs.find((r) => !r.ok);
    return {
      ok: true,
      runs: n,
      wallMs: Math.round(median(rs.map((r) => r.wallMs))),
      peakRssMB: Math.round(median(rs.map((r) => r.peakRssMB))),
    };
  };
  await buildData(real, 120_000);
  // The register's own files (the default source), then its CSV export (the second input format).
  out.real = { rows: realRows, ...(await medianOf(3, real, 120_000)) };
  log(`build:data real register (Markdown): ${out.real.wallMs} ms`);
  if (existsSync(join(shared, 'supporters.csv'))) {
    out['real csv'] = { rows: realRows, ...(await medianOf(3, shared, 120_000)) };
    log(`build:data real register (CSV export): ${out['real csv'].wallMs} ms`);
  }
  const label = (rows) => (rows >= 1e6 ? `${rows / 1e6}M` : `${rows / 1e3}k`);
  const cases = [['register', 10_000], ['register', 100_000], ['csv', 10_000], ...(MILLION ? [['csv', 1_000_000]] : [])];
  for (const [format, rows] of cases) {
    const key = `${format === 'register' ? 'md' : 'csv'} ${label(rows)}`;
    const { dir } = await syntheticSource(rows, format);
    try {
      out[key] = { rows, ...(rows >= 100_000 ? await buildData(dir, 15 * 60_000) : await medianOf(3, dir, 300_000)) };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const o = out[key];
    log(`build:data ${key} (${rows} supporters): ${o.ok ? `${o.wallMs} ms, ${o.peakRssMB} MB` : o.failure}`);
  }
  if (!MILLION) out['csv 1M'] = { rows: 1_000_000, skipped: 'opt-in: npm run bench -- --million --only build' };
  for (const k of Object.keys(out))
    if (out[k].ok)
      Object.assign(out[k], { wallRatio: ratio(out[k].wallMs, out.real.wallMs), rssRatio: ratio(out[k].peakRssMB, out.real.peakRssMB) });
  return out;
}

/**
 * Server rendering in plain Node (paris-call-widgets/server.js and the React
 * wrappers, from dist/npm/): per widget, the time one render takes and the
 * HTML bytes it adds. Baseline: React's renderToString of a <div> holding
 * the same HTML as a static string, in the same process.
 */
async function sectionSsr(renders = 200) {
  const { renderWidget } = await import(join(ROOT, 'dist/npm/server/index.js'));
  const React = (await import('react')).default;
  const { renderToString } = await import('react-dom/server');
  const wrappers = await import(join(ROOT, 'dist/npm/react/index.js'));
  const cases = {
    counter: { category: 'all' },
    principle: { number: 3 },
    principles: {},
    timeline: {},
    badge: { supporter: 'access_now-civil-society-USA' },
    supporters: {},
    map: {},
  };
  const name = (w) => `ParisCall${w[0].toUpperCase()}${w.slice(1)}`;
  const timeIt = (fn) => {
    for (let i = 0; i < 20; i++) fn(); // warm-up
    const ts = [];
    for (let i = 0; i < renders; i++) {
      const t = performance.now();
      fn();
      ts.push(performance.now() - t);
    }
    return median(ts);
  };
  const out = {};
  for (const [w, attrs] of Object.entries(cases)) {
    const html = renderWidget(w, { ...attrs, lang: 'fr' });
    const baseMs = timeIt(() => renderToString(React.createElement('div', { dangerouslySetInnerHTML: { __html: html } })));
    const renderMs = timeIt(() => renderWidget(w, { ...attrs, lang: 'fr' }));
    const reactMs = timeIt(() => renderToString(React.createElement(wrappers[name(w)], { ...attrs, lang: 'fr' })));
    out[w] = {
      bytes: Buffer.byteLength(html),
      renderMs: +renderMs.toFixed(4),
      reactMs: +reactMs.toFixed(4),
      baseMs: +baseMs.toFixed(4),
      renderRatio: ratio(renderMs, baseMs),
      reactRatio: ratio(reactMs, baseMs),
    };
    log(`ssr ${w}: ${out[w].renderMs} ms, ${out[w].bytes} B`);
  }
  return out;
}

/**
 * A Next.js page (the React wrapper's counter, server-rendered) against the
 * static-HTML counter, on the phone profile: time until the total is on
 * screen. Uses the Next.js app that `node scripts/test/test-ssr-apps.js` built
 * (it is part of `npm test`); skipped when that build is absent.
 */
async function sectionNext(browser, server) {
  const work = appsCacheDir(join(ROOT, 'test/ssr-apps'), 'pcw-ssr-apps', process.env.PCW_SSR_APPS_DIR);
  if (!existsSync(join(work, 'next/.next/BUILD_ID')))
    return { skipped: `no Next.js build in ${work}: run node scripts/test/test-ssr-apps.js first` };
  const port = await freePort();
  const next = spawn(join(work, 'node_modules/.bin/next'), ['start', 'next', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: work,
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  const origin = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 100; i++) {
      if (
        await fetch(`${origin}/counter`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 200));
    }
    // ttcRun() with Next.js as the server (its requests are not counted).
    const nextServer = { origin, reset() {}, quiet: async () => {}, stats: { requests: [] } };
    const target = { texts: [totalText] };
    const raw = { static: [], next: [] };
    for (let i = 0; i < RUNS; i++) {
      raw.static.push((await ttcRun(browser, server, '/bench/pages/counter-static.html', target)).ttc);
      const r = await ttcRun(browser, nextServer, '/counter', target, { settle: false });
      raw.next.push(r.ttc);
      if (i === 0 && (r.errors.length || r.warnings.length)) log(`next /counter: console: ${[...r.errors, ...r.warnings].join(' | ')}`);
    }
    log(`next: static ${Math.round(median(raw.static))} ms, Next.js ${Math.round(median(raw.next))} ms`);
    return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, timings(v, raw.static)]));
  } finally {
    next.kill();
  }
}

async function sectionCls(browser, server, runs = 2) {
  const out = {};
  for (const w of Object.keys(WIDGETS)) {
    out[w] = {};
    for (const v of ['bare', 'fallback']) {
      const all = [];
      for (let i = 0; i < runs; i++) {
        const p = await openPage(browser);
        try {
          await p.page.goto(`${server.origin}/bench/pages/cls-${w}-${v}.html`, { waitUntil: 'load' });
          await waitReady(p.page, `paris-call-${w}`, 30_000);
          await new Promise((r) => setTimeout(r, 1500)); // animations and late layout
          const b = await p.page.evaluate(() => ({
            ...window.__bench,
            status: document.querySelector('[status]')?.getAttribute('status'),
          }));
          // Shifts before the data arrived (the script defining the element, the
          // skeleton) vs when the data is shown (skeleton or fallback → content).
          const early = b.shifts.filter((x) => x.at < b.readyAt - 16);
          const sum = (xs) => +xs.reduce((a, x) => a + x.value, 0).toFixed(4);
          all.push({
            cls: b.cls === null ? null : +b.cls.toFixed(4),
            beforeData: sum(early),
            atData: sum(b.shifts.filter((x) => !early.includes(x))),
            readyAtMs: Math.round(b.readyAt),
            status: b.status,
            shifts: b.shifts,
          });
          if (p.errors.length) log(`cls ${w} ${v}: page errors: ${p.errors.join(' | ')}`);
        } finally {
          await p.close();
        }
      }
      // The worst run: a shift that happens only sometimes still happens to readers.
      out[w][v] = { ...all.reduce((a, b) => (b.cls > a.cls ? b : a)), runs, allCls: all.map((x) => x.cls) };
    }
  }
  log('layout shift: done');
  return out;
}

// ---------------------------------------------------------------------------
// report

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function report(r) {
  const out = [];
  const h = (t) => out.push('', `## ${t}`, '');
  out.push(
    `paris-call-widgets bench — ${r.date} — Chromium ${r.machine.chromium}, node ${r.machine.node}, ${r.machine.cpus} CPUs (${r.machine.cpuModel})`,
  );
  out.push(`${r.durationS} s. Speed figures are ratios to a baseline measured in the same run; ms are shown for scale only.`);
  if (r.sizes) {
    const s = r.sizes;
    h('a. Bytes on the wire (brotli q11; KB = 1,000 B)');
    out.push(
      table([
        ['what', 'min', 'gzip', 'brotli', 'KB br'],
        ['single bundle', s.bundle.min, s.bundle.gzip, s.bundle.brotli, kb(s.bundle.brotli)],
        ...Object.entries(s.components)
          .filter(([n]) => n !== 'react')
          .map(([n, c]) => [`components/${n}.js + imports`, c.min, c.gzip, c.brotli, kb(c.brotli)]),
        ...Object.entries(s.data).map(([n, d]) => [`data/${n}`, d.min, d.gzip, d.brotli, kb(d.brotli)]),
        ...Object.values(s.pages).map((p) => [`page: ${p.label}`, p.min, p.gzip, p.brotli, kb(p.brotli)]),
      ]),
    );
  }
  if (r.ttc) {
    h(
      `b. Time to content: CPU ${CPU_SLOWDOWN}× slower, ${PHONE.latency} ms latency, 1.6 Mbps down, 750 kbps up, cache off (ratio to static HTML)`,
    );
    const rows = [['page', 'runs', 'median ×', 'p95 ×', 'median ms', 'p95 ms', 'runs with flicker', 'requests', 'summary.json reqs']];
    for (const g of ['counter', 'principles', 'map'])
      for (const [p, v] of Object.entries(r.ttc[g]))
        rows.push([
          p,
          v.runs,
          v.medianRatio.toFixed(2),
          v.p95Ratio.toFixed(2),
          v.medianMs,
          v.p95Ms,
          v.runsWithFlicker,
          v.requests,
          v.summaryJsonRequests,
        ]);
    out.push(table(rows));
    const pr = r.ttc.preload;
    out.push(
      '',
      pr.reused
        ? 'Preload reused: summary.json requested once with the preload hint.'
        : `PRELOAD NOT REUSED: with <link rel="preload" as="fetch" crossorigin> summary.json was requested ${pr.summaryJsonRequestsCacheDisabled}× (cache disabled) and ${pr.summaryJsonRequestsCacheEnabled}× (fresh profile, cache on): the widget fetches it again.`,
      ...pr.consoleWarnings.map((w) => `  console: ${w}`),
    );
  }
  if (r.many) {
    h(
      `c. Many counters on one page (CPU ${CPU_SLOWDOWN}× slower, no network throttling; median of ${r.many[1].runs} runs, ratio to 1 counter)`,
    );
    out.push(
      table([
        ['counters', 'requests', 'script ×', 'task ×', 'script ms', 'task ms'],
        ...Object.entries(r.many).map(([n, v]) => [n, v.requests, v.scriptRatio.toFixed(2), v.taskRatio.toFixed(2), v.scriptMs, v.taskMs]),
      ]),
    );
  }
  if (r.register) {
    h('d. Supporter list at scale (synthetic registers, no throttling; ratio to 1,000)');
    const c = r.register.conditions ?? {};
    const rows = (o, tag = '') =>
      REGISTER_SIZES.filter((n) => o[n]).map((n) => {
        const v = o[n];
        return [
          `${n}${tag}`,
          v.firstRenderRatio.toFixed(2),
          v.keyMedianRatio.toFixed(2),
          v.keyP95Ratio.toFixed(2),
          v.nodesRatio.toFixed(2),
          v.firstRenderMs,
          v.firstKeystrokeMs,
          v.keyMedianMs,
          v.keyP95Ms,
          v.keyUpdateMedianMs ?? '',
          v.allocKBPerKey ?? '',
          v.calibrationMs ?? '',
          v.shadowDomNodes,
        ];
      });
    out.push(
      table([
        [
          'supporters',
          'first render ×',
          'key median ×',
          'key p95 ×',
          'DOM nodes ×',
          'first render ms',
          '1st key ms',
          'key median ms',
          'key p95 ms',
          'key update ms',
          'alloc KB/key',
          'calibration ms',
          'shadow DOM nodes',
        ],
        ...rows(r.register),
        ...(r.register.against ? rows(r.register.against, ' against') : []),
      ]),
    );
    out.push(
      '',
      'Keystrokes: "cyber security" typed and erased back to "cyber", 20 per load, every load (3); "key update": input event to the',
      "element's update done (filter, render, rows: script), the rest is the wait for a frame that shows it. alloc: bytes the page",
      "allocated per keystroke (sampling heap profiler, collected objects included; typed arrays' buffers not counted).",
      `calibration: a fixed script workload in the same pages (a slower or busier machine takes longer). Load average ${c.loadAvg1} before,`,
      `${c.after?.loadAvg1} after; other browser test runs at the start: ${c.testRunners}.`,
    );
    if (r.register.against) {
      const a = r.register.against;
      out.push(
        '',
        `This build ÷ --against ${c.against} (same run, loads interleaved): ` +
          REGISTER_SIZES.map(
            (n) =>
              `${n}: first render ${ratio(r.register[n].firstRenderMs, a[n].firstRenderMs)}×, key median ${ratio(r.register[n].keyMedianMs, a[n].keyMedianMs)}×, p95 ${ratio(r.register[n].keyP95Ms, a[n].keyP95Ms)}×, alloc ${ratio(r.register[n].allocKBPerKey, a[n].allocKBPerKey)}×`,
          ).join('; '),
      );
    }
  }
  if (r.build) {
    h('e. npm run build:data (ratio to the real register)');
    out.push(
      table([
        ['register', 'rows', 'wall ×', 'peak RSS ×', 'wall ms', 'peak RSS MB', 'result'],
        ...Object.entries(r.build)
          .filter(([, v]) => typeof v === 'object')
          .map(([k, v]) => [
            k,
            v.rows,
            v.wallRatio?.toFixed(2) ?? '-',
            v.rssRatio?.toFixed(2) ?? '-',
            v.wallMs ?? '-',
            v.peakRssMB ?? '-',
            v.skipped ?? (v.ok ? 'ok' : `FAILED: ${v.failure}`),
          ]),
      ]),
    );
  }
  if (r.next) {
    h(`h. Next.js page, the React wrapper's counter server-rendered: time to the total on the phone profile of b (ratio to static HTML)`);
    out.push(
      r.next.skipped
        ? `skipped: ${r.next.skipped}`
        : table([
            ['page', 'runs', 'median ×', 'p95 ×', 'median ms', 'p95 ms'],
            ...Object.entries(r.next).map(([k, v]) => [k, v.runs, v.medianRatio.toFixed(2), v.p95Ratio.toFixed(2), v.medianMs, v.p95Ms]),
          ]),
    );
  }
  if (r.ssr) {
    h('g. Server rendering in Node, lang="fr" (median of 200 renders; ratio to React renderToString of the same HTML as a static string)');
    out.push(
      table([
        ['widget', 'HTML B', 'renderWidget ×', 'React wrapper ×', 'renderWidget ms', 'React wrapper ms', 'baseline ms'],
        ...Object.entries(r.ssr).map(([w, v]) => [
          w,
          v.bytes,
          v.renderRatio.toFixed(2),
          v.reactRatio.toFixed(2),
          v.renderMs,
          v.reactMs,
          v.baseMs,
        ]),
      ]),
    );
  }
  if (r.cls) {
    h(`f. Cumulative layout shift, data ${DATA_DELAY_MS} ms late, worst of ${r.cls.counter.bare.runs} runs (target 0)`);
    out.push(
      table([
        ['widget', 'CLS bare tag', '(before data + at data)', 'CLS fallback content', '(before data + at data)'],
        ...Object.entries(r.cls).map(([w, v]) => [
          w,
          v.bare.cls.toFixed(3),
          `${v.bare.beforeData.toFixed(3)} + ${v.bare.atData.toFixed(3)}`,
          v.fallback.cls.toFixed(3),
          `${v.fallback.beforeData.toFixed(3)} + ${v.fallback.atData.toFixed(3)}`,
        ]),
      ]),
    );
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------

/** The embed builder's two snippets, made by the project's own tools from the built dist/. */
async function makeSnippets() {
  const { fallbackHtml, elementHtml } = await import(join(ROOT, 'dist/snippet.js'));
  const builder = elementHtml('counter', { lang: 'en' }, fallbackHtml('counter', { summary }, {}, 'en'));
  const prerendered = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/build/prerender.js', 'counter', '--lang', 'en'], {
      cwd: ROOT,
      env: { ...process.env, PRERENDER_PORT: '8199' },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) =>
      code === 0
        ? resolve(out.slice(out.indexOf('<paris-call-counter')).trim())
        : reject(new Error(`scripts/build/prerender.js exited ${code}`)),
    );
  });
  if (!prerendered.includes('shadowrootmode')) throw new Error('scripts/build/prerender.js printed no declarative shadow root');
  return { builder, prerendered };
}

async function main() {
  // The pages are for the browser sections only: `--only sizes,build` leaves bench/pages/ alone.
  if (['ttc', 'many', 'register', 'cls', 'next'].some(want)) {
    const pages = writePages(await makeSnippets());
    log(`wrote ${pages.length} bench pages to bench/pages/`);
  }
  const results = {
    date: new Date().toISOString(),
    machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '?', chromium: null },
    conditions: {
      cpuSlowdown: CPU_SLOWDOWN,
      network: { latencyMs: PHONE.latency, downloadKbps: 1600, uploadKbps: 750 },
      viewport: VIEWPORT,
      dataDelayMs: DATA_DELAY_MS,
      runs: RUNS,
      mapRuns: MAP_RUNS,
    },
  };
  if (want('sizes')) results.sizes = sectionSizes();
  if (want('build')) results.build = await sectionBuild();
  if (want('ssr')) results.ssr = await sectionSsr();
  const needBrowser = ['ttc', 'many', 'register', 'cls', 'next'].some(want);
  if (needBrowser) {
    const server = await startServer();
    let browser;
    try {
      browser = await puppeteer.launch({
        executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      });
      results.machine.chromium = (await browser.version()).replace(/^[^/]*\//, '');
      if (want('ttc')) results.ttc = await sectionTtc(browser, server);
      if (want('many')) results.many = await sectionMany(browser, server);
      if (want('register')) results.register = await sectionRegister(browser, server);
      if (want('cls')) results.cls = await sectionCls(browser, server);
      if (want('next')) results.next = await sectionNext(browser, server);
      results.conditions.contentEncodings = [...server.stats.encodings];
    } finally {
      await browser?.close();
      await server.close();
    }
  }
  results.durationS = Math.round((Date.now() - t0) / 1000);
  const text = report(results);
  console.log(text);
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  if (!ONLY) {
    writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
    writeFileSync(join(ROOT, 'bench/results.txt'), text + '\n');
    log('wrote bench/results.json and bench/results.txt');
  } else log('partial run (--only): bench/results.json left as it was');
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
