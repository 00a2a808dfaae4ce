import type { Register, Supporter } from '../../data/types.js';

// One index per loaded register: the loader shares the same Register object
// with every widget on the page, so the Map is built once.
const indexes = new WeakMap<object, ReadonlyMap<string, Supporter>>();

/**
 * The register's supporters by id, in a `Map`: a lookup can only find a key
 * the register itself wrote, never an inherited one (`constructor`,
 * `__proto__`, `toString`…), as a plain-object lookup could.
 */
export function supporterIndex(register: Pick<Register, 'supporters'>): ReadonlyMap<string, Supporter> {
  let index = indexes.get(register);
  if (!index) indexes.set(register, (index = new Map(register.supporters.map((s) => [s.id, s]))));
  return index;
}

/**
 * The supporter whose register id is exactly `id` (case- and
 * whitespace-sensitive, no normalisation of any kind), or null. The badge
 * claims an endorsement only on a non-null answer: anything else fails closed.
 */
export function verifySupporter(index: ReadonlyMap<string, Supporter>, id: unknown): Supporter | null {
  const s = typeof id === 'string' && id !== '' ? index.get(id) : null;
  // Belt and braces: the row found must carry the very id that was asked for.
  return s && s.id === id ? s : null;
}
