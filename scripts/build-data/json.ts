/**
 * Deterministic JSON text for the published files. The dataset is committed
 * and reviewed as diffs, so the layout matters: 2-space indentation, and
 * small records (a country, a date, a report line) on one line each so a
 * change touches one line. Key order is the order the builder creates them in.
 */

/**
 * Characters a reviewer cannot see (no-break and zero-width spaces, line and
 * paragraph separators) written as \\u escapes: same JSON value, visible diff.
 */
const INVISIBLE = /[\u00a0\u00ad\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/g;
export function escapeInvisible(json: string): string {
  return json.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export interface FormatOptions {
  /** Array items whose compact form is at most this long go on one line. */
  inlineWidth?: number;
}

export function formatJson(value: unknown, { inlineWidth = 120 }: FormatOptions = {}): string {
  const write = (v: unknown, indent: string, inArray: boolean): string => {
    if (v === null || typeof v !== 'object') return JSON.stringify(v);
    const compact = JSON.stringify(v);
    // Undefined members would print as invalid JSON: drop them as JSON.stringify does.
    const entries = Array.isArray(v) ? v.map((x) => [null, x] as const) : Object.entries(v).filter(([, x]) => x !== undefined);
    if (entries.length === 0) return compact;
    const flat = Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object');
    if ((inArray || flat) && compact.length <= inlineWidth) return compact;
    const inner = indent + '  ';
    const lines = entries.map(([k, x]) => inner + (k === null ? '' : `${JSON.stringify(k)}: `) + write(x, inner, Array.isArray(v)));
    const [open, close] = Array.isArray(v) ? ['[', ']'] : ['{', '}'];
    return `${open}\n${lines.join(',\n')}\n${indent}${close}`;
  };
  return escapeInvisible(write(value, '', false)) + '\n';
}
