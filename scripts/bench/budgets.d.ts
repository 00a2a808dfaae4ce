// Types of scripts/bench/budgets.js, for test/node/size.test.ts.
import type { Sizes } from './sizes.js';
export interface Budget {
  n: number;
  what: string;
  bytes: number;
  budget: number;
  ratchet: number;
  ratchetName: string;
}
export const KB: number;
export function budgets(s?: Sizes): Budget[];
