// `node scripts/test/test-ssr-apps.js`: the package in server-rendered apps, as
// users get it. Packs the built library (`npm pack`), installs the tarball
// into the apps of test/ssr-apps/ and checks what each proves:
//   next     Next.js 16 App Router (TypeScript), `next build` + `next start`:
//            /wrapper  a server page rendering a client component with the
//                      React wrappers (counter, principle 3, badge, supporter
//                      list): the server HTML carries their content;
//            /tag      a server component rendering the bare tag with
//                      `fallbackHtml()` from `paris-call-widgets/server.js`
//                      (typed by the package's JSX augmentation), defined in
//                      the browser by a tiny client component.
//   astro    Astro 5, static build: `renderWidget()` in the frontmatter, the
//            element defined by a page <script>.
//   sveltekit SvelteKit 2 (Svelte 5, adapter-node), rendered on each request
//            by `node build`: `renderWidget()` in +page.server.js's load(),
//            put in the page with {@html}; +page.svelte imports
//            `paris-call-widgets/counter.js` (the server imports both
//            entries from node_modules). Its client JS must not carry the
//            dataset (the server entry's).
//   lit-app  a Vite-built LitElement app that imports `lit` itself and
//            `paris-call-widgets/counter.js`: one copy of Lit in the bundle.
// The server HTML (its <script> and <style> elements removed, tags dropped)
// must show the packed dataset's figures; then each page is opened in
// headless Chromium: every widget must reach status="ready", the counter
// must show the real figure, and the page must log no console error or
// warning, throw nothing and get no HTTP error.
//
// The apps are built OUTSIDE the repository, in a cache folder keyed by
// test/ssr-apps/package-lock.json ($TMPDIR/pcw-ssr-apps-<hash>, `npm ci` on
// first use), for the reason given in scripts/test/test-consumers.js: inside it,
// Node and the bundlers would find the library's own node_modules.
// Needs `npm run build` first. Builds run one after another (Next.js,
// Astro and SvelteKit each use every core).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { puppeteerCore as puppeteer } from '@web/test-runner-chrome';
import { appsCacheDir, freePort, freshApps, installAppDependencies, packAndInstall, serve } from './app-harness.js';

const started = performance.now();
const root = fileURLToPath(new URL('../..', import.meta.url));
const apps = join(root, 'test/ssr-apps');
const failures = [];
const fail = (msg) => {
  failures.push(msg);
  console.error(`  ✗ ${msg.replace(/\n/g, '\n    ')}`);
};
const secs = (t0) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

// One row of the summary per check: app, check, result, seconds.
const rows = [];
/** Records a check; `problem` is null (passed), a string (failed: printed and counted) or undefined with `skip`. */
function record(app, check, t0, problem, { skip = false } = {}) {
  const s = t0 == null ? '' : ((performance.now() - t0) / 1000).toFixed(1);
  if (skip) rows.push([app, check, '– skipped', s]);
  else if (problem) {
    rows.push([app, check, '✗ FAIL', s]);
    fail(`${app}: ${check}: ${problem}`);
  } else {
    rows.push([app, check, '✓', s]);
    console.log(`  ✓ ${app}: ${check}${s ? ` (${s} s)` : ''}`);
  }
  return !problem && !skip;
}

