// The build's source transforms (scripts/lean-build.js) change bytes, never
// meaning: each module is bundled twice with esbuild, as written and
// transformed, imported, and what it exports compared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import * as esbuild from 'esbuild';
// @ts-expect-error untyped build script
import { keepLocalesIn, keysOnceIn, minifyLiteralsIn, LOCALES } from '../../scripts/lean-build.js';
import { snippetCss } from '../../src/snippet/css-text.ts';

const ROOT = resolve(import.meta.dirname, '../..');
type Transform = (code: string, file: string) => string;

async function load(file: string, transform?: Transform): Promise<Record<string, unknown>> {
  const r = await esbuild.build({
    entryPoints: [resolve(ROOT, file)],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    external: ['lit', '@lit/*'],
    plugins: transform
      ? [
          {
            name: 't',
            setup: (b) =>
              b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (a) => ({
                contents: transform(readFileSync(a.path, 'utf8'), a.path),
                loader: 'ts',
              })),
          },
        ]
      : [],
  });
  const code = r.outputFiles[0].text;
  // Written next to the sources so `lit` resolves from node_modules.
  const url = `data:text/javascript;base64,${Buffer.from(code.replace(/from\s*"(lit|@lit\/[^"]+)"/g, (_m, s) => `from "${import.meta.resolve(s)}"`)).toString('base64')}`;
  return import(url);
}

const stringTables = [
  ...readdirSync(resolve(ROOT, 'src/components')).flatMap((c) =>
    readdirSync(resolve(ROOT, 'src/components', c))
      .filter((f) => f.endsWith('.strings.ts'))
      .map((f) => `src/components/${c}/${f}`),
  ),
  'src/snippet/fallback.strings.ts',
  'src/core/localize.ts',
];

test('keysOnce: every string table exports the same strings, with keys written once', async () => {
  for (const file of stringTables) {
    // Data exports only (functions differ by reference); key order included.
    const data = (m: Record<string, unknown>) => JSON.stringify(Object.entries(m).filter(([, v]) => typeof v !== 'function'));
    const before = data(await load(file));
    const after = data(await load(file, keysOnceIn));
    assert.ok(before.length > 1000, file);
    assert.equal(after, before, file);
    // It did rewrite the table: a key of the first non-English locale no longer repeats.
    const out = keysOnceIn(readFileSync(resolve(ROOT, file), 'utf8'), resolve(ROOT, file));
    if (file !== 'src/core/localize.ts') assert.match(out, /__pcwZip\(/, `${file} was not rewritten`);
  }
  for (const l of LOCALES.filter((x: string) => x !== 'en')) {
    const file = resolve(ROOT, `src/i18n/${l}.ts`);
    assert.match(keysOnceIn(readFileSync(file, 'utf8'), file), /__pcwZip\(__pcwEn,\[/, `src/i18n/${l}.ts was not rewritten`);
  }
});

test('keysOnce: a locale whose keys differ from English is left as written', () => {
  const src = "const en = { a: 'A', b: 'B' };\nexport const t = { en, fr: { a: 'Af' }, de: { a: 'Ad', b: 'Bd' } };";
  const out = keysOnceIn(src, '/x/src/t.ts');
  assert.match(out, /fr: \{ a: 'Af' \}/);
  assert.match(out, /de: __pcwZip\(en,\['Ad','Bd'\]\)/);
});

test('keepLocales: a per-language build carries English and that language only', async () => {
  const keep = (c: string, f: string) => keepLocalesIn(c, f, ['en', 'hu']);
  const { strings } = (await load('src/core/localize.ts', keep)) as { strings: Record<string, unknown> };
  assert.deepEqual(Object.keys(strings), ['en', 'hu']);
  const all = (await load('src/core/localize.ts')) as { strings: Record<string, unknown> };
  assert.deepEqual(strings.hu, all.strings.hu);
  for (const file of stringTables.filter((f) => f.includes('components'))) {
    const mod = await load(file, keep);
    const table = Object.values(mod).find((v) => v && typeof v === 'object' && 'en' in v) as Record<string, unknown>;
    assert.deepEqual(Object.keys(table).sort(), ['en', 'hu'], file);
  }
});

test('minifyLiterals: every stylesheet keeps the text the CSP hashes are taken from', async () => {
  const files = [
    'src/core/theme.styles.ts',
    ...readdirSync(resolve(ROOT, 'src/components')).flatMap((c) =>
      readdirSync(resolve(ROOT, 'src/components', c))
        .filter((f) => f.endsWith('.styles.ts'))
        .map((f) => `src/components/${c}/${f}`),
    ),
  ];
  assert.ok(files.length >= 7);
  for (const file of files) {
    const before = await load(file);
    const after = await load(file, minifyLiteralsIn);
    for (const [name, v] of Object.entries(before)) {
      const a = (after[name] as { cssText: string }).cssText;
      const b = (v as { cssText: string }).cssText;
      assert.ok(a.length < b.length, `${file} ${name} did not shrink`);
      assert.equal(snippetCss([{ cssText: a }]), snippetCss([{ cssText: b }]), `${file} ${name}`);
    }
  }
});

test('minifyLiterals: html text keeps one space where a line break was, and interpolations', () => {
  const src = 'const t = html`<p>\n    <b>${a}</b>\n    ${html`<i>\n x</i>`} c\n</p>`;\nconst k = `keep\n  this`;';
  const out = minifyLiteralsIn(src, '/x/src/t.ts');
  assert.equal(out, 'const t = html`<p> <b>${a}</b> ${html`<i> x</i>`} c </p>`;\nconst k = `keep\n  this`;');
});
