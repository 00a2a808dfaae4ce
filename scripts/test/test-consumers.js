// `npm run test:consumers`: the package as users get it. Packs the built
// library (`npm pack`), installs the tarball into the small apps of
// test/consumers/ and checks what each proves:
//   vite-counter, webpack-counter  one component entry (`paris-call-widgets/counter.js`)
//   vite-all                       the whole library (`import 'paris-call-widgets'`), for the bytes
//   vite-lang                      one per-language module (`paris-call-widgets/lang/hu.js`), Hungarian shown
//   react                          React 19: the bare tag with typed JSX, and the counter's own @lit/react wrapper (no other widget shipped)
//   ts                             `strict` tsc under moduleResolution bundler and node16
//   vite-dev                       vite-counter again under `vite` (dev server, pre-bundled deps)
// Each built app is served by a tiny static server and opened in headless
// Chromium: the counter must show the packed dataset's real total with its
// default src (the bundler emitted summary.json from the literal
// `new URL('../data/summary.json', import.meta.url)`; nothing is copied by
// hand). One-component apps must contain no other widget's code. Prints the JS
// bytes each app ships (min, brotli -q 11).
//
// The apps are built OUTSIDE the repository, in a cache folder keyed by
// test/consumers/package-lock.json ($TMPDIR/pcw-consumers-<hash>, `npm ci` on
// first use): inside it, Node, TypeScript and the bundlers would walk up to
// the library's own node_modules and find what a user does not have (that is
// how `@lit/react` missing from the published types went unnoticed).
// Needs `npm run build` first (scripts/test/test.js runs it).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { puppeteerCore as puppeteer } from '@web/test-runner-chrome';
import { appsCacheDir, freePort, freshApps, installAppDependencies, packAndInstall, serve } from './app-harness.js';