// ---------------------------------------------------------------- install
if (!existsSync(join(root, 'dist/components/counter.js')) || !existsSync(join(root, 'dist/data/summary.json'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const chromium = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `${chromium} is missing: install Chromium (\`node scripts/ensure-browsers.js\`, or apt-get install chromium) or set CHROMIUM_BIN.`,
  );
  process.exit(1);
}
const work = appsCacheDir(apps, 'pcw-ssr-apps', process.env.PCW_SSR_APPS_DIR);
let t0 = performance.now();
console.log(`▶ app dependencies (Next.js, Astro, SvelteKit, Vite, React, Lit) in ${work}`);
if (installAppDependencies(apps, work)) record('(setup)', 'npm ci (first use of this lockfile)', t0, null);

// The apps' sources, fresh each run (and with them, last run's .next/ and dist/).
freshApps(apps, work);

t0 = performance.now();
const { packed, packDir, pkgDir, same } = packAndInstall(root, work, ['dist/data/summary.json', 'package.json']);
const installed = join(work, 'node_modules/paris-call-widgets');
record(
  '(setup)',
  `pack ${packed.filename} (${packed.entryCount} files) and npm install it`,
  t0,
  same ? null : 'the installed package is not the tarball just packed',
);
console.log(`  in ${work}`);

// ---------------------------------------------------------------- what the pages must show (the PACKED dataset)
const readJson = (f) => JSON.parse(readFileSync(join(pkgDir, 'dist/data', f), 'utf8'));
const summary = readJson('summary.json');
const texts = readJson('texts.json');
const register = readJson('register.json');
const stateFigure = summary.counts.byCategory.state;
const principle3 = texts.principles.find((p) => p.number === 3)?.short?.en;
const badgeId = 'access_now-civil-society-USA';
const badgeName = register.supporters.find((s) => s.id === badgeId)?.name;
const firstSupporter = register.supporters[0]?.name;
console.log(
  `▶ expected, from the packed dist/data/: state figure ${stateFigure}; principle 3 "${principle3}"; badge "${badgeName}"; first supporter "${firstSupporter}"`,
);
if (!principle3 || !badgeName || !firstSupporter) fail(`the packed dataset lacks principle 3, ${badgeId} or any supporter`);

// The text a reader sees in server HTML, before any script runs: <script>
// and <style> elements and comments removed, tags dropped (declarative
// shadow roots' <template> content stays: the parser attaches it), entities
// decoded, white space collapsed.
const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function serverText(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, ' ')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : (entities[e.toLowerCase()] ?? m),
    )
    .replace(/\s+/g, ' ');
}
const figureIn = (text, n) => new RegExp(`(^|[^\\d.,])${n.toLocaleString('en-US').replace(/[.,]/g, '\\$&')}($|\\D)`).test(text);
/** null when the server text shows every `want` ({label: string | number}), else what is missing. */
function missingFrom(text, want) {
  const missing = Object.entries(want)
    .filter(([, v]) => (typeof v === 'number' ? !figureIn(text, v) : !text.includes(v)))
    .map(([label, v]) => `${label} ${JSON.stringify(v)}`);
  return missing.length
    ? `not in the server HTML (scripts removed): ${missing.join('; ')}. It reads: ${JSON.stringify(text.trim().slice(0, 400))}`
    : null;
}

// ---------------------------------------------------------------- helpers: processes, servers, browser
const bin = (name) => join(work, 'node_modules/.bin', name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' };
const tail = (log, n = 60) => log.trim().split('\n').slice(-n).join('\n');
function run(cmd, args, cwd = work) {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('error', (e) => done({ code: -1, log: `${log}\n${e.message}` }));
    child.on('close', (code) => done({ code, log }));
  });
}
const children = new Set();
process.on('exit', () => {
  for (const c of children)
    if (c.exitCode === null)
      try {
        process.kill(-c.pid);
      } catch {
        /* gone */
      }
});
/**
 * Starts a server (its own process group, killed on exit) and waits up to
 * 30 s until `base` answers; records `check`. Returns { server, log() },
 * `up` false when it never answered.
 */
