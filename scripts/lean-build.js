// The build's source transforms (for the byte budgets), all applied by
// leanSource() below. They work on the TypeScript AST of our own sources
// (never on node_modules) and run before esbuild, which minifies code but
// leaves template literal text alone.
//
// minifyLiteralsIn(): the static text of `css`…`` and `html`…`` / `svg`…``
//   templates. CSS: the same conservative rules as snippetCss()
//   (src/snippet/css-text.ts), so a pre-rendered snippet's inline <style>,
//   taken from the built widget, still hashes to the value the build writes
//   from the sources. HTML: every run of white space that holds a line break
//   becomes one space (never removed: between inline elements a space shows).
//   Interpolations (`${…}`) and everything outside the templates are kept.
//
// keysOnceIn(): a string table spells every key once per locale in the
//   sources (readable, and type-checked key for key). In the build, each
//   locale other than English becomes an array of its strings in English's
//   key order, zipped back into an object when the module loads (about
//   1 KB brotli on the all-locale bundle). A table whose keys do not match
//   English's exactly is left as written.
//
// keepLocalesIn(code, file, list): for the per-language bundles. Every
//   locale table (an object literal whose property names are all locale
//   codes, `en` among them: the string tables, `strings = { en, fr, … }`,
//   skeleton length tables) loses the locales not in `list`; tree shaking
//   then drops the modules only they imported. The language resolver reads
//   the same table (`strings`), so a page in a language the bundle does not
//   carry gets English, not a mix.
//
// staticPropertiesIn(): see below.
import ts from 'typescript';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const LOCALES = ['en', 'fr', 'ar', 'ja', 'hu', 'sv', 'de', 'es'];

const OWN = /[\\/]src[\\/].*\.ts$/;

/** The rules of snippetCss(), applied to one static part (no trim: a part may touch an interpolation). */
export function minifyCssPart(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}');
}

export function minifyHtmlPart(text) {
  return text.replace(/[ \t]*\r?\n\s*/g, ' ');
}

/** Applies edits [{start, end, text}] to `code`, last first. */
function splice(code, edits) {
  edits.sort((a, b) => b.start - a.start);
  for (const e of edits) code = code.slice(0, e.start) + e.text + code.slice(e.end);
  return code;
}

/**
 * The raw source text of each static part of a template literal, with its
 * range: for `a${x}b` the parts `a` and `b`. A part's range excludes the
 * backtick, `${` and `}`.
 */
function staticParts(sf, tpl) {
  const parts = [];
  const add = (lit, open, close) => {
    const start = lit.getStart(sf) + open;
    const end = lit.getEnd() - close;
    parts.push({ start, end });
  };
  if (ts.isNoSubstitutionTemplateLiteral(tpl)) add(tpl, 1, 1);
  else {
    add(tpl.head, 1, 2); // `…${
    for (const span of tpl.templateSpans) {
      const lit = span.literal;
      add(lit, 1, ts.isTemplateTail(lit) ? 1 : 2); // }…${ or }…`
    }
  }
  return parts;
}

