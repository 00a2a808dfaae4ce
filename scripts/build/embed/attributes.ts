/**
 * The attributes a URL may set on each widget, read from custom-elements.json
 * (names, kinds, defaults) with the values of each enumerated attribute
 * resolved by the TypeScript checker from the property's own type: the
 * manifest names `CounterLayout`, the checker says `'full' | 'compact'`.
 * The embed page and the embed builder validate their URL parameters
 * against this table (dist/embed-attributes.json), so a value the widget
 * does not know is refused before it can write a wrong snippet.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

import type { AttributeRule, AttributeTable } from '../../../src/embed/params.ts';

export type { AttributeRule, AttributeTable };

// Not for a URL to set: the data source (an embed reads its own), the
// read-only status, the page's language (its own parameter), and the
// badge's free-text name (it shows only what the register says).
const NOT_FROM_URL = new Set(['src', 'status', 'name']);
// Integer ranges the types cannot say: nine principles, six heading levels.
const RANGES: Record<string, [number, number]> = { number: [1, 9], 'heading-level': [1, 6] };

interface ManifestAttr {
  name: string;
  fieldName?: string;
  type?: { text: string };
  default?: string;
}
interface ManifestDecl {
  name: string;
  tagName?: string;
  attributes?: ManifestAttr[];
}

export function attributeTable(root: URL): AttributeTable {
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8')) as {
    modules: { path: string; declarations?: ManifestDecl[] }[];
  };
  const files = manifest.modules.map((m) => new URL(m.path, root).pathname);
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2021,
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    experimentalDecorators: true,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const table: AttributeTable = {};
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.tagName) continue;
      const source = program.getSourceFile(new URL(mod.path, root).pathname);
      const cls = source?.statements.find((s): s is ts.ClassDeclaration => ts.isClassDeclaration(s) && s.name?.text === decl.name);
      if (!cls) throw new Error(`${decl.tagName}: class ${decl.name} not found in ${mod.path}`);
      const classType = checker.getTypeAtLocation(cls);
      const rules: Record<string, AttributeRule> = {};
      for (const attr of decl.attributes ?? []) {
        if (NOT_FROM_URL.has(attr.name)) continue;
        const def = attr.default?.replace(/^'(.*)'$/, '$1');
        const prop = checker.getPropertyOfType(classType, attr.fieldName ?? attr.name);
        if (!prop) throw new Error(`${decl.tagName}: no property for attribute ${attr.name}`);
        const type = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(prop, cls));
        const parts = type.isUnion() ? type.types : [type];
        if (parts.every((p) => p.isStringLiteral())) {
          rules[attr.name] = { kind: 'enum', values: parts.map((p) => (p as ts.StringLiteralType).value), default: def };
        } else if (parts.every((p) => p.flags & ts.TypeFlags.BooleanLike)) {
          rules[attr.name] = { kind: 'boolean' };
        } else if (parts.every((p) => p.flags & ts.TypeFlags.NumberLike)) {
          const range = RANGES[attr.name];
          if (!range) throw new Error(`${decl.tagName}: no range for the number attribute ${attr.name}`);
          rules[attr.name] = { kind: 'integer', min: range[0], max: range[1], default: def };
        } else if (parts.every((p) => p.flags & ts.TypeFlags.StringLike)) {
          rules[attr.name] = { kind: 'string', default: def };
        } else {
          throw new Error(`${decl.tagName}: cannot read the type of ${attr.name} (${checker.typeToString(type)})`);
        }
      }
      table[decl.tagName] = rules;
    }
  }
  return table;
}
