// Byte budgets (scripts/bench/budgets.js: the budgets, their ratchets and why),
// checked on the built dist/ (run after `npm run build`). KB = 1,000 bytes,
// brotli quality 11 (see scripts/bench/sizes.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importsOf, sizes, kb } from '../../scripts/bench/sizes.js';
import { budgets as allBudgets, KB } from '../../scripts/bench/budgets.js';

const s = sizes();
const budgets = allBudgets(s);

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
  // The budget as written, reported (not failing CI) while it is not met.
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
