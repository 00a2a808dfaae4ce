/**
 * A widget's properties (camelCase, as React passes them) or attributes, as
 * its tag's HTML attributes: kebab-case names (`noAnimation` →
 * `no-animation`), strings and numbers as text, `true` a bare attribute;
 * false, null, undefined, functions and objects none. Arabic gets
 * `dir="rtl"` unless a `dir` is given, so the content inside the tag reads
 * right to left even on a left-to-right page.
 */
export function tagAttributes(props: Record<string, unknown>): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (const [k, v] of Object.entries(props)) {
    const name = k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    if (typeof v === 'string' || typeof v === 'number') out[name] = String(v);
    else if (v === true) out[name] = true;
  }
  if (out.lang === 'ar' && out.dir === undefined) out.dir = 'rtl';
  return out;
}
