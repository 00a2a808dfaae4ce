// Bytes of the built library: minified (as emitted) / gzip -9 / brotli q11.
// For each per-component entry the figure includes every file it imports
// statically, transitively (its "closure": what a browser must download
// before the element can be defined); dynamic imports are listed apart.
// Page totals add the data a widget fetches before it shows its content.
// Usage: node scripts/bench/sizes.js [--json]   (after `npm run build`)
// KB below are 1,000 bytes.
// Used by test/node/size.test.ts (budgets) and scripts/bench.js.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** min / gzip -9 / brotli q11 of one buffer. */
export function measure(buf) {
  return {
    min: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length,
  };
}

const add = (a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO = { min: 0, gzip: 0, brotli: 0 };

// Static: `import … from "x"`, `import "x"`, `export … from "x"` (minified or not).
const STATIC = /(?:^|[;\s})])(?:import|export)\s*(?:[\w$*{][^'"`;]*?from\s*)?(["'])([^"']+)\1/g;
const DYNAMIC = /\bimport\s*\(\s*(["'])([^"']+)\1\s*\)/g;

/** The specifiers a module imports, split into static and dynamic. */
export function importsOf(code) {
  const stat = new Set();
  const dyn = new Set();
  for (const m of code.matchAll(DYNAMIC)) dyn.add(m[2]);
  for (const m of code.matchAll(STATIC)) stat.add(m[2]);
  return { static: [...stat], dynamic: [...dyn].filter((d) => !stat.has(d)) };
}

/**
 * `file` plus every relative module it imports statically, transitively.
 * Each file counted once; each compressed on its own (one request each, as a
 * browser loads them). Bare specifiers (e.g. `react`) are external.
 */
export function closure(file) {
  const files = [];
  const dynamic = new Set();
  const external = new Set();
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    files.push(f);
    const { static: st, dynamic: dy } = importsOf(readFileSync(f, 'utf8'));
    for (const s of st) {
      if (s.startsWith('.')) visit(resolve(dirname(f), s));
      else external.add(s);
    }
    for (const d of dy) dynamic.add(d.startsWith('.') ? relative(ROOT, resolve(dirname(f), d)) : d);
  };
  visit(resolve(file));
  const total = files.reduce((acc, f) => add(acc, measure(readFileSync(f))), ZERO);
  return { files: files.map((f) => relative(ROOT, f)), ...total, dynamic: [...dynamic], external: [...external] };
}

/** Every figure, for the built dist/ under `root`. */
export function sizes(root = ROOT) {
  const dist = join(root, 'dist');
  const bundleFile = join(dist, 'paris-call-widgets.js');
  if (!existsSync(bundleFile)) throw new Error('dist/ is not built: run `npm run build` first');
  const file = (f) => ({ file: relative(root, f), ...measure(readFileSync(f)) });
  const bundle = { ...file(bundleFile), ...importsOf(readFileSync(bundleFile, 'utf8')) };
  // Per-language single modules: paris-call-widgets.<lang>.js.
  const langBundles = {};
  for (const f of readdirSync(dist)
    .filter((f) => /^paris-call-widgets\.[a-z]{2}\.js$/.test(f))
    .sort()) {
    langBundles[f.slice(19, 21)] = file(join(dist, f));
  }
  const largestLang = Object.values(langBundles).reduce((a, b) => (b.brotli > a.brotli ? b : a), ZERO);
  const components = {};
  for (const f of readdirSync(join(dist, 'components'))
    .filter((f) => f.endsWith('.js'))
    .sort()) {
    components[f.replace(/\.js$/, '')] = closure(join(dist, 'components', f));
  }
  // The locales a widget entry fetches on demand (a page in English fetches none): the page counts the largest.
  const localeChunks = Object.fromEntries(
    components.counter.dynamic.filter((f) => /chunks[\\/][a-z]{2}-[\w-]+\.js$/.test(f)).map((f) => [f, file(join(root, f))]),
  );
  const largestLocaleChunk = Object.values(localeChunks).reduce((a, b) => (b.brotli > a.brotli ? b : a), ZERO);
  const data = {};
  for (const f of readdirSync(join(dist, 'data'))
    .filter((f) => f.endsWith('.json') && !f.includes('schema') && f !== 'build-report.json')
    .sort()) {
    data[f] = file(join(dist, 'data', f));
  }
  const page = (label, ...parts) => ({ label, ...parts.reduce(add, ZERO) });
  const pages = {
    counterViaBundle: page('one counter: single bundle + summary.json', bundle, data['summary.json']),
    counterViaLangBundle: page(
      `one counter: largest per-language bundle (${largestLang.file ?? '-'}) + summary.json`,
      largestLang,
      data['summary.json'],
    ),
    counterViaEntry: page(
      `one counter: components/counter.js closure + largest locale fetched on demand (${largestLocaleChunk.file ?? '-'}) + summary.json`,
      components.counter,
      largestLocaleChunk,
      data['summary.json'],
    ),
    mapViaBundle: page('one map: single bundle + summary.json + map.json', bundle, data['summary.json'], data['map.json']),
    mapViaEntry: page(
      'one map: components/map.js closure + largest locale + summary.json + map.json',
      components.map,
      largestLocaleChunk,
      data['summary.json'],
      data['map.json'],
    ),
  };
  return { bundle, langBundles, largestLang, components, localeChunks, largestLocaleChunk, data, pages };
}

// KB = 1,000 bytes, as the byte budgets are written.
export const kb = (n) => (n / 1000).toFixed(1);
const num = (n) => n.toLocaleString('en-US');

/** The figures as a plain-text table (bytes, and brotli in KB). */
export function formatSizes(s) {
  const rows = [['what', 'min', 'gzip -9', 'brotli q11', 'brotli KB']];
  const row = (label, m) => rows.push([label, num(m.min), num(m.gzip), num(m.brotli), kb(m.brotli)]);
  row('dist/paris-call-widgets.js (single bundle, all 8 locales)', s.bundle);
  for (const [lang, b] of Object.entries(s.langBundles)) row(`dist/paris-call-widgets.${lang}.js (${lang} only)`, b);
  for (const [name, c] of Object.entries(s.components)) {
    row(`components/${name}.js + ${c.files.length - 1} imported file(s)`, c);
  }
  for (const [f, l] of Object.entries(s.localeChunks)) row(`${f} (a locale, fetched on demand by the widget entries)`, l);
  for (const [name, d] of Object.entries(s.data)) row(`data/${name}`, d);
  for (const p of Object.values(s.pages)) row(`page: ${p.label}`, p);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const out = [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)];
  const notes = [];
  for (const [name, c] of Object.entries(s.components)) {
    const other = c.dynamic.filter((f) => !(f in s.localeChunks));
    if (other.length) notes.push(`components/${name}.js dynamic imports (not counted): ${other.join(', ')}`);
    if (c.external.length) notes.push(`components/${name}.js external imports (not counted): ${c.external.join(', ')}`);
  }
  if (s.bundle.static.length || s.bundle.dynamic.length)
    notes.push(`single bundle imports: ${[...s.bundle.static, ...s.bundle.dynamic].join(', ')}`);
  return [...out, ...notes].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const s = sizes();
  if (process.argv.includes('--json')) console.log(JSON.stringify(s, null, 2));
  else console.log(formatSizes(s));
}
