// In headless Chromium, on a French site: every widget an Author published
// comes alive (status "ready", the badge verified) with the right figures,
// no console error, no request to another site; a badge for a non-supporter
// reports "not-found"; and in the editor such a badge locks publishing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { puppeteerCore as puppeteer } from '@web/test-runner-chrome';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, PLUGIN_DIR, URL_, login, posts, setLocale } from './helpers.js';

const summary = JSON.parse(readFileSync(join(DIST, 'data/summary.json'), 'utf8'));
let browser;

function browserSuiteRunning() {
  try {
    execFileSync('pgrep', ['-f', 'web-test-runner|/\\.bin/wtr|run-browser-tests\\.js'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

before(async () => {
  // Two cores: one browser suite at a time.
  for (let waited = 0; browserSuiteRunning() && waited < 900; waited += 5) {
    if (waited % 60 === 0) console.log('# waiting for the running Web Test Runner suite to finish');
    await new Promise((r) => setTimeout(r, 5000));
  }
  setLocale('fr_FR');
  browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
});
after(async () => {
  await browser?.close();
  setLocale('');
});

/** Opens a page, recording console errors and every request's URL. */
async function open(path, cookies) {
  const page = await browser.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()} ${r.url()}`));
  if (cookies) await page.setCookie(...[...cookies].map(([name, value]) => ({ name, value, url: URL_ })));
  await page.goto(new URL(path, URL_).href, { waitUntil: 'load' });
  return { page, errors, requests };
}

/** Waits until no widget is loading; returns each widget's tag and status (or says which never settled, and whether it was defined). */
async function settled(page) {
  const state = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((e) => e.localName.startsWith('paris-call-'))
        .map((e) => [e.localName, e.getAttribute('status'), !!customElements.get(e.localName)]),
    );
  try {
    await page.waitForFunction(
      () => {
        const all = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('paris-call-'));
        return all.length > 0 && all.every((e) => e.getAttribute('status') && e.getAttribute('status') !== 'loading');
      },
      { timeout: 20000, polling: 100 },
    );
  } catch {
    const stuck = (await state()).filter(([, s]) => !s || s === 'loading');
    throw new Error(
      `widgets did not settle in 20 s: ${stuck.map(([t, s, d]) => `<${t}> status=${s} ${d ? 'defined' : 'NOT DEFINED by the module'}`).join('; ')}`,
    );
  }
  return (await state()).map(([t, s]) => [t, s]);
}

const number = (page) =>
  page
    .waitForFunction(() => document.querySelector('paris-call-counter')?.shadowRoot?.querySelector('[part="number"]')?.innerText.trim(), {
      timeout: 15000,
    })
    .then((h) => h.jsonValue());

test('every block comes alive in French, with no error and no other site', async () => {
  const { page, errors, requests } = await open(`/?p=${posts.blocks}`);
  const statuses = await settled(page);
  assert.deepEqual(statuses, [
    ['paris-call-counter', 'ready'],
    ['paris-call-principle', 'ready'],
    ['paris-call-principles', 'ready'],
    ['paris-call-timeline', 'ready'],
    ['paris-call-badge', 'ready'],
    ['paris-call-supporters', 'ready'],
    ['paris-call-map', 'ready'],
  ]);
  assert.equal(await number(page), new Intl.NumberFormat('fr').format(summary.counts.byCategory.state));
  const lang = await page.evaluate(
    () => document.querySelector('paris-call-counter').shadowRoot.querySelector('[part~="base"]')?.closest('[lang]')?.lang,
  );
  assert.equal(lang, 'fr');
  const badge = await page.evaluate(() => document.querySelector('paris-call-badge').shadowRoot.textContent.replace(/\s+/g, ' '));
  assert.match(badge, /Cambodge/);
  assert.deepEqual(errors, []);
  assert.deepEqual(
    requests.filter((u) => !u.startsWith(URL_) && !u.startsWith('data:')),
    [],
    'no request to another origin',
  );
  assert.equal(requests.filter((u) => u.includes('/assets/paris-call-widgets.')).length, 1, 'one module');
  // Figures for the record: what the widgets add to a page (bytes as served, and gzip -9 of the same files).
  const mine = requests
    .filter((u) => u.includes('/plugins/paris-call-widgets/'))
    .map((u) => new URL(u).pathname.replace(/^.*\/plugins\/paris-call-widgets\//, ''));
  const bytes = mine.map((f) => readFileSync(join(PLUGIN_DIR, f)));
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `figures: the seven widgets add ${mine.length} requests (${mine.join(', ')}), ` +
      `${kb(bytes.reduce((a, b) => a + b.length, 0))} (${kb(bytes.reduce((a, b) => a + gzipSync(b, { level: 9 }).length, 0))} gzipped); ` +
      `the page made ${requests.length} requests in all`,
  );
  await page.close();
});

test('every shortcode comes alive; the counter shows the total in French', async () => {
  const { page, errors, requests } = await open(`/?p=${posts.shortcodes}`);
  const statuses = await settled(page);
  assert.equal(statuses.length, 7);
  assert.ok(
    statuses.every(([, s]) => s === 'ready'),
    JSON.stringify(statuses),
  );
  assert.equal(await number(page), new Intl.NumberFormat('fr').format(summary.counts.total));
  assert.deepEqual(errors, []);
  assert.deepEqual(
    requests.filter((u) => !u.startsWith(URL_) && !u.startsWith('data:')),
    [],
  );
  await page.close();
});

test('a badge for a non-supporter reports "not-found" in the browser too', async () => {
  const { page, errors } = await open(`/?p=${posts.unknownBadge}`);
  assert.deepEqual(await settled(page), [
    ['paris-call-badge', 'not-found'],
    ['paris-call-badge', 'not-found'],
  ]);
  // The badge tells the page's developer why, in the console; nothing else goes wrong.
  assert.deepEqual(
    errors.map((e) => e.replace(/ in the register of .*/, '')),
    [
      '[paris-call-widgets] <paris-call-badge>: "not-a-supporter-XYZ" is not a supporter id',
      '[paris-call-widgets] <paris-call-badge>: "Cambodge-state-KHM" is not a supporter id',
    ],
  );
  await page.close();
});

test('the editor refuses a badge that is not in the register and previews a real one live', async () => {
  const jar = await login('author');
  const { page } = await open(`/wp-admin/post.php?post=${posts.unknownBadge}&action=edit`, jar);
  await page.waitForSelector('.paris-call-badge-refused', { timeout: 60000 });
  assert.equal(await page.evaluate(() => window.wp.data.select('core/editor').isPostSavingLocked()), true, 'publishing is locked');
  await page.close();

  const editor = await open(`/wp-admin/post.php?post=${posts.blocks}&action=edit`, jar);
  await editor.page.waitForSelector('.wp-block-paris-call-badge paris-call-badge[status="ready"]', { timeout: 60000 });
  assert.equal(await editor.page.evaluate(() => window.wp.data.select('core/editor').isPostSavingLocked()), false);
  assert.equal(await editor.page.$('.paris-call-badge-refused'), null);
  // A picture of the block in the editor, for the documentation.
  await editor.page.evaluate(() => {
    const edit = window.wp.data.select('core/edit-post');
    if (edit.isFeatureActive('welcomeGuide')) window.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
    const badge = window.wp.data
      .select('core/block-editor')
      .getBlocks()
      .find((b) => b.name === 'paris-call/badge');
    window.wp.data.dispatch('core/block-editor').selectBlock(badge.clientId);
  });
  await editor.page.setViewport({ width: 1280, height: 900 });
  await editor.page.evaluate(() => document.querySelector('.wp-block-paris-call-badge')?.scrollIntoView({ block: 'center' }));
  await new Promise((r) => setTimeout(r, 1000));
  mkdirSync(new URL('../../dist/wordpress/', import.meta.url), { recursive: true });
  await editor.page.screenshot({ path: new URL('../../dist/wordpress/editor-badge.png', import.meta.url).pathname });
  await editor.page.close();
});
