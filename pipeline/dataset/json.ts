/**
 * Deterministic JSON text for the published files. The dataset is committed
 * and reviewed as diffs, so the layout matters: 2-space indentation, and
 * small records (a country, a date, a report line) on one line each so a
 * change touches one line. Key order is the order the builder creates them in.
 *
 * The text is produced piece by piece (emitJson), so a large file is written
 * to disk in batches (writeJsonFile) without ever being one string in memory;
 * formatJson joins the same pieces for small files and tests.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * Characters a reviewer cannot see (no-break and zero-width spaces, line and
 * paragraph separators) written as \\u escapes: same JSON value, visible diff.
 * Each is a single UTF-16 code unit, so escaping text in pieces gives the
 * same result as escaping it whole.
 */
const INVISIBLE = /[\u00a0\u00ad\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/g;
export function escapeInvisible(json: string): string {
  return json.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export interface FormatOptions {
  /** Array items whose compact form is at most this long go on one line. */
  inlineWidth?: number;
}

/**
 * The layout of formatJson, passed to `emit` in pieces whose concatenation is
 * the text (before escapeInvisible and the final newline). A value is
 * stringified compactly only where it may go on one line (an array item, or a
 * flat array): never a whole file or a whole list.
 */
export function emitJson(value: unknown, { inlineWidth = 120 }: FormatOptions, emit: (piece: string) => void): void {
  const write = (v: unknown, indent: string, inArray: boolean): void => {
    if (v === null || typeof v !== 'object') {
      // String(): an undefined array item prints as `undefined`, as it always has.
      emit(String(JSON.stringify(v)));
      return;
    }
    const isArray = Array.isArray(v);
    // An item, or an array of plain values, goes on one line if it fits.
    if (inArray || (isArray && v.every((x) => x === null || typeof x !== 'object'))) {
      const compact = JSON.stringify(v);
      if (compact.length <= inlineWidth) {
        emit(compact);
        return;
      }
    }
    const inner = indent + '  ';
    if (isArray) {
      if (v.length === 0) {
        emit('[]');
        return;
      }
      // Item by item, without an [index, item] pair each: the supporter list has as many items as the register.
      emit('[\n');
      for (let i = 0; i < v.length; i++) {
        emit(i === 0 ? inner : `,\n${inner}`);
        write(v[i], inner, true);
      }
      emit(`\n${indent}]`);
      return;
    }
    // Undefined members would print as invalid JSON: drop them as JSON.stringify does.
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    if (entries.length === 0) {
      // No members: `{}` whatever the width (or what toJSON makes of it, e.g. for a Date).
      emit(JSON.stringify(v));
      return;
    }
    emit('{\n');
    entries.forEach(([k, x], i) => {
      emit(`${i === 0 ? '' : ',\n'}${inner}${JSON.stringify(k)}: `);
      write(x, inner, false);
    });
    emit(`\n${indent}}`);
  };
  write(value, '', false);
}

export function formatJson(value: unknown, options: FormatOptions = {}): string {
  const pieces: string[] = [];
  emitJson(value, options, (piece) => pieces.push(piece));
  return escapeInvisible(pieces.join('')) + '\n';
}

/** Characters gathered before a write: few system calls, little memory. */
const BATCH = 1 << 16;

/** Write exactly the bytes of formatJson(value, options) to `path`, in batches. */
export function writeJsonFile(path: string, value: unknown, options: FormatOptions = {}): void {
  const fd = openSync(path, 'w');
  try {
    let pieces: string[] = [];
    let length = 0;
    const flush = () => {
      const bytes = Buffer.from(escapeInvisible(pieces.join('')));
      for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
      pieces = [];
      length = 0;
    };
    emitJson(value, options, (piece) => {
      pieces.push(piece);
      length += piece.length;
      if (length >= BATCH) flush();
    });
    pieces.push('\n');
    flush();
  } finally {
    closeSync(fd);
  }
}
