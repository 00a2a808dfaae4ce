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
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { dataDefines } from './scripts/data-defines.js';
import { LOCALES, leanBuild } from './scripts/lean-build.js';

export const components = ['counter', 'principle', 'principles', 'timeline', 'badge', 'supporters', 'map'];

const plugins = (dataDir, locales = LOCALES) => [
  nodeResolve({ exportConditions: ['production'] }),
  leanBuild(locales),
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

export default [
  {
    input: 'src/paris-call-widgets.ts',
    output: { file: 'dist/paris-call-widgets.js', format: 'es' },
    plugins: plugins('./data/'),
  },
  // 1b. The same single module with one language's interface strings (and
  //     English, the fallback): what the embed builder's snippets load. A
  //     page is in one language; the other seven cost about 10 KB brotli.
  ...LOCALES.map((lang) => ({
    input: 'src/paris-call-widgets.ts',
    output: { file: `dist/paris-call-widgets.${lang}.js`, format: 'es' },
    plugins: plugins('./data/', [...new Set(['en', lang])]),
  })),
  {
    input: {
      ...Object.fromEntries(components.map((c) => [c, `src/components/${c}/define.ts`])),
      // React wrappers (@lit/react bundled; React itself is the app's): all
      // seven, and one module per widget.
      react: 'src/react/index.ts',
      ...Object.fromEntries(components.map((c) => [`react/${c}`, `src/react/${c}.ts`])),
    },
    external: ['react'],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'components/[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: plugins('../data/'),
  },
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
