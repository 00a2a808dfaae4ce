// Static exports (`npx paris-call-widgets export`): the SVG card of every
// widget in English, Arabic and Japanese, its PNG at 1× and 2× drawn by the
// command line with @resvg/resvg-js (no browser), the social preset, and the
// HTML table. Checked after `npm run build`, from the command a user runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url);
const bin = new URL('bin/paris-call-widgets.js', root).pathname;
const summary = JSON.parse(readFileSync(new URL('dist/data/summary.json', root), 'utf8'));
const WIDGETS = ['counter', 'principle', 'principles', 'timeline', 'badge', 'supporters', 'map'];
const LANGS = ['en', 'ar', 'ja'];
const dir = mkdtempSync(join(tmpdir(), 'pcw-export-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]): string {
  return execFileSync(process.execPath, [bin, 'export', ...args, '--supporter', 'abb-private-sector-SWE', '--number', '3'], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  assert.equal(b.subarray(1, 4).toString(), 'PNG', `${file} is not a PNG`);
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

const latn = (lang: string) => `${lang}-u-nu-latn`;
const date = (lang: string) => new Intl.DateTimeFormat(latn(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(summary.asOf));

for (const lang of LANGS) {
  test(`SVG and PNG (1×, 2×) of every widget in ${lang}: sizes, figures, date and source as text`, () => {
    for (const widget of WIDGETS) {
      run(widget, '--lang', lang, '--format', 'svg', '--out', `${widget}.svg`);
      const svg = readFileSync(join(dir, `${widget}.svg`), 'utf8');
      const [, w, h] = /^<svg [^>]*width="(\d+)" height="(\d+)" viewBox="0 0 \1 \2"/.exec(svg) ?? [];
      assert.equal(w, '1200', `${widget} ${lang}: width`);
      assert.ok(Number(h) >= 300 && Number(h) <= 3000, `${widget} ${lang}: height ${h}`);
      // Text as text, never outlines: the as-of date and the source are <text>.
      const texts = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1].replace(/[\u202b\u202c]/g, '')).join('\n');
      assert.ok(texts.includes(date(lang)), `${widget} ${lang}: no as-of date "${date(lang)}" in\n${texts}`);
      assert.ok(texts.includes('pariscall.international'), `${widget} ${lang}: no source`);
      const total = new Intl.NumberFormat(latn(lang)).format(summary.counts.total);
      const states = String(summary.counts.byCategory.state);
      if (['counter', 'supporters', 'timeline', 'map'].includes(widget))
        assert.ok(texts.includes(total), `${widget} ${lang}: no total ${total}`);
      if (widget === 'map')
        assert.ok(texts.includes(states) && (svg.match(/<path /g) ?? []).length > 150, `map ${lang}: states or countries missing`);
      if (widget === 'badge') assert.ok(texts.includes('ABB'), `badge ${lang}: no supporter name`);
      assert.ok(!/<image|@import|url\(|<script/i.test(svg), `${widget} ${lang}: loads something`);
      if (lang === 'ar') assert.match(svg, /direction="rtl" text-anchor="end"/);

      run(widget, '--lang', lang, '--format', 'png', '--out', `${widget}.png`);
      assert.deepEqual(pngSize(join(dir, `${widget}.png`)), [1200, Number(h)], `${widget} ${lang}: PNG 1×`);
      assert.deepEqual(pngSize(join(dir, `${widget}@2x.png`)), [2400, 2 * Number(h)], `${widget} ${lang}: PNG 2×`);
    }
  });
}

test('the social preset is 1200×630 and keeps its footer; --width sets the width', () => {
  run('timeline', '--lang', 'ja', '--preset', 'social', '--format', 'png', '--out', 'social.png');
  assert.deepEqual(pngSize(join(dir, 'social.png')), [1200, 630]);
  assert.deepEqual(pngSize(join(dir, 'social@2x.png')), [2400, 1260]);
  run('counter', '--width', '600', '--format', 'svg', '--out', 'narrow.svg');
  const svg = readFileSync(join(dir, 'narrow.svg'), 'utf8');
  assert.match(svg, /^<svg [^>]*width="600"/);
  assert.ok(svg.includes(date('en')));
});

test('the HTML table carries the data, the date and the source in the chosen language', () => {
  run('counter', '--lang', 'ar', '--format', 'html', '--out', 'counter.html');
  const html = readFileSync(join(dir, 'counter.html'), 'utf8');
  assert.match(html, /<html lang="ar" dir="rtl">/);
  assert.ok(html.includes(`<td>${summary.counts.byCategory['civil-society']}</td>`));
  assert.ok(html.includes(date('ar')) && html.includes('المصدر'));
  run('map', '--lang', 'ja', '--format', 'html', '--out', 'map.html');
  const map = readFileSync(join(dir, 'map.html'), 'utf8');
  assert.equal((map.match(/<tr><th scope="row">/g) ?? []).length, summary.byCountry.length);
  assert.ok(map.includes('フランス'));
});

test('a bad format, preset or width is refused', () => {
  for (const args of [
    ['--format', 'gif'],
    ['--preset', 'poster'],
    ['--width', '9'],
  ])
    assert.throws(() => run('counter', ...args), /paris-call-widgets: --/);
});