const started = performance.now();
const root = fileURLToPath(new URL('../..', import.meta.url));
const consumers = join(root, 'test/consumers');
const failures = [];
const fail = (msg) => {
  failures.push(msg);
  console.error(`  ✗ ${msg}`);
};
const secs = (t0) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------- install
if (!existsSync(join(root, 'dist/components/counter.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const work = appsCacheDir(consumers, 'pcw-consumers', process.env.PCW_CONSUMERS_DIR);
let t0 = performance.now();
console.log(`▶ consumer dependencies in ${work}`);
if (installAppDependencies(consumers, work)) console.log(`  npm ci (first use of this lockfile) done in ${secs(t0)}`);

// The apps' sources, fresh each run.
freshApps(consumers, work);

t0 = performance.now();
const { packed, packDir, pkgDir, same } = packAndInstall(root, work, ['dist/components/counter.js', 'package.json']);
if (!same) fail('the installed package is not the tarball just packed');
console.log(
  `▶ packed ${packed.filename} (${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} KiB) and installed it in ${work} (${secs(t0)})`,
);

const summaryBytes = readFileSync(join(pkgDir, 'dist/data/summary.json'));
const { counts } = JSON.parse(summaryBytes.toString('utf8'));
const components = readdirSync(join(pkgDir, 'dist/components'))
  .map((f) => f.replace(/\.js$/, ''))
  .filter((c) => c !== 'react');

// ---------------------------------------------------------------- type-check and build (two at a time)
const out = join(work, 'out');
rmSync(out, { recursive: true, force: true });
const bin = (name) => join(work, 'node_modules/.bin', name);
const jobs = [
  { name: 'tsc strict, moduleResolution bundler', cmd: bin('tsc'), args: ['-p', 'ts/tsconfig.bundler.json'] },
  { name: 'tsc strict, moduleResolution node16', cmd: bin('tsc'), args: ['-p', 'ts/tsconfig.node16.json'] },
  { name: 'tsc strict, React 19 JSX (tags and wrappers)', cmd: bin('tsc'), args: ['-p', 'react/tsconfig.json'] },
  ...['vite-counter', 'vite-all', 'vite-lang', 'react'].map((app) => ({
    name: `vite build ${app}`,
    cmd: bin('vite'),
    args: ['build', app, '--outDir', join(out, app), '--emptyOutDir', '--logLevel', 'warn'],
  })),
  {
    name: 'webpack webpack-counter',
    cmd: bin('webpack'),
    args: ['--config', 'webpack-counter/webpack.config.js', '--output-path', join(out, 'webpack-counter'), '--stats', 'errors-warnings'],
    after: () => cpSync(join(work, 'webpack-counter/index.html'), join(out, 'webpack-counter/index.html')),
  },
];
function runJob(job) {
  const t = performance.now();
  return new Promise((done) => {
    const child = spawn(job.cmd, job.args, { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('close', (code) => {
      if (code === 0 && job.after) job.after();
      console.log(`  ${code === 0 ? '✓' : '✗'} ${job.name} (${secs(t)})`);
      if (code !== 0) fail(`${job.name} failed:\n${log.trim()}`);
      else if (log.trim()) console.log(log.trim().replace(/^/gm, '    '));
      done();
    });
  });
}
console.log('▶ type-check and build');
const queue = [...jobs];
await Promise.all(
  [0, 1].map(async () => {
    while (queue.length) await runJob(queue.shift());
  }),
);

// ---------------------------------------------------------------- what was emitted
const filesUnder = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true })
        .map((f) => join(dir, f))
        .filter((f) => statSync(f).isFile())
    : [];
const brotli = (buf) =>
  brotliCompressSync(buf, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: buf.length } }).length;
const builtApps = {
  'vite-counter': { bundler: 'Vite', imports: 'counter.js', one: true },
  'webpack-counter': { bundler: 'webpack 5', imports: 'counter.js', one: true },
  'vite-all': { bundler: 'Vite', imports: 'whole library', one: false },
  'vite-lang': { bundler: 'Vite', imports: 'lang/hu.js', one: false },
  react: { bundler: 'Vite', imports: 'counter.js + react/counter.js (+ React 19)', one: true },
};
// Each other widget's tag name, and strings only other widgets carry.
const foreign = [...components.filter((c) => c !== 'counter').map((c) => `paris-call-${c}`), 'heading-level', 'virtualizer', 'map.json'];
const report = {};
for (const [app, info] of Object.entries(builtApps)) {
  const files = filesUnder(join(out, app));
  const js = files.filter((f) => f.endsWith('.js'));
  const bufs = js.map((f) => readFileSync(f));
  const r = (report[app] = { ...info, jsFiles: js.length, min: 0, br: 0, asset: null, shows: '—' });
  for (const b of bufs) {
    r.min += b.length;
    r.br += brotli(b);
  }
  const asset = files.find((f) => f.endsWith('.json') && readFileSync(f).equals(summaryBytes));
  r.asset = asset ? relative(join(out, app), asset).split(sep).join('/') : null;
  if (!js.length) continue; // its build failed, already reported
  if (!asset) fail(`${app}: the bundler did not emit dist/data/summary.json as an asset`);
  if (info.one) {
    const code = bufs.map((b) => b.toString('utf8')).join('\n');
    const found = foreign.filter((s) => code.includes(s));
    if (found.length) fail(`${app}: one-component app ships other widgets' code (${found.join(', ')})`);
    else r.clean = true;
  }
}

// ---------------------------------------------------------------- in the browser

const expected = {
  'vite-counter': { 'paris-call-counter': counts.total },
  'webpack-counter': { 'paris-call-counter': counts.total },
  'vite-all': { 'paris-call-counter': counts.total },
  'vite-lang': { 'paris-call-counter': counts.total },
  'vite-dev': { 'paris-call-counter': counts.total },
  react: { '#tag': counts.total, '#wrapper': counts.byCategory.state },
};
// `vite` (the dev server, which pre-bundles dependencies) on the same app.
const devPort = await freePort();
const dev = spawn(bin('vite'), ['vite-counter', '--host', '127.0.0.1', '--port', String(devPort), '--strictPort'], {
  cwd: work,
  stdio: ['ignore', 'pipe', 'pipe'],
});
process.on('exit', () => dev.kill());
let devLog = '';
const devReady = new Promise((ok) => {
  const seen = (d) => {
    devLog += d;
    if (/ready in/.test(devLog)) ok(true);
  };
  dev.stdout.on('data', seen);
  dev.stderr.on('data', seen);
  dev.on('close', () => ok(false));
  setTimeout(() => ok(false), 15000);
});
report['vite-dev'] = {
  bundler: 'Vite dev server',
  imports: 'counter.js',
  one: false,
  jsFiles: 0,
  min: 0,
  br: 0,
  asset: null,
  shows: '—',
  dev: true,
};

t0 = performance.now();
console.log('▶ in headless Chromium');
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  for (const [app, want] of Object.entries(expected)) {
    const isDev = app === 'vite-dev';
    if (isDev && !(await devReady)) {
      fail(`vite-dev: the dev server did not start:\n${devLog.trim()}`);
      continue;
    }
    if (!isDev && !report[app].jsFiles) continue;
    const server = isDev ? null : await serve(join(out, app));
    const page = await browser.newPage();
    const problems = [];
    const jsonUrls = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
      if (r.url().endsWith('.json')) jsonUrls.push(new URL(r.url()).pathname);
    });
    try {
      await page.goto(`http://127.0.0.1:${isDev ? devPort : server.address().port}/`);
      const seen = {};
      for (const [selector, n] of Object.entries(want)) {
        try {
          // The visible text of the number in the shadow DOM, digits only (the
          // count-up animation runs first: wait for the final figure).
          await page.waitForFunction(
            (sel, digits) =>
              document.querySelector(sel)?.shadowRoot?.querySelector('[part="number"]')?.innerText.replace(/\D/g, '') === digits,
            { timeout: 15000, polling: 100 },
            selector,
            String(n),
          );
          seen[selector] = n;
        } catch {
          const text = await page.evaluate(
            (sel) => document.querySelector(sel)?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim(),
            selector,
          );
          fail(`${app}: ${selector} did not show ${n} (shows: ${JSON.stringify(text)})`);
        }
      }
      if (app === 'vite-all') {
        // map.json, texts.json and register.json must be emitted and found too.
        for (const tag of ['paris-call-map', 'paris-call-principle', 'paris-call-timeline', 'paris-call-badge', 'paris-call-supporters']) {
          await page
            .waitForSelector(`${tag}[status="ready"]`, { timeout: 15000 })
            .catch(async () => fail(`vite-all: <${tag}> is not ready (status ${await page.$eval(tag, (e) => e.getAttribute('status'))})`));
        }
      }
      if (app === 'vite-lang') {
        // The page is in Hungarian: the module carries it (and only it besides English).
        const lang = await page.evaluate(() =>
          document.querySelector('paris-call-counter')?.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang'),
        );
        if (lang !== 'hu') fail(`vite-lang: the counter's language is ${lang}, not hu`);
      }
      if (app === 'react') {
        const flags = await page.evaluate(() => ({ ...document.body.dataset }));
        if (flags.tagLoaded !== 'yes') fail('react: onparis-call-load on the bare tag was not called');
        if (flags.wrapperLoaded !== 'yes') fail('react: onLoad on the wrapper was not called');
      }
      if (isDev) {
        // Served from the installed package itself (/@fs/…/dist/data/summary.json).
        const u = jsonUrls.find((x) => x.endsWith('/paris-call-widgets/dist/data/summary.json'));
        if (u) report[app].asset = '(package) dist/data/summary.json';
        else fail(`vite-dev: the summary was not loaded from the package (loaded: ${jsonUrls.join(', ') || 'none'})`);
      } else if (!jsonUrls.some((u) => u === `/${report[app].asset}`))
        fail(`${app}: the summary was not loaded from the emitted asset (loaded: ${jsonUrls.join(', ') || 'none'})`);
      for (const p of problems) fail(`${app}: ${p}`);
      report[app].shows = Object.values(seen).join(' + ') || '✗';
    } finally {
      await page.close();
      server?.close();
    }
  }
} finally {
  await browser.close();
  dev.kill();
}
console.log(`  done in ${secs(t0)}`);