export function minifyLiteralsIn(code, fileName) {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const tag = node.tag.text;
      const fn = tag === 'css' ? minifyCssPart : tag === 'html' || tag === 'svg' ? minifyHtmlPart : null;
      if (fn) {
        for (const p of staticParts(sf, node.template)) {
          const raw = code.slice(p.start, p.end);
          const text = fn(raw);
          if (text !== raw) edits.push({ start: p.start, end: p.end, text });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return edits.length ? splice(code, edits) : code;
}

const propName = (p) =>
  (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))
    ? p.name.text
    : null;

/** A locale table's property names (`{ en, fr: …, … }`), or null for any other node. */
function localeTable(node) {
  if (!ts.isObjectLiteralExpression(node) || node.properties.length < 2) return null;
  const names = node.properties.map(propName);
  return names.includes('en') && names.every((n) => n !== null && LOCALES.includes(n)) ? names : null;
}

export function keepLocalesIn(code, fileName, keep) {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (localeTable(node)) {
      const kept = node.properties.filter((p) => keep.includes(propName(p)));
      edits.push({ start: node.getStart(sf), end: node.getEnd(), text: `{ ${kept.map((p) => p.getText(sf)).join(', ')} }` });
      return; // a locale's own table holds no locale table
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return edits.length ? splice(code, edits) : code;
}

/** Keys of an object literal when every property is `name: value`; else null. */
function plainKeys(obj) {
  const keys = [];
  for (const p of obj.properties) {
    if (!ts.isPropertyAssignment(p)) return null;
    const n = propName(p);
    // Integer-like keys would come first in Object.keys(): keep it simple.
    if (n === null || /^\d+$/.test(n)) return null;
    keys.push(n);
  }
  return keys;
}

const unwrap = (e) =>
  e && (ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isParenthesizedExpression(e)) ? unwrap(e.expression) : e;

/** `const <name> = {…}` (possibly typed, `as`, `satisfies`) in the file. */
function findConstObject(sf, name) {
  let found = null;
  const visit = (n) => {
    if (found) return;
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === name) {
      const init = unwrap(n.initializer);
      if (init && ts.isObjectLiteralExpression(init)) found = init;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

/** Values of `obj` in `order`, or null when its keys are not exactly `order`. */
function valuesIn(sf, obj, order) {
  const keys = plainKeys(obj);
  if (!keys || keys.length !== order.length || !order.every((k) => keys.includes(k))) return null;
  const byKey = new Map(obj.properties.map((p) => [propName(p), p.initializer.getText(sf)]));
  return order.map((k) => byKey.get(k));
}

const ZIP = 'const __pcwZip=(e,v)=>Object.fromEntries(Object.keys(e).map((k,i)=>[k,v[i]]));\n';

export function keysOnceIn(code, fileName) {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  // 1. Tables: { en, fr: {…}, … } in one file.
  const visit = (node) => {
    const names = localeTable(node);
    if (names) {
      const enProp = node.properties[names.indexOf('en')];
      const enValue = ts.isShorthandPropertyAssignment(enProp) ? enProp.name : unwrap(enProp.initializer);
      const enObj = ts.isIdentifier(enValue) ? findConstObject(sf, enValue.text) : ts.isObjectLiteralExpression(enValue) ? enValue : null;
      const order = enObj && plainKeys(enObj);
      // English written inline (first, so it is evaluated first): keep a
      // reference to it for the other locales.
      let ref = ts.isIdentifier(enValue) ? enValue.text : null;
      if (order && !ref && names[0] === 'en') {
        ref = `__pcwE${edits.length}`;
        edits.push({ start: 0, end: 0, text: `let ${ref};\n` });
        edits.push({ start: enObj.getStart(sf), end: enObj.getStart(sf), text: `(${ref}=` });
        edits.push({ start: enObj.getEnd(), end: enObj.getEnd(), text: ')' });
      }
      if (order && ref) {
        for (const p of node.properties) {
          if (!ts.isPropertyAssignment(p) || propName(p) === 'en') continue;
          const obj = unwrap(p.initializer);
          const vals = ts.isObjectLiteralExpression(obj) && valuesIn(sf, obj, order);
          if (vals) edits.push({ start: obj.getStart(sf), end: obj.getEnd(), text: `__pcwZip(${ref},[${vals.join(',')}])` });
        }
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  // 2. One locale per module (src/i18n/<l>.ts): English's order from en.ts.
  const m = /[\\/]src[\\/]i18n[\\/]([a-z]{2})\.ts$/.exec(fileName);
  if (m && m[1] !== 'en' && LOCALES.includes(m[1])) {
    const enPath = join(dirname(fileName), 'en.ts');
    const enSf = ts.createSourceFile(enPath, readFileSync(enPath, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const enObj = findConstObject(enSf, 'en');
    const order = enObj && plainKeys(enObj);
    const obj = findConstObject(sf, m[1]);
    const vals = order && obj && valuesIn(sf, obj, order);
    if (vals) {
      edits.push({ start: obj.getStart(sf), end: obj.getEnd(), text: `__pcwZip(__pcwEn,[${vals.join(',')}])` });
      edits.push({ start: 0, end: 0, text: `import __pcwEn from './en.js';\n` });
    }
  }
  if (!edits.length) return code;
  edits.push({ start: 0, end: 0, text: ZIP });
  return splice(code, edits);
}

// staticProperties(): Lit's `@property()`, `@state()` and `@query()` field
//   decorators (legacy TypeScript decorators) become one `static properties`
//   object and getters per class. The sources keep the decorators (typed,
//   and what the custom-elements manifest is read from); the build drops the
//   `__decorate` helper that esbuild writes into every module and one call
//   per field (about 0.6 KB brotli on a bundle). Lit treats both forms alike:
//   `properties` is read when the class is finalised, and the field
//   initialisers stay plain assignments (useDefineForClassFields is false).
//   Anything else (another decorator, a decorated method, a @query field with
//   an initialiser) is left as written.
export function staticPropertiesIn(code, fileName) {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isClassDeclaration(node) || ts.isClassExpression(node)) {
      const props = [];
      const getters = [];
      for (const m of node.members) {
        const decs = ts.canHaveDecorators(m) ? (ts.getDecorators(m) ?? []) : [];
        if (!decs.length) continue;
        if (!ts.isPropertyDeclaration(m) || decs.length !== 1 || !ts.isIdentifier(m.name)) continue;
        const d = decs[0].expression;
        if (!ts.isCallExpression(d) || !ts.isIdentifier(d.expression)) continue;
        const kind = d.expression.text;
        const arg = d.arguments[0]?.getText(sf);
        const name = m.name.text;
        if (kind === 'property') props.push(`${name}:${arg ?? '{}'}`);
        else if (kind === 'state' && !arg) props.push(`${name}:{state:true}`);
        else if (kind === 'query' && arg && d.arguments.length === 1 && !m.initializer) {
          getters.push(`get ${name}(){return this.renderRoot?.querySelector(${arg})??null}`);
          edits.push({ start: m.getStart(sf), end: m.getEnd(), text: '' });
          continue;
        } else continue;
        edits.push({ start: decs[0].getStart(sf), end: decs[0].getEnd(), text: '' });
      }
      if (props.length || getters.length) {
        const open = node.members.pos; // just after the class body's `{`
        const text = [props.length ? `static properties={${props.join(',')}};` : '', ...getters].join('\n');
        edits.push({ start: open, end: open, text: `\n${text}\n` });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return edits.length ? splice(code, edits) : code;
}

/**
 * Every transform above, in build order, on one source file of ours (other
 * files are returned as they are). `keep`: the locales of a per-language
 * module; all of them by default. Used by rollup.config.js, the test server
 * (web-test-runner.config.js) and scripts/sizes-by-widget.js, so all three
 * see the same code.
 */
export function leanSource(code, file, keep = LOCALES) {
  if (!OWN.test(file)) return code;
  for (const l of keep) if (!LOCALES.includes(l)) throw new Error(`leanSource: unknown locale ${l}`);
  let out = minifyLiteralsIn(code, file);
  if (keep.length < LOCALES.length) out = keepLocalesIn(out, file, keep);
  return staticPropertiesIn(keysOnceIn(out, file), file);
}

/** The Rollup plugin: leanSource() on each of our modules, before esbuild. */
export function leanBuild(keep = LOCALES) {
  return {
    name: 'pcw-lean-build',
    transform: (code, id) => (OWN.test(id) ? { code: leanSource(code, id, keep), map: null } : null),
  };
}
