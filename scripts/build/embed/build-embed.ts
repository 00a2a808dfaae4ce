/**
 * `npm run build`, after the manifest: the iframe embed.
 *   dist/embed-attributes.json  what a URL may set on each widget (./attributes.ts; the builder reads it)
 *   dist/embed.html, embed.css  the page: one widget, transparent, strict CSP in a <meta>
 *   dist/embed.js               its script, with the attribute table inlined (src/embed/embed.ts)
 *   dist/embed-resize.js        the host page's few lines (src/embed/resize.ts)
 *   dist/static/<widget>.<lang>.html  the data behind the map and the timeline as a table, per
 *                               language: what a script-tag snippet's <noscript> links to
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { attributeTable } from './attributes.ts';
import { exportTable } from '../../../src/export/export.ts';
import { STATIC_TABLES } from '../../../src/snippet/snippet.ts';
import { LOCALES } from '../../../src/data/types.ts';

const root = new URL('../../../', import.meta.url);
const at = (p: string) => new URL(p, root).pathname;
const table = attributeTable(root);
writeFileSync(at('dist/embed-attributes.json'), JSON.stringify(table) + '\n');

const common = { bundle: true, minify: true, target: 'es2021', legalComments: 'none', charset: 'utf8', write: true } as const;
await build({
  ...common,
  entryPoints: [at('src/embed/embed.ts')],
  outfile: at('dist/embed.js'),
  format: 'esm',
  tsconfig: at('tsconfig.json'),
  define: { __PCW_EMBED_ATTRIBUTES__: JSON.stringify(table) },
});
// A classic script: a host pastes `<script src="…/embed-resize.js" async>` anywhere.
await build({ ...common, entryPoints: [at('src/embed/resize.ts')], outfile: at('dist/embed-resize.js'), format: 'iife' });
for (const f of ['embed.html', 'embed.css']) copyFileSync(at(`src/embed/${f}`), at(`dist/${f}`));

// The static tables, from the dataset this build ships (the same one the widgets read).
const json = (f: string) => JSON.parse(readFileSync(at(`dist/data/${f}`), 'utf8'));
const data = { summary: json('summary.json'), texts: json('texts.json') };
mkdirSync(at('dist/static'), { recursive: true });
for (const widget of STATIC_TABLES)
  for (const lang of LOCALES) writeFileSync(at(`dist/static/${widget}.${lang}.html`), exportTable(widget, data, { lang }));
