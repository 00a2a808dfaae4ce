// `npm run build:wordpress`: the WordPress plugin, from integrations/wordpress/
// (its PHP and editor script) plus what this build generates from the
// library's own outputs, zipped as dist/wordpress/paris-call-widgets.zip
// (one top-level folder, as "Plugins → Add New → Upload" expects).
//
// Generated, never hand-kept (needs `npm run build` first):
// - data/schema.json and blocks/<widget>/block.json: each widget's attributes,
//   from custom-elements.json, with the allowed values of each attribute's
//   type resolved by TypeScript from the published declarations (dist/types/)
//   and, for ids and numbers, from the dataset the plugin carries;
// - data/fallback-<lang>.json: the content the server writes inside each tag,
//   rendered by the library's own server renderer (dist/npm/server/), for
//   every combination of the attributes the content depends on. The badge is
//   one template per language plus a short text per category and date (the
//   build checks that filling the template gives the renderer's HTML for every
//   supporter in every language), so PHP formats nothing;
// - data/supporters.json: id → [name, category, date signed], the register the
//   badge verifies against on the server and the editor searches;
// - data/cdn.json: the pinned CDN URL of each language's module and its
//   SHA-384 (the same bytes as assets/);
// - assets/: the self-contained modules and the published dataset.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SLUG = 'paris-call-widgets';
const OUT = join(root, 'dist', 'wordpress');
const STAGE = join(OUT, SLUG);
const ZIP = join(OUT, `${SLUG}.zip`);
const SOURCE = join(root, 'integrations', 'wordpress');

/** Attributes the plugin does not offer: the plugin serves its own dataset (`src`), and `status` is state the widget reports. */
const NOT_OFFERED = new Set(['src', 'status']);
/** HTML heading levels, the domain of every `heading-level`. */
const HEADING_LEVELS = [1, 2, 3, 4, 5, 6];

const read = (p) => readFileSync(join(root, p), 'utf8');
const json = (p) => JSON.parse(read(p));

function need(path, what) {
  if (!existsSync(join(root, path))) {
    console.error(`build:wordpress needs ${path} (${what}): run \`npm run build\` first.`);
    process.exit(1);
  }
}
need('custom-elements.json', 'the elements manifest');
need('dist/npm/server/index.js', 'the server renderer');
need('dist/types/data/types.d.ts', 'the published type declarations');
need('dist/paris-call-widgets.en.js', 'the CDN modules');

const pkg = json('package.json');
const manifest = json('custom-elements.json');
const texts = json('dist/data/texts.json');
const register = json('dist/data/register.json');
const { fallbackHtml, renderWidget, WIDGETS } = await import(join(root, 'dist/npm/server/index.js'));

// ---------------------------------------------------------------------------
// Types: the manifest names each attribute's type (`CounterCategory`); the
// published declarations say what it allows.
const program = ts.createProgram(
  readdirSync(join(root, 'dist/types/components')).map((w) => join(root, 'dist/types/components', w, `${w}.d.ts`)),
  { strict: true, noEmit: true, skipLibCheck: true },
);
const checker = program.getTypeChecker();

