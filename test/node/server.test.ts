// The package on a server: every entry in `exports` imports in plain Node
// (no DOM), and the server renderer writes the widgets' content from the
// dataset the package ships. Checked after `npm run build`, through the
// package's own name (Node resolves a package's self-reference by its
// `exports`), so `lit` and `#pcw-fallback` resolve as they do in an app.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const summary = JSON.parse(readFileSync(new URL('dist/data/summary.json', root), 'utf8'));
const texts = JSON.parse(readFileSync(new URL('dist/data/texts.json', root), 'utf8'));
const register = JSON.parse(readFileSync(new URL('dist/data/register.json', root), 'utf8'));

/** Every JS entry of `exports`, wildcards expanded (lang/*.js, react/*.js). */
function entries(): string[] {
  const out: string[] = [];
  for (const key of Object.keys(pkg.exports)) {
    if (!key.endsWith('.js') && key !== '.') continue;
    if (key === './lang/*.js') out.push(...['en', 'fr', 'ar', 'ja', 'hu', 'sv', 'de', 'es'].map((l) => `./lang/${l}.js`));
    else if (key === './react/*.js')
      out.push(...['counter', 'principle', 'principles', 'timeline', 'badge', 'supporters', 'map'].map((c) => `./react/${c}.js`));
    else out.push(key);
  }
  return out.map((k) => (k === '.' ? 'paris-call-widgets' : `paris-call-widgets/${k.slice(2)}`));
}

test('every entry in exports imports in Node with no DOM', () => {
  const list = entries();
  assert.ok(list.length >= 25, `only ${list.length} entries found`);
  for (const spec of list) {
    // A fresh process each: a global one entry sets must not hide another's crash.
    try {
      execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `await import(${JSON.stringify(spec)}); if (typeof document !== 'undefined' || typeof window !== 'undefined') throw new Error('a DOM global was left behind');`,
        ],
        { cwd: root, stdio: 'pipe' },
      );
    } catch (e) {
      assert.fail(`import('${spec}') failed in Node: ${String((e as { stderr?: Buffer }).stderr ?? e)}`);
    }
  }
});

test('renderWidget writes each widget with its content, escaped, in the asked language', async () => {
  const { renderWidget, fallbackHtml } = await import('paris-call-widgets/server.js');
  const state = String(summary.counts.byCategory.state);
  const ar = renderWidget('counter', { category: 'state', lang: 'ar' });
  assert.match(ar, /^<paris-call-counter category="state" lang="ar" dir="rtl">/);
  assert.ok(ar.includes(`<strong>${new Intl.NumberFormat('ar').format(Number(state))}</strong>`), ar);
  assert.ok(ar.includes('الدول'), ar);

  const p3 = texts.principles.find((p: { number: number }) => p.number === 3);
  const principle = fallbackHtml('principle', { number: 3, lang: 'fr' });
  assert.ok(principle.includes(p3.short.fr) && principle.includes(p3.full.fr.replace(/'/g, '&#39;')), principle);

  const s = register.supporters.find((r: { id: string }) => r.id === 'access_now-civil-society-USA');
  assert.ok(fallbackHtml('badge', { supporter: s.id }).includes(`<strong>${s.name}</strong>`));
  // Fails closed: no claim for an id the register does not hold, however close.
  const no = fallbackHtml('badge', { supporter: 'ACCESS_NOW-civil-society-USA' });
  assert.ok(no.includes('not in the Paris Call register') && !no.includes('supports'), no);

  const list = fallbackHtml('supporters', {});
  assert.equal((list.match(/<li>/g) ?? []).length, 10);
  assert.ok(list.includes('<li>Aapti Institute</li>'), list);

  // Attribute values and data are text, never markup.
  const hostile = renderWidget('counter', { category: 'state', 'data-x': '"><script>alert(1)</script>' } as never);
  assert.ok(!hostile.includes('<script>') && hostile.includes('&quot;&gt;&lt;script&gt;'), hostile);
  // Another dataset (src): this build's figures could contradict it, so no content.
  assert.equal(fallbackHtml('counter', { src: 'https://example.org/summary.json' }), '');
  assert.throws(() => fallbackHtml('planet' as never, {}), /unknown widget "planet"/);
});

test('a React wrapper rendered on the server carries the figures; the browser build carries no dataset', async () => {
  const React = (await import('react')).default;
  const { renderToString } = await import('react-dom/server');
  const { ParisCallCounter } = await import('paris-call-widgets/react/counter.js');
  const html = renderToString(React.createElement(ParisCallCounter, { category: 'state' }));
  assert.match(html, new RegExp(`^<paris-call-counter[^>]*>.*<strong>${summary.counts.byCategory.state}</strong>`, 's'));
  // Children given by the app are its own fallback: kept as they are.
  const own = renderToString(React.createElement(ParisCallCounter, { category: 'state' }, React.createElement('p', null, 'mine')));
  assert.ok(own.includes('<p>mine</p>') && !own.includes('<strong>'), own);
  const browser = readFileSync(new URL(pkg.imports['#pcw-fallback'].default, root), 'utf8');
  assert.ok(browser.length < 500 && !browser.includes('Aapti'), 'the browser fallback module must not carry the dataset');
});

test('npx paris-call-widgets render prints the element with its content; a wrong widget exits 2 with its name', () => {
  const bin = new URL(pkg.bin['paris-call-widgets'], root).pathname;
  const out = execFileSync(process.execPath, [bin, 'render', 'counter', '--category', 'state', '--lang', 'ar', '--no-animation'], {
    encoding: 'utf8',
  });
  assert.match(out, /^<paris-call-counter category="state" lang="ar" no-animation dir="rtl">/);
  assert.ok(out.includes(`<strong>${new Intl.NumberFormat('ar').format(summary.counts.byCategory.state)}</strong>`), out);
  try {
    execFileSync(process.execPath, [bin, 'render', 'planet'], { stdio: 'pipe' });
    assert.fail('exited 0');
  } catch (e) {
    const err = e as { status: number; stderr: Buffer };
    assert.equal(err.status, 2);
    assert.match(String(err.stderr), /unknown widget "planet"/);
  }
});

test('a class-only entry defines nothing: the app picks the tag (or a scoped registry)', () => {
  const out = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { ParisCallCounter } = await import('paris-call-widgets/elements/counter.js');
       if (customElements.get('paris-call-counter')) throw new Error('the class-only entry defined paris-call-counter');
       customElements.define('my-counter', class extends ParisCallCounter {});
       console.log(typeof ParisCallCounter, customElements.get('my-counter') ? 'my-counter' : 'none');`,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  assert.equal(out.trim(), 'function my-counter');
});
