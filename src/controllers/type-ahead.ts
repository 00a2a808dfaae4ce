/**
 * Type-ahead in a list the keyboard moves through: from the item after
 * `from`, wrapping round, the first whose name starts with `key` (a letter,
 * compared as the locale does: accents and case aside). -1 when none does.
 */
export function typeAhead(names: readonly string[], from: number, key: string, locale: string): number {
  const n = names.length;
  if (key.length !== 1 || !/\p{L}/u.test(key)) return -1;
  const starts = new Intl.Collator(locale, { sensitivity: 'base' });
  for (let k = 1; k <= n; k++) {
    const i = (from + k) % n;
    if (!starts.compare(names[i][0] ?? '', key)) return i;
  }
  return -1;
}