async function startServer(app, check, base, cmd, args, { cwd = work, extraEnv = {} } = {}) {
  const t = performance.now();
  const server = spawn(cmd, args, { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  children.add(server);
  let log = '';
  server.stdout.on('data', (d) => (log += d));
  server.stderr.on('data', (d) => (log += d));
  let up = false;
  while (!up && server.exitCode === null && performance.now() - t < 30000) {
    up = await fetch(`${base}/`).then(
      () => true,
      () => false,
    );
    if (!up) await new Promise((ok) => setTimeout(ok, 250));
  }
  up = record(app, check, t, up ? null : `no answer on ${base} in 30 s:\n${tail(log)}`);
  return {
    server,
    up,
    log: () => log,
    stop: () => {
      try {
        process.kill(-server.pid);
      } catch {
        /* gone */
      }
    },
  };
}

let browser;
const launch = async () =>
  (browser ??= await puppeteer.launch({
    executablePath: chromium,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  }));

/**
 * Opens `url` and checks: every widget (a path of selectors, each step into
 * the previous one's shadow root) reaches status="ready"; the counter's
 * [part="number"] shows `figure`; nothing logged as error or warning.
 */
async function inBrowser(app, label, url, widgets, counter, figure) {
  const page = await (await launch()).newPage();
  const problems = [];
  page.on('console', (m) => {
    if (['error', 'warn', 'warning'].includes(m.type())) {
      const where = m.location()?.url
        ? ` (${m.location().url}${m.location().lineNumber != null ? `:${m.location().lineNumber}` : ''})`
        : '';
      problems.push(`console.${m.type()}: ${m.text()}${where}`);
    }
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} ${r.url()}`));
  const find = (path) => {
    let node = document;
    for (const [i, sel] of path.entries()) {
      node = (i === 0 ? node : node?.shadowRoot)?.querySelector(sel);
      if (!node) return null;
    }
    return node;
  };
  const describe = (path) =>
    page.evaluate(
      (path, findSrc) => {
        const el = new Function(`return ${findSrc}`)()(path);
        if (!el) return 'absent';
        const text = (el.shadowRoot?.textContent ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
        return `status=${JSON.stringify(el.getAttribute('status'))}, defined=${!!customElements.get(el.localName)}, text ${JSON.stringify(text)}`;
      },
      path,
      find.toString(),
    );
  let t = performance.now();
  try {
    try {
      await page.goto(url, { waitUntil: 'load', timeout: 30000 });
    } catch (e) {
      record(app, `${label}: page opens in Chromium`, t, e.message);
      return;
    }
    const notReady = [];
    for (const path of widgets) {
      try {
        await page.waitForFunction(
          (path, findSrc) => new Function(`return ${findSrc}`)()(path)?.getAttribute('status') === 'ready',
          { timeout: 15000, polling: 100 },
          path,
          find.toString(),
        );
      } catch {
        notReady.push(`${path.join(' ▸ ')} is not ready (${await describe(path)})`);
      }
    }
    record(
      app,
      `${label}: ${widgets.length === 1 ? 'widget reaches' : `${widgets.length} widgets reach`} status="ready" in Chromium`,
      t,
      notReady.join('; ') || null,
    );
    t = performance.now();
    let shown = null;
    try {
      // The visible digits of the number (after the count-up animation).
      await page.waitForFunction(
        (path, findSrc, digits) =>
          new Function(`return ${findSrc}`)()(path)?.shadowRoot?.querySelector('[part="number"]')?.innerText.replace(/\D/g, '') === digits,
        { timeout: 15000, polling: 100 },
        counter,
        find.toString(),
        String(figure),
      );
    } catch {
      shown = await page.evaluate(
        (path, findSrc) =>
          new Function(`return ${findSrc}`)()(path)?.shadowRoot?.querySelector('[part="number"]')?.innerText ?? '(no [part="number"])',
        counter,
        find.toString(),
      );
    }
    record(app, `${label}: counter's [part="number"] shows ${figure}`, t, shown === null ? null : `it shows ${JSON.stringify(shown)}`);
    await new Promise((ok) => setTimeout(ok, 300)); // late messages
    record(
      app,
      `${label}: 0 console errors/warnings, page errors, HTTP errors`,
      null,
      problems.length ? `${problems.length}:\n${problems.join('\n')}` : null,
    );
  } finally {
    await page.close();
  }
}

/**
 * What a reader sees before any script runs: the page with JavaScript off
 * must show the figure as visible text (not only somewhere in the markup).
 */
async function withoutScripts(app, label, url, figure) {
  const t = performance.now();
  const page = await (await launch()).newPage();
  try {
    await page.setJavaScriptEnabled(false);
    await page.goto(url, { waitUntil: 'load', timeout: 30000 });
    const text = await page.evaluate(() => document.body.innerText);
    const digits = new Intl.NumberFormat('en').format(figure);
    record(
      app,
      `${label}: with JavaScript off, the figure ${digits} is visible`,
      t,
      text.includes(digits) ? null : `visible text: ${JSON.stringify(text.slice(0, 300))}`,
    );
  } catch (e) {
    record(app, `${label}: with JavaScript off, the figure is visible`, t, e.message);
  } finally {
    await page.close();
  }
}

/** Fetches `url` (node fetch) and checks its server HTML. */
async function serverHtml(app, label, url, want) {
  const t = performance.now();
  try {
    const res = await fetch(url);
    const html = await res.text();
    if (res.status !== 200) {
      record(app, `${label}: server HTML shows the figures`, t, `HTTP ${res.status}: ${tail(serverText(html), 5).slice(0, 600)}`);
      return;
    }
    record(app, `${label}: server HTML shows the figures`, t, missingFrom(serverText(html), want));
  } catch (e) {
    record(app, `${label}: server HTML shows the figures`, t, e.message);
  }
}

async function build(app, name, cmd, args, cwd = work) {
  const t = performance.now();
  console.log(`▶ ${app}: ${name}`);
  const { code, log } = await run(cmd, args, cwd);
  const ok = record(app, name, t, code === 0 ? null : `exit ${code}:\n${tail(log)}`);
  // A build that installs packages (next build does, for missing TypeScript
  // types) would change the cached folder and drop the --no-save tarball.
  if (
    !readFileSync(join(work, 'package.json')).equals(readFileSync(join(apps, 'package.json'))) ||
    !existsSync(join(installed, 'package.json'))
  ) {
    fail(
      `${app}: ${name} changed ${work}/package.json or removed the installed package: delete ${work} and add what it installed to test/ssr-apps/package.json`,
    );
    process.exit(1);
  }
  if (ok && /\bwarn(ing)?\b/i.test(log)) console.log(tail(log, 20).replace(/^/gm, '    '));
  return ok;
}
const skip = (app, checks) => checks.forEach((c) => record(app, c, null, undefined, { skip: true }));

try {
  // -------------------------------------------------------------- Next.js
  const wrapperWant = {
    'state figure': stateFigure,
    'principle 3 title': principle3,
    'badge supporter': badgeName,
    'first supporter': firstSupporter,
  };
  const nextChecks = [
    'next start answers',
    '/wrapper: server HTML shows the figures',
    '/tag: server HTML shows the figures',
    '/wrapper: in Chromium',
    '/tag: in Chromium',
  ];
  if (await build('next', 'next build', bin('next'), ['build', 'next'])) {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const { up, log, stop } = await startServer('next', 'next start answers', base, bin('next'), [
      'start',
      'next',
      '-p',
      String(port),
      '-H',
      '127.0.0.1',
    ]);
    if (up) {
      await serverHtml('next', '/wrapper', `${base}/wrapper`, wrapperWant);
      await serverHtml('next', '/tag', `${base}/tag`, { 'state figure': stateFigure });
      await withoutScripts('next', '/wrapper', `${base}/wrapper`, stateFigure);
      await withoutScripts('next', '/tag', `${base}/tag`, stateFigure);
      await inBrowser(
        'next',
        '/wrapper',
        `${base}/wrapper`,
        [['#counter'], ['#principle'], ['#badge'], ['#list']],
        ['#counter'],
        stateFigure,
      );
      await inBrowser('next', '/tag', `${base}/tag`, [['#counter']], ['#counter'], stateFigure);
      if (/error/i.test(log())) console.log(`  next start logged:\n${tail(log(), 40).replace(/^/gm, '    ')}`);
    } else skip('next', nextChecks.slice(1));
    stop();
  } else skip('next', nextChecks);

  // -------------------------------------------------------------- Astro (static)
  if (await build('astro', 'astro build (static)', bin('astro'), ['build', '--root', 'astro'])) {
    const html = join(work, 'astro/dist/index.html');
    const t = performance.now();
    record(
      'astro',
      'dist/index.html shows the figure',
      t,
      existsSync(html) ? missingFrom(serverText(readFileSync(html, 'utf8')), { 'state figure': stateFigure }) : 'no dist/index.html',
    );
    const server = await serve(join(work, 'astro/dist'));
    try {
      await withoutScripts('astro', '/', `http://127.0.0.1:${server.address().port}/`, stateFigure);
      await inBrowser(
        'astro',
        '/',
        `http://127.0.0.1:${server.address().port}/`,
        [['paris-call-counter']],
        ['paris-call-counter'],
        stateFigure,
      );
    } finally {
      server.close();
    }
  } else skip('astro', ['dist/index.html shows the figure', '/: in Chromium']);

  // -------------------------------------------------------------- SvelteKit (adapter-node, SSR)
  // Built and run in its own folder: SvelteKit reads svelte.config.js, and
  // adapter-node package.json, from the working directory.
  const kitDir = join(work, 'sveltekit');
  const kitChecks = ['client JS does not carry the dataset', 'node build answers', '/: server HTML shows the figures', '/: in Chromium'];
  if (await build('sveltekit', 'vite build (adapter-node)', bin('vite'), ['build', '--logLevel', 'warn'], kitDir)) {
    // The server entry (renderWidget) embeds the dataset: it must stay on the
    // server; the browser gets only the element and fetches the JSON it needs.
    const t = performance.now();
    const clientDir = join(kitDir, 'build/client');
    const files = existsSync(clientDir)
      ? readdirSync(clientDir, { recursive: true })
          .map((f) => join(clientDir, f))
          .filter((f) => f.endsWith('.js') && statSync(f).isFile())
      : [];
    const js = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    const names = [firstSupporter, badgeName].filter(Boolean);
    const leaked = names.filter((n) => js.includes(n));
    record(
      'sveltekit',
      `client JS (build/client/**/*.js: ${files.length} files, ${(js.length / 1024).toFixed(0)} kB) has no supporter name (${names.map((n) => JSON.stringify(n)).join(', ')})`,
      t,
      !files.length
        ? `no .js file in ${clientDir}`
        : leaked.length
          ? `the dataset is in the browser bundle: ${leaked.join(', ')} found`
          : null,
    );
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const { up, log, stop } = await startServer('sveltekit', 'node build answers', base, process.execPath, ['build'], {
      cwd: kitDir,
      extraEnv: { PORT: String(port), HOST: '127.0.0.1' },
    });
    if (up) {
      await serverHtml('sveltekit', '/', `${base}/`, { 'state figure': stateFigure });
      await withoutScripts('sveltekit', '/', `${base}/`, stateFigure);
      await inBrowser('sveltekit', '/', `${base}/`, [['paris-call-counter']], ['paris-call-counter'], stateFigure);
      if (/error/i.test(log())) console.log(`  node build logged:\n${tail(log(), 40).replace(/^/gm, '    ')}`);
    } else skip('sveltekit', kitChecks.slice(2));
    stop();
  } else skip('sveltekit', kitChecks);

  // -------------------------------------------------------------- Lit app (Vite)
  const out = join(work, 'out/lit-app');
  if (await build('lit-app', 'vite build', bin('vite'), ['build', 'lit-app', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'])) {
    const t = performance.now();
    const js = readdirSync(out, { recursive: true })
      .map((f) => join(out, f))
      .filter((f) => f.endsWith('.js') && statSync(f).isFile())
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const copies = Object.fromEntries(
      ['litHtmlVersions', 'reactiveElementVersions', 'litElementVersions'].map((s) => [s, js.split(s).length - 1]),
    );
    const wrong = Object.entries(copies).filter(([, n]) => n !== 1);
    record(
      'lit-app',
      `one copy of Lit in the JS (${Object.entries(copies)
        .map(([s, n]) => `${s} ×${n}`)
        .join(', ')})`,
      t,
      wrong.length ? `expected each once: ${wrong.map(([s, n]) => `${s} ×${n}`).join(', ')}` : null,
    );
    const server = await serve(out);
    try {
      const path = ['pcw-lit-app', '#counter'];
      await inBrowser('lit-app', '/', `http://127.0.0.1:${server.address().port}/`, [path], path, stateFigure);
    } finally {
      server.close();
    }
  } else skip('lit-app', ['one copy of Lit in the JS', '/: in Chromium']);
} finally {
  await browser?.close();
  rmSync(packDir, { recursive: true, force: true });
}

// ---------------------------------------------------------------- summary
const table = [['app', 'check', 'result', 's'], ...rows];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
const line = (row) => `| ${row.map((c, i) => (i === 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
console.log(`\n${[line(table[0]), line(widths.map((w) => '-'.repeat(w))), ...table.slice(1).map(line)].join('\n')}`);
console.log(`${failures.length ? `✗ ${failures.length} failure(s)` : '✓ all server-rendered app checks passed'} in ${secs(started)}`);
process.exit(failures.length ? 1 : 0);
