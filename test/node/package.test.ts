// What `npm pack` ships, and the custom-elements manifest: checked after `npm run build`.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const components = readdirSync(new URL('src/components/', root));

test('npm pack ships the bundle, component entries, snippet serialiser and stylesheets, types, dataset, manifest, README and licence — nothing else', () => {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  const files: string[] = JSON.parse(out)[0]
    .files.map((f: { path: string }) => f.path)
    .sort();
  const expectAll = [
    'package.json',
    'README.md',
    'LICENSE',
    'custom-elements.json',
    'dist/paris-call-widgets.js',
    ...['en', 'fr', 'ar', 'ja', 'hu', 'sv', 'de', 'es'].map((l) => `dist/paris-call-widgets.${l}.js`),
    'dist/types/paris-call-widgets.d.ts',
    'dist/data/summary.json',
    'dist/data/register.json',
    'dist/data/summary.schema.json',
    'dist/data/register.schema.json',
    'bin/paris-call-widgets.js',
    'dist/npm/components/all.js',
    'dist/npm/react/index.js',
    'dist/npm/react/no-fallback.js',
    'dist/npm/server/index.js',
    'dist/npm/server/react-fallback.js',
    'dist/types/server/index.d.ts',
    ...['en', 'fr', 'ar', 'ja', 'hu', 'sv', 'de', 'es'].map((l) => `dist/npm/lang/${l}.js`),
    'dist/types/react/index.d.ts',
    'dist/types/react/jsx.d.ts',
    'dist/prerender.js',
    'dist/embed.html',
    'dist/embed.css',
    'dist/embed.js',
    'dist/embed-resize.js',
    'dist/embed-attributes.json',
    ...['map', 'timeline'].flatMap((w) => ['en', 'fr', 'ar', 'ja', 'hu', 'sv', 'de', 'es'].map((l) => `dist/static/${w}.${l}.html`)),
    'dist/types/snippet/prerender.d.ts',
    'dist/css/hashes.json',
    ...components.map((c) => `dist/css/paris-call-${c}.css`),
    ...components.map((c) => `dist/components/${c}.js`),
    ...components.map((c) => `dist/types/components/${c}/define.d.ts`),
    ...components.map((c) => `dist/npm/components/${c}.js`),
    ...components.map((c) => `dist/npm/react/${c}.js`),
    ...components.map((c) => `dist/npm/elements/${c}.js`),
    ...components.map((c) => `dist/types/react/${c}.d.ts`),
  ];
  for (const f of expectAll) assert.ok(files.includes(f), `missing from the package: ${f}`);
  const allowed =
    /^(bin\/paris-call-widgets\.js|package\.json|README\.md|LICENSE|custom-elements\.json|dist\/paris-call-widgets(\.[a-z]{2})?\.js|dist\/prerender\.js|dist\/embed(\.html|\.css|\.js|-resize\.js|-attributes\.json)|dist\/static\/(map|timeline)\.[a-z]{2}\.html|dist\/css\/(hashes\.json|paris-call-[a-z]+\.css)|dist\/components\/[a-z-]+\.js|dist\/chunks\/[\w-]+\.js|dist\/npm\/(components|elements|react|server|lang)\/[a-z-]+\.js|dist\/npm\/chunks\/[\w-]+\.js|dist\/types\/.+\.d\.ts|dist\/data\/[a-z-]+(\.schema)?\.json)$/;
  // A source map ships beside its module only, with the sources inside it (the package has no src/).
  const maps = files.filter((f) => f.endsWith('.js.map'));
  const stray = files.filter((f) => !allowed.test(f) && !(maps.includes(f) && files.includes(f.slice(0, -4))));
  assert.deepEqual(stray, [], `unexpected files in the package: ${stray.join(', ')}`);
  assert.ok(!files.some((f) => f.startsWith('src/') || f.startsWith('test/')));
  for (const f of ['dist/paris-call-widgets.js', 'dist/components/counter.js', 'dist/npm/components/counter.js']) {
    assert.ok(maps.includes(`${f}.map`), `no source map for ${f}`);
    const map = JSON.parse(readFileSync(`${f}.map`, 'utf8')) as { sources: string[]; sourcesContent: (string | null)[] };
    assert.ok(
      map.sources.some((s) => /\bsrc\/components\/.+\.ts$/.test(s)),
      `${f}.map does not name the sources`,
    );
    assert.ok(
      map.sourcesContent.every((c) => typeof c === 'string' && c.length > 0),
      `${f}.map lacks a source's text`,
    );
    assert.match(readFileSync(f, 'utf8'), new RegExp(`//# sourceMappingURL=${f.split('/').pop()}\\.map\\s*$`));
  }
});