// ---------------------------------------------------------------- summary
rmSync(packDir, { recursive: true, force: true });
const kb = (n) => n.toLocaleString('en-US');
const rows = [
  ['app', 'bundler', 'imports', 'JS files', 'JS min B', 'JS brotli B', 'summary.json asset', 'shows', 'only counter code'],
  ...Object.entries(report).map(([app, r]) => [
    app,
    r.bundler,
    r.imports,
    r.dev ? 'n/a' : String(r.jsFiles),
    r.dev ? 'n/a' : kb(r.min),
    r.dev ? 'n/a' : kb(r.br),
    r.asset ?? '✗ none',
    r.shows,
    r.one ? (r.clean ? '✓' : '✗') : 'n/a',
  ]),
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
const line = (row) => `| ${row.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(`\nexpected from the packed dist/data/summary.json: total ${counts.total}, state ${counts.byCategory.state}`);
console.log([line(rows[0]), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)].join('\n'));
const one = report['vite-counter'];
const all = report['vite-all'];
if (one.jsFiles && all.jsFiles) {
  console.log(
    `Vite, one component vs whole library: ${kb(one.min)} vs ${kb(all.min)} B min, ${kb(one.br)} vs ${kb(all.br)} B brotli (${Math.round((100 * one.br) / all.br)} %)`,
  );
}
console.log(`types: strict tsc under bundler, node16 and React 19 JSX — ${failures.some((f) => f.startsWith('tsc')) ? 'FAILED' : 'ok'}`);
console.log(`${failures.length ? `✗ ${failures.length} failure(s)` : '✓ all consumer checks passed'} in ${secs(started)}`);
process.exit(failures.length ? 1 : 0);