function declaredClass(modulePath, className) {
  const file = program.getSourceFile(join(root, modulePath.replace(/^src\//, 'dist/types/').replace(/\.ts$/, '.d.ts')));
  if (!file) throw new Error(`no declarations for ${modulePath}`);
  let found;
  file.forEachChild((n) => {
    if (ts.isClassDeclaration(n) && n.name?.text === className) found = n;
  });
  if (!found) throw new Error(`no class ${className} in ${modulePath}`);
  return found;
}

/** 'enum' (with its string values), 'boolean', 'number' or 'string', as TypeScript sees the property. */
function resolveType(cls, fieldName) {
  const type = checker.getTypeAtLocation(cls);
  const prop = type.getProperty(fieldName);
  if (!prop) throw new Error(`no property ${fieldName}`);
  const t = checker.getTypeOfSymbolAtLocation(prop, cls);
  const parts = t.isUnion() ? t.types : [t];
  if (parts.every((p) => p.flags & ts.TypeFlags.BooleanLike)) return { type: 'boolean' };
  if (parts.every((p) => p.isStringLiteral())) return { type: 'enum', values: parts.map((p) => p.value) };
  if (parts.every((p) => p.flags & ts.TypeFlags.NumberLike)) return { type: 'number' };
  if (parts.every((p) => p.flags & ts.TypeFlags.StringLike)) return { type: 'string' };
  throw new Error(`${fieldName}: type ${checker.typeToString(t)} has no plugin control`);
}

function localeCodes() {
  const file = ts.createSourceFile('types.d.ts', read('dist/types/data/types.d.ts'), ts.ScriptTarget.Latest);
  let codes;
  file.forEachChild((n) => {
    if (!ts.isVariableStatement(n)) return;
    for (const d of n.declarationList.declarations) {
      if (d.name.getText(file) === 'LOCALES' && d.type) codes = [...d.type.getText(file).matchAll(/"([a-z]{2})"/g)].map((m) => m[1]);
    }
  });
  if (!codes?.length) throw new Error('LOCALES not found in dist/types/data/types.d.ts');
  return codes;
}
const LOCALES = localeCodes();

const countries = [...new Set(register.supporters.map((s) => s.country).filter(Boolean))].sort();

/** The values a free-typed attribute may take, where the dataset or HTML fixes them. */
function domain(widget, attr, resolved) {
  if (attr.name === 'heading-level') return { type: 'enum-number', values: HEADING_LEVELS };
  if (widget === 'principle' && attr.name === 'number') return { type: 'enum-number', values: texts.principles.map((p) => p.number) };
  if (widget === 'badge' && attr.name === 'supporter') return { type: 'supporter' };
  if (widget === 'supporters' && attr.name === 'country') return { type: 'enum', values: ['', 'none', ...countries] };
  if (resolved.type === 'number') throw new Error(`${widget}.${attr.name}: a number without a known domain`);
  return resolved;
}

const unquote = (s) => (s === undefined ? undefined : s.replace(/^'(.*)'$/s, '$1'));

const schema = { version: pkg.version, locales: LOCALES, widgets: {} };
for (const mod of manifest.modules) {
  for (const d of mod.declarations ?? []) {
    if (!d.customElement || !d.tagName) continue;
    const widget = d.tagName.replace(/^paris-call-/, '');
    const cls = declaredClass(mod.path, d.name);
    const attrs = [];
    for (const a of d.attributes ?? []) {
      if (NOT_OFFERED.has(a.name)) continue;
      const t = domain(widget, a, resolveType(cls, a.fieldName));
      let def = unquote(a.default);
      if (t.type === 'boolean') def = def === 'true';
      else if (t.type === 'enum-number') def = Number(def);
      else def ??= '';
      attrs.push({ name: a.name, prop: a.fieldName, ...t, default: def, description: (a.description ?? '').replace(/\s+/g, ' ').trim() });
    }
    schema.widgets[widget] = { tag: d.tagName, title: d.summary ?? d.tagName, description: (d.description ?? '').trim(), attrs };
  }
}
for (const w of WIDGETS) if (!schema.widgets[w]) throw new Error(`the manifest has no <paris-call-${w}>`);

// ---------------------------------------------------------------------------
// Fallback content: which attributes change it, found by rendering (not
// assumed), then every combination of those, in every language.
const finite = (a) => (a.type === 'enum' || a.type === 'enum-number' ? a.values : a.type === 'boolean' ? [false, true] : null);
const attrsOf = (values) => Object.fromEntries(Object.entries(values).filter(([, v]) => v !== '' && v !== false));

function combos(list) {
  return list.reduce((acc, a) => acc.flatMap((c) => a.values.map((v) => ({ ...c, [a.name]: v }))), [{}]);
}

const FILTERS = ['query', 'category', 'country'];
for (const [widget, w] of Object.entries(schema.widgets)) {
  if (widget === 'badge') {
    w.fallbackKeys = [];
    continue;
  }
  const keys = [];
  for (const a of w.attrs) {
    if (widget === 'supporters' && FILTERS.includes(a.name)) continue;
    const values = finite(a);
    if (!values) continue;
    for (const lang of LOCALES) {
      const base = fallbackHtml(widget, { lang });
      if (values.some((v) => fallbackHtml(widget, attrsOf({ lang, [a.name]: v })) !== base)) {
        keys.push(a.name);
        break;
      }
    }
  }
  w.fallbackKeys = keys;
}
// The list writes its first rows only when unfiltered: any filter gives the one "filtered" content.
schema.widgets.supporters.filters = FILTERS;
for (const a of schema.widgets.supporters.attrs.filter((x) => FILTERS.includes(x.name))) {
  const sample = a.type === 'enum' ? a.values.filter(Boolean) : ['cyber'];
  for (const lang of LOCALES) {
    for (const v of sample) {
      if (fallbackHtml('supporters', { lang, [a.name]: v }) !== fallbackHtml('supporters', { lang, query: 'cyber' }))
        throw new Error(`supporters: ${a.name}="${v}" changes the content beyond "filtered"`);
    }
  }
}

const PLACE = { name: '{{name}}', details: '{{details}}' };
const unescape = (s) => s.replace(/&(lt|gt|quot|#39|amp);/g, (_, e) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]);
const escape = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const fallbacks = {};
for (const lang of LOCALES) {
  const out = { tag: {}, widgets: {} };
  // The tag's own attributes for this language (Arabic adds dir="rtl"), as renderWidget writes them.
  const open = renderWidget('map', { lang }).match(/^<paris-call-map([^>]*)>/)[1];
  for (const m of open.matchAll(/ ([a-z-]+)="([^"]*)"/g)) out.tag[m[1]] = m[2];
  for (const [widget, w] of Object.entries(schema.widgets)) {
    if (widget === 'badge') continue;
    const keyAttrs = w.attrs.filter((a) => w.fallbackKeys.includes(a.name));
    const table = {};
    for (const c of combos(keyAttrs.map((a) => ({ name: a.name, values: finite(a) })))) {
      const key = keyAttrs.map((a) => String(c[a.name])).join('|');
      table[key] = fallbackHtml(widget, attrsOf({ lang, ...c }));
    }
    if (widget === 'supporters') table.filtered = fallbackHtml(widget, { lang, query: 'cyber' });
    out.widgets[widget] = table;
  }
  // Badge: one template, a details line per category and date, the not-found verdict.
  const badge = { notFound: fallbackHtml('badge', { lang, supporter: '' }), template: null, details: {} };
  for (const s of register.supporters) {
    const html = fallbackHtml('badge', { lang, supporter: s.id });
    const m = html.match(/^(<p>[^\n]*<strong>)([^\n]*)(<\/strong>[^\n]*<\/p>\n<p>)([^\n]*)(<\/p>\n[^]*)$/);
    if (!m || m[2] !== escape(s.name)) throw new Error(`badge ${s.id} (${lang}): unexpected shape\n${html}`);
    const template = m[1] + PLACE.name + m[3] + PLACE.details + m[5];
    badge.template ??= template;
    if (template !== badge.template) throw new Error(`badge ${s.id} (${lang}): not the shared template`);
    const key = `${s.category}|${s.dateSigned ?? ''}`;
    const details = unescape(m[4]);
    if ((badge.details[key] ??= details) !== details) throw new Error(`badge ${key} (${lang}): two detail lines`);
    // What PHP will do: the template with both texts escaped.
    if (badge.template.replace(PLACE.name, escape(s.name)).replace(PLACE.details, escape(details)) !== html)
      throw new Error(`badge ${s.id} (${lang}): the template does not give the renderer's HTML`);
  }
  for (const p of Object.values(PLACE))
    if (badge.template.split(p).length !== 2) throw new Error(`badge template (${lang}) has ${p} not once`);
  if (/<strong>/.test(badge.notFound)) throw new Error('the not-found verdict looks like a claim');
  out.widgets.badge = badge;
  fallbacks[lang] = out;
}

// ---------------------------------------------------------------------------
// The plugin folder.
rmSync(OUT, { recursive: true, force: true });
mkdirSync(STAGE, { recursive: true });
// README.md and its picture are for the repository's readers; the plugin's own readme is readme.txt.
cpSync(SOURCE, STAGE, { recursive: true, filter: (src) => !/(README\.md|\.png)$/.test(src) });
cpSync(join(root, 'LICENSE'), join(STAGE, 'LICENSE.txt'));

const write = (p, data) => {
  mkdirSync(dirname(join(STAGE, p)), { recursive: true });
  writeFileSync(join(STAGE, p), typeof data === 'string' ? data : JSON.stringify(data));
};

const blockAttr = (a) =>
  a.type === 'boolean'
    ? { type: 'boolean', default: a.default }
    : a.type === 'enum-number'
      ? { type: 'number', enum: a.values, default: a.default }
      : a.type === 'enum'
        ? { type: 'string', enum: a.values, default: a.default }
        : { type: 'string', default: a.default };

for (const [widget, w] of Object.entries(schema.widgets)) {
  const attributes = Object.fromEntries(w.attrs.map((a) => [a.prop, blockAttr(a)]));
  attributes.lang = { type: 'string', enum: ['', ...LOCALES], default: '' };
  write(`blocks/${widget}/block.json`, {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 2,
    name: `paris-call/${widget}`,
    version: pkg.version,
    title: `Paris Call: ${widget[0].toUpperCase()}${widget.slice(1)}`,
    category: 'widgets',
    icon: 'shield',
    description: w.title,
    keywords: ['paris call', 'cyber', widget],
    textdomain: SLUG,
    attributes,
    supports: { html: false, align: ['wide', 'full'] },
    editorScript: 'paris-call-widgets-editor',
  });
}
write('data/schema.json', schema);
for (const [lang, f] of Object.entries(fallbacks)) write(`data/fallback-${lang}.json`, f);
write('data/supporters.json', Object.fromEntries(register.supporters.map((s) => [s.id, [s.name, s.category, s.dateSigned ?? '']])));

const modules = ['paris-call-widgets.js', ...LOCALES.map((l) => `paris-call-widgets.${l}.js`)];
const cdn = { base: `https://cdn.jsdelivr.net/npm/${SLUG}@${encodeURIComponent(pkg.version)}/dist/`, integrity: {} };
for (const m of modules) {
  cpSync(join(root, 'dist', m), join(STAGE, 'assets', m));
  cdn.integrity[m] = `sha384-${createHash('sha384')
    .update(readFileSync(join(root, 'dist', m)))
    .digest('base64')}`;
}
for (const f of ['summary.json', 'texts.json', 'register.json', 'map.json'])
  cpSync(join(root, 'dist/data', f), join(STAGE, 'assets/data', f));
write('data/cdn.json', cdn);

// The version in the plugin header and readme.txt follows package.json.
for (const f of ['paris-call-widgets.php', 'readme.txt']) {
  const p = join(STAGE, f);
  writeFileSync(p, readFileSync(p, 'utf8').replaceAll('{{version}}', pkg.version));
}

// ---------------------------------------------------------------------------
// A zip (deflate, one top-level folder) with no dependency.
const CRC = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function files(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}
function zip(dir, out) {
  const local = [];
  const central = [];
  let offset = 0;
  // 1 January 2026, 00:00 (DOS time): reproducible bytes.
  const dosDate = ((2026 - 1980) << 9) | (1 << 5) | 1;
  const entries = files(dir).map((f) => [`${SLUG}/${relative(dir, f).split('\\').join('/')}`, readFileSync(f)]);
  for (const [name, data] of entries) {
    const nameBuf = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const [method, body] = deflated.length < data.length ? [8, deflated] : [0, data];
    const crc = crc32(data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6); // UTF-8 names
    head.writeUInt16LE(method, 8);
    head.writeUInt16LE(0, 10);
    head.writeUInt16LE(dosDate, 12);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(body.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(nameBuf.length, 26);
    head.writeUInt16LE(0, 28);
    local.push(head, nameBuf, body);
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(0x02014b50, 0);
    cen.writeUInt16LE(0x0314, 4); // made by Unix, 2.0
    cen.writeUInt16LE(20, 6);
    cen.writeUInt16LE(0x0800, 8);
    cen.writeUInt16LE(method, 10);
    cen.writeUInt16LE(0, 12);
    cen.writeUInt16LE(dosDate, 14);
    cen.writeUInt32LE(crc, 16);
    cen.writeUInt32LE(body.length, 20);
    cen.writeUInt32LE(data.length, 24);
    cen.writeUInt16LE(nameBuf.length, 28);
    cen.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    cen.writeUInt32LE(offset, 42);
    central.push(cen, nameBuf);
    offset += head.length + nameBuf.length + body.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(out, Buffer.concat([...local, cd, end]));
  return entries.length;
}

const count = zip(STAGE, ZIP);
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(
  `build:wordpress: ${relative(root, ZIP)} (${kb(statSync(ZIP).size)}, ${count} files; ${Object.keys(schema.widgets).length} blocks, ` +
    `${LOCALES.length} languages; fallback keys: ${Object.entries(schema.widgets)
      .map(([w, x]) => `${w}[${x.fallbackKeys.join(',')}]`)
      .join(' ')})`,
);
