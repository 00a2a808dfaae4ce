// Two builds of the same sources:
//  1. dist/paris-call-widgets.js — ONE self-contained ES module (Lit
//     included) that defines every element: the <script type="module"> a
//     news site pastes.
//  2. dist/components/<name>.js — one entry per component, sharing chunks in
//     dist/chunks/, so npm users (and pages that want one widget) load only
//     what they use.
// Both at ES2021 (WPE/older Safari reject class static blocks) and minified.
// The dataset's default URLs (summary.json, map.json) are literals relative to
// each output's folder so bundlers can follow `new URL('…', import.meta.url)`
// (test/consumers checks that Vite and webpack emit them).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

export const components = ['counter', 'principle', 'principles', 'timeline', 'badge', 'supporters', 'map'];

const plugins = (summaryUrl) => [
  nodeResolve({ exportConditions: ['production'] }),
  esbuild({
    target: 'es2021',
    minify: true,
    tsconfig: 'tsconfig.json',
    legalComments: 'none',
    define: {
      __PCW_SUMMARY_URL__: JSON.stringify(summaryUrl),
      __PCW_MAP_URL__: JSON.stringify(summaryUrl.replace('summary.json', 'map.json')),
    },
  }),
];

export default [
  {
    input: 'src/paris-call-widgets.ts',
    output: { file: 'dist/paris-call-widgets.js', format: 'es' },
    plugins: plugins('./data/summary.json'),
  },
  {
    input: {
      ...Object.fromEntries(components.map((c) => [c, `src/components/${c}/define.ts`])),
      // React wrappers (@lit/react bundled; React itself is the app's).
      react: 'src/react/index.ts',
    },
    external: ['react'],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'components/[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: plugins('../data/summary.json'),
  },
];
