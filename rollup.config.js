// Two builds of the same sources:
//  1. dist/paris-call-widgets.js — ONE self-contained ES module (Lit
//     included) that defines every element: the <script type="module"> a
//     news site pastes.
//  2. dist/components/<name>.js — one entry per component, sharing chunks in
//     dist/chunks/, so npm users (and pages that want one widget) load only
//     what they use.
//  3. dist/prerender.js — the snippet serialiser (src/snippet/), for tools;
//     no widget imports it.
// All at ES2021 (WPE/older Safari reject class static blocks) and minified.
// The dataset's default URL is a literal relative to each output's folder so
// bundlers can follow `new URL('…', import.meta.url)`.
import { readFileSync, readdirSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { dataDefines } from './scripts/build/data-defines.js';
import { compactLocales } from './scripts/build/compact-locales.js';
import { leanBuild } from './scripts/build/lean-build.js';

export const components = ['counter', 'principle', 'principles', 'timeline', 'badge', 'supporters', 'map'];

/** Every locale file in src/i18n/: adding one adds its per-language modules. */
export const LOCALES = readdirSync(new URL('src/i18n/', import.meta.url))
  .map((f) => /^([a-z]{2})\.ts$/.exec(f)?.[1])
  .filter(Boolean);

// `compact`: non-English locale files keyed by English's key order, where English is held too.
const plugins = (dataDir, compact = true) => [
  nodeResolve({ exportConditions: ['production'] }),
  ...(compact ? [compactLocales()] : []),
  leanBuild(),
  esbuild({
    target: 'es2021',
    minify: true,
    tsconfig: 'tsconfig.json',
    legalComments: 'none',
    // Module scripts are always decoded as UTF-8: keep non-ASCII strings as
    // they are instead of \u escapes (about 0.6 KB brotli on the bundle).
    charset: 'utf8',
    define: dataDefines(dataDir),
  }),
];

// The npm build keeps Lit, @lit/* and React as packages: an app shares one
// Lit with its own code, and a server gets Lit's `node` build (a DOM shim),
// so every entry imports in Node and in a framework's server bundle.
// The single modules hold their locales from the start (all eight, or one
// only) and fetch none: src/i18n/on-demand.ts is built as "nothing to fetch".
const heldLocalesOnly = {
  name: 'pcw-held-locales-only',
  load: (id) =>
    /[\\/]src[\\/]i18n[\\/]on-demand\.ts$/.test(id)
      ? 'export const canLoad = () => false;\nexport const loadLocale = () => undefined;'
      : null,
};

// A per-language single module is an ordinary entry: one locale added, then
// every element (src/widgets.ts, the library's own entry without
// src/i18n/all.ts). The locale comes first, so it is held before any element
// is defined. It speaks that language only: a page in another language gets
// it too, strings and number format alike (English is not in it).
const langEntry = (lang) => ({
  name: 'pcw-lang-entry',
  resolveId: (id) => (id.startsWith('pcw-lang') && id.endsWith(`:${lang}`) ? `\0${id}` : null),
  load(id) {
    const src = (f) => JSON.stringify(new URL(`src/${f}`, import.meta.url).pathname);
    if (id === `\0pcw-lang:${lang}`) return `import "pcw-lang-locale:${lang}";\nexport * from ${src('widgets.ts')};`;
    if (id === `\0pcw-lang-locale:${lang}`)
      return `import { addLocale } from ${src('i18n/registry.ts')};\nimport locale from ${src(`i18n/${lang}.ts`)};\naddLocale(${JSON.stringify(lang)}, locale);`;
    return null;
  },
});

const external = (id) =>
  /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|react|react-dom)(\/.*)?$/.test(id) || id === '#pcw-fallback';

// `pcw:data/<file>.json` (src/server/dataset.ts): the published dataset, inlined for server rendering.
const inlineData = {
  name: 'pcw-inline-data',
  resolveId: (id) => (id.startsWith('pcw:data/') ? `\0${id}` : null),
  load(id) {
    if (!id.startsWith('\0pcw:data/')) return null;
    const text = readFileSync(new URL(`dist/data/${id.slice('\0pcw:data/'.length)}`, import.meta.url), 'utf8');
    return `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`;
  },
};

// The React wrappers' fallback content comes from the package's `#pcw-fallback`
// import: the server renderer under the `node` condition, nothing in a browser.
const fallbackImport = {
  name: 'pcw-fallback-import',
  resolveId: (id, importer) =>
    id === './fallback.js' && /[\\/]src[\\/]react[\\/]with-fallback\.ts$/.test(importer ?? '')
      ? { id: '#pcw-fallback', external: true }
      : null,
};

const npmEntries = {
  'components/all': 'src/paris-call-widgets.ts',
  ...Object.fromEntries(components.map((c) => [`components/${c}`, `src/components/${c}/define.ts`])),
  // Class only, nothing defined: to subclass, register under another tag, or in a scoped registry.
  ...Object.fromEntries(components.map((c) => [`elements/${c}`, `src/components/${c}/${c}.ts`])),
  'react/index': 'src/react/index.ts',
  ...Object.fromEntries(components.map((c) => [`react/${c}`, `src/react/${c}.ts`])),
  'react/no-fallback': 'src/react/fallback.ts',
  'server/index': 'src/server/index.ts',
  'server/react-fallback': 'src/server/react-fallback.ts',
  'server/export': 'src/server/export.ts',
};

export default [
  {
    input: 'src/paris-call-widgets.ts',
    output: { file: 'dist/paris-call-widgets.js', format: 'es', sourcemap: true },
    plugins: [heldLocalesOnly, ...plugins('./data/')],
  },
  // 1b. The same single module with one language's interface strings only:
  //     what the embed builder's snippets load. A page is in one language;
  //     the other seven cost about 10 KB brotli.
  ...LOCALES.map((lang) => ({
    input: `pcw-lang:${lang}`,
    output: { file: `dist/paris-call-widgets.${lang}.js`, format: 'es', sourcemap: true },
    plugins: [langEntry(lang), heldLocalesOnly, ...plugins('./data/', false)],
  })),
  {
    input: {
      ...Object.fromEntries(components.map((c) => [c, `src/components/${c}/define.ts`])),
    },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'components/[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: plugins('../data/'),
  },
  // 3. dist/npm/: what the package's exports point at. Every module is two
  //    folders deep (entries and chunks alike), so one relative data path
  //    serves them all.
  {
    input: npmEntries,
    external,
    output: {
      dir: 'dist/npm',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: [inlineData, fallbackImport, ...plugins('../../data/')],
  },
  // The per-language modules for npm (`paris-call-widgets/lang/fr.js`): one language, Lit as a package.
  ...LOCALES.map((lang) => ({
    input: `pcw-lang:${lang}`,
    external,
    output: { file: `dist/npm/lang/${lang}.js`, format: 'es', sourcemap: true },
    plugins: [langEntry(lang), heldLocalesOnly, ...plugins('../../data/', false)],
  })),
  {
    // The embed builder's helpers (demo/builder.js): fallback + snippet
    // builders and the data loader. Not shipped in the package (`files`).
    input: 'src/snippet/index.ts',
    output: { file: 'dist/snippet.js', format: 'es' },
    plugins: plugins('./data/'),
  },
  {
    // Pre-rendered snippets (paris-call-widgets/prerender.js): never imported by the widgets.
    input: 'src/snippet/prerender.ts',
    output: { file: 'dist/prerender.js', format: 'es' },
    plugins: plugins('./data/'),
  },
];
