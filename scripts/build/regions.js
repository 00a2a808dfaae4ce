// Generated regions in hand-written files: the text between a start and an
// end marker line is written by a script (docs/api.md, docs/sizes.md,
// src/react/jsx.ts) and checked by `npm test`, so a table or a typing is
// never edited by hand and never stale.
import { readFileSync, writeFileSync } from 'node:fs';

/** `text` with the region between the `start` and `end` markers replaced by `body`. */
export function withRegion(file, text, { start, end }, body) {
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`${file} lacks the markers ${start.trim()} … ${end.trim()}`);
  return `${text.slice(0, i + start.length)}\n${body}\n${text.slice(j)}`;
}

/**
 * Writes each file whose next text differs from what is on disk, or with
 * `--check` on the command line fails naming them and the command that
 * writes them.
 */
export function writeOrCheck(next, { command, what }) {
  const stale = [...next].filter(([f, text]) => readFileSync(f, 'utf8') !== text).map(([f]) => f);
  if (process.argv.includes('--check')) {
    if (stale.length) {
      console.error(`${stale.join(' and ')} out of date: run \`${command}\`.`);
      process.exit(1);
    }
    console.log(`${what}: up to date.`);
  } else {
    for (const f of stale) writeFileSync(f, next.get(f));
    console.log(`${what}: wrote ${stale.join(', ') || 'nothing (up to date)'}`);
  }
}
