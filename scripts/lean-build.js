// Two source transforms for the Rollup build (issue 9, bundle budgets).
// Both work on the TypeScript AST of our own sources (never on node_modules)
// and run before esbuild, which minifies code but leaves template literal
// text alone.
//
// minifyLiterals(): the static text of `css`…`` and `html`…`` / `svg`…``
//   templates. CSS: the same conservative rules as snippetCss()
//   (src/snippet/css-text.ts), so a pre-rendered snippet's inline <style>,
//   taken from the built widget, still hashes to the value the build writes
//   from the sources. HTML: every run of white space that holds a line break
//   becomes one space (never removed: between inline elements a space shows).
//   Interpolations (`${…}`) and everything outside the templates are kept.
//
// keepLocales(list): for the per-language bundles. Every object literal whose
//   property names are all locale codes, `en` among them (the string tables,
//   `strings = { en, fr, … }`, skeleton length tables), loses the locales not
//   in `list`; tree shaking then drops the modules only they imported. The
//   language resolver reads the same table (`strings`), so a page in a
//   language the bundle does not carry gets English, not a mix.
import ts from 'typescript';

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

export function keepLocalesIn(code, fileName, keep) {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node) && node.properties.length > 1) {
      const names = node.properties.map(propName);
      if (names.includes('en') && names.every((n) => n !== null && LOCALES.includes(n))) {
        const kept = node.properties.filter((p) => keep.includes(propName(p)));
        edits.push({
          start: node.getStart(sf),
          end: node.getEnd(),
          text: `{ ${kept.map((p) => p.getText(sf)).join(', ')} }`,
        });
        return; // a locale's own table holds no locale table
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return edits.length ? splice(code, edits) : code;
}

export function minifyLiterals() {
  return {
    name: 'pcw-minify-literals',
    transform(code, id) {
      if (!OWN.test(id)) return null;
      return { code: minifyLiteralsIn(code, id), map: null };
    },
  };
}

export function keepLocales(keep) {
  for (const l of keep) if (!LOCALES.includes(l)) throw new Error(`keepLocales: unknown locale ${l}`);
  return {
    name: 'pcw-keep-locales',
    transform(code, id) {
      if (!OWN.test(id)) return null;
      return { code: keepLocalesIn(code, id, keep), map: null };
    },
  };
}
