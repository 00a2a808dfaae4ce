// The build's source transforms (scripts/build/lean-build.js, scripts/build/compact-locales.js)
// change bytes, never meaning: each module is bundled twice with esbuild, as
// written and transformed, imported, and what it exports compared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
// @ts-expect-error untyped build script
import { minifyLiteralsIn, leanBuild } from '../../scripts/build/lean-build.js';
// @ts-expect-error untyped build script
import { compactLocale, localeFileData } from '../../scripts/build/compact-locales.js';
import { snippetCss } from '../../src/snippet/css-text.ts';

const ROOT = resolve(import.meta.dirname, '../..');
type Transform = (code: string, file: string) => string | Promise<string | null>;

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
              b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (a) => ({
                contents: (await transform(readFileSync(a.path, 'utf8'), a.path)) ?? readFileSync(a.path, 'utf8'),
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

const localeFiles = readdirSync(resolve(ROOT, 'src/i18n'))
  .filter((f) => /^[a-z]{2}\.ts$/.test(f))
  .map((f) => `src/i18n/${f}`);

test('compact locales: every locale file ships the same data, its keys written once per bundle', async () => {
  assert.equal(localeFiles.length, 8);
  for (const file of localeFiles) {
    const before = await localeFileData(resolve(ROOT, file));
    const after = ((await load(file, (_c, f) => compactLocale(f))) as { default: unknown }).default;
    assert.ok(Object.keys(before.strings).length > 100, file);
    // Key order included: the strings object is rebuilt in English's order, which every locale file keeps.
    assert.equal(JSON.stringify(after), JSON.stringify(before), file);
    const shipped = await compactLocale(resolve(ROOT, file));
    if (file.endsWith('/en.ts')) assert.equal(shipped, null);
    else assert.doesNotMatch(shipped, /"callName"/, `${file}: keys still written out`);
  }
});

test('compact locales: a locale file whose keys differ from English fails the build, naming them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pcw-locale-'));
  mkdirSync(join(dir, 'src/i18n'), { recursive: true });
  writeFileSync(join(dir, 'src/i18n/en.ts'), "export default { dir: 'ltr', timelineSkeleton: [], strings: { a: 'A', b: 'B' } };");
  writeFileSync(join(dir, 'src/i18n/fr.ts'), "export default { dir: 'ltr', timelineSkeleton: [], strings: { a: 'Af', c: 'Cf' } };");
  await assert.rejects(compactLocale(join(dir, 'src/i18n/fr.ts')), /missing b; extra c/);
});

test('lean build: our modules get a source map that points into the source as written', () => {
  const file = resolve(ROOT, 'src/components/counter/counter.ts');
  const out = leanBuild().transform(readFileSync(file, 'utf8'), file);
  assert.ok(out.code.length < readFileSync(file, 'utf8').length);
  assert.deepEqual(out.map.sources, [file]);
  assert.ok(out.map.mappings.split(';').length > 50, 'a line-by-line map');
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
