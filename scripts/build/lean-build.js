// The build's source transforms (for the byte budgets), all applied by
// leanSource() below. Each finds edits in the original source; leanBuild()
// applies them with magic-string, so the shipped source maps point at the
// sources as written. They work on the TypeScript AST of our own sources
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
// staticPropertiesIn(): see below.
import MagicString from 'magic-string';
import ts from 'typescript';

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

function minifyLiteralEdits(sf, code) {
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
  return edits;
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
function staticPropertyEdits(sf) {
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
  return edits;
}

const parse = (code, file) => ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);

export const minifyLiteralsIn = (code, file) => splice(code, minifyLiteralEdits(parse(code, file), code));
export const staticPropertiesIn = (code, file) => splice(code, staticPropertyEdits(parse(code, file)));

/** Every transform's edits on one source file of ours: template text and decorators never overlap. */
function leanEdits(code, file) {
  const sf = parse(code, file);
  return [...minifyLiteralEdits(sf, code), ...staticPropertyEdits(sf)];
}

/**
 * Every transform above, on one source file of ours (other files are
 * returned as they are). Used by the test server (web-test-runner.config.js)
 * and scripts/bench/sizes-by-widget.js, so they see the code rollup.config.js ships.
 */
export function leanSource(code, file) {
  return OWN.test(file) ? splice(code, leanEdits(code, file)) : code;
}

/** The Rollup plugin: the same edits on each of our modules, before esbuild, with a source map. */
export function leanBuild() {
  return {
    name: 'pcw-lean-build',
    transform(code, id) {
      if (!OWN.test(id)) return null;
      const s = new MagicString(code);
      for (const e of leanEdits(code, id)) {
        if (e.start === e.end) s.appendLeft(e.start, e.text);
        else if (e.text) s.overwrite(e.start, e.end, e.text);
        else s.remove(e.start, e.end);
      }
      return { code: s.toString(), map: s.generateMap({ hires: 'boundary', source: id, includeContent: true }) };
    },
  };
}
