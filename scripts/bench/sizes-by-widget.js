// What each widget adds to the single bundle, in brotli bytes: the bundle
// built with every widget, minus the bundle built without that one (shared
// code and strings stay counted once, in the base). Built with esbuild and
// the same source transforms as rollup.config.js, so totals are within
// ~1 % of the shipped bundles; use `npm run sizes` for those.
// Usage: node scripts/bench/sizes-by-widget.js [--lang hu]   (all locales by default)
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { dataDefines } from '../build/data-defines.js';
import { measure } from './sizes.js';
import { leanSource } from '../build/lean-build.js';
import { components } from '../../rollup.config.js';

const i = process.argv.indexOf('--lang');
const lang = i > 0 ? process.argv[i + 1] : null;

async function brotli(list) {
  const transform = {
    name: 'lean',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (a) => {
        // As in the single modules: nothing fetched on demand (rollup.config.js).
        if (/[\\/]i18n[\\/]on-demand\.ts$/.test(a.path))
          return { contents: 'export const canLoad = () => false; export const loadLocale = () => undefined;' };
        return { contents: leanSource(readFileSync(a.path, 'utf8'), a.path), loader: 'ts' };
      });
    },
  };
  const r = await esbuild.build({
    stdin: {
      // The locales as the single modules hold them: all, or one.
      contents: [
        lang
          ? `import { addLocale } from './src/i18n/registry.ts'; import l from './src/i18n/${lang}.ts'; addLocale('${lang}', l);`
          : `import './src/i18n/all.ts';`,
        ...list.map((c) => `import './src/components/${c}/define.ts';`),
      ].join('\n'),
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    charset: 'utf8',
    write: false,
    conditions: ['production'],
    define: dataDefines('./data/'),
    legalComments: 'none',
    tsconfig: 'tsconfig.json',
    plugins: [transform],
  });
  return measure(Buffer.from(r.outputFiles[0].contents)).brotli;
}

const all = await brotli(components);
console.log(`locales: ${lang ? `${lang}+en` : 'all'}`);
console.log(`${'every widget'.padEnd(24)} ${String(all).padStart(7)} B brotli`);
for (const c of components) {
  const without = await brotli(components.filter((x) => x !== c));
  console.log(`${('+ ' + c).padEnd(24)} ${String(all - without).padStart(7)} B`);
}
console.log(`${'counter alone'.padEnd(24)} ${String(await brotli(['counter'])).padStart(7)} B`);