test('package.json exports every component entry with its types', () => {
  for (const c of components) {
    const e = pkg.exports[`./${c}.js`];
    assert.ok(e, `no export for ./${c}.js`);
    // npm entries import Lit as a package (dist/npm/); dist/components/ stays self-contained for CDNs.
    assert.equal(e.default, `./dist/npm/components/${c}.js`);
    assert.equal(e.types, `./dist/types/components/${c}/define.d.ts`);
  }
  assert.equal(pkg.customElements, 'custom-elements.json');
  // The per-language single modules: paris-call-widgets/lang/hu.js.
  assert.deepEqual(pkg.exports['./lang/*.js'], { types: './dist/types/paris-call-widgets.d.ts', default: './dist/npm/lang/*.js' });
  // One React wrapper per widget: paris-call-widgets/react/counter.js.
  assert.deepEqual(pkg.exports['./react/*.js'], { types: './dist/types/react/*.d.ts', default: './dist/npm/react/*.js' });
  // Importing one defines the elements: bundlers must not drop it as side-effect free.
  assert.ok(pkg.sideEffects.includes('./dist/paris-call-widgets.*.js'));
  assert.ok(pkg.sideEffects.includes('./dist/npm/components/*.js') && pkg.sideEffects.includes('./dist/npm/lang/*.js'));
  // The React wrappers' server content: the renderer in Node, nothing in a browser bundle.
  assert.deepEqual(pkg.imports['#pcw-fallback'], {
    node: './dist/npm/server/react-fallback.js',
    default: './dist/npm/react/no-fallback.js',
  });
});

test('custom-elements.json lists every element with its attributes, events and parts', () => {
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
  const elements = manifest.modules
    .flatMap((m: { declarations?: unknown[] }) => m.declarations ?? [])
    .filter((d: { tagName?: string }) => d.tagName);
  const defined = components.map((c) => {
    const src = readFileSync(new URL(`src/components/${c}/define.ts`, root), 'utf8');
    return /define\('([a-z-]+)'/.exec(src)![1];
  });
  for (const tag of defined) {
    const el = elements.find((d: { tagName: string }) => d.tagName === tag);
    assert.ok(el, `${tag} is not in the manifest (add @tagname to its JSDoc)`);
    const attrs = el.attributes.map((a: { name: string }) => a.name);
    for (const common of ['src', 'theme', 'status']) assert.ok(attrs.includes(common), `${tag} lacks attribute ${common}`);
    assert.ok(
      el.events.some((e: { name: string }) => e.name === 'paris-call-error'),
      `${tag} lacks paris-call-error`,
    );
    assert.ok(el.cssParts.length > 0, `${tag} documents no parts`);
    for (const a of el.attributes) assert.ok(a.description, `${tag} attribute ${a.name} is undocumented`);
  }
});

test('the React wrappers and the JSX typings are generated from the manifest and up to date', () => {
  execFileSync(process.execPath, ['scripts/build/make-react.js', '--check'], { cwd: root, stdio: 'pipe' });
});

test("docs/api.md is generated from the manifest, and the CSP hashes in docs/prerendering.md are the build's", () => {
  execFileSync(process.execPath, ['scripts/build/docs.js', '--check'], { cwd: root, stdio: 'pipe' });
});

test('the shipped JavaScript never evaluates strings (no eval, new Function, string timers)', () => {
  const dist = new URL('dist/', root);
  // Every built module: the single bundles, the per-language ones, the entries (React wrappers too), the chunks.
  const files = (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.js') && !f.startsWith('types'));
  assert.ok(files.includes('paris-call-widgets.js') && files.some((f) => f.startsWith('chunks/')), files.join());
  for (const f of files) {
    const js = readFileSync(new URL(f, dist), 'utf8');
    assert.doesNotMatch(js, /\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*["'`]|setTimeout\(\s*["'`]/, `${f} evaluates a string`);
  }
});
