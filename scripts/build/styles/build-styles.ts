// Writes each widget's styles as a plain stylesheet, for pre-rendered
// snippets (src/snippet/prerender.ts), which cannot carry adoptedStyleSheets:
//   dist/css/paris-call-<widget>.css  the widget's Lit `static styles`, in order, through
//                                     snippetCss() (the exact text a snippet's inline <style> holds)
//   dist/css/hashes.json              per tag: file, bytes, and the CSP source 'sha256-…' of that text
// One file per widget, not one for all: the rules are written for one shadow
// root each (`ul`, `.number`…), and would leak between widgets if merged.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { snippetCss } from '../../../src/snippet/css-text.ts';

// The build writes this literal into the bundles (scripts/build/data-defines.js); here the sources run as they are.
(globalThis as { __PCW_VERSION__?: string }).__PCW_VERSION__ = 'source';

// The widget list the bundles are built from (an untyped JS config).
const { components } = (await import('../../../rollup.config.js' as string)) as { components: string[] };

type StyledClass = { finalize(): void; elementStyles: { cssText: string }[] };

const out = 'dist/css';
mkdirSync(out, { recursive: true });
const hashes: Record<string, { file: string; bytes: number; sha256: string }> = {};
for (const name of components) {
  const mod = (await import(`../../../src/components/${name}/${name}.ts`)) as Record<string, unknown>;
  const cls = Object.values(mod).find((v): v is StyledClass => typeof v === 'function' && 'pcwVersion' in v && 'finalize' in v);
  if (!cls) throw new Error(`no widget class in src/components/${name}/${name}.ts`);
  cls.finalize();
  const css = snippetCss(cls.elementStyles);
  const tag = `paris-call-${name}`;
  const file = `${tag}.css`;
  writeFileSync(`${out}/${file}`, css);
  const sha256 = `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
  hashes[tag] = { file, bytes: Buffer.byteLength(css), sha256 };
}
writeFileSync(`${out}/hashes.json`, JSON.stringify(hashes, null, 2) + '\n');
for (const [tag, h] of Object.entries(hashes)) console.log(`${tag.padEnd(24)} ${String(h.bytes).padStart(6)} B  ${h.sha256}`);
