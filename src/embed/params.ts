/**
 * Reads a widget and its attributes from URL parameters, checked against the
 * table built from custom-elements.json (scripts/build/embed/attributes.ts,
 * dist/embed-attributes.json): the embed page (dist/embed.html) and the embed
 * builder (demo/builder.js) both refuse a value the widget does not know,
 * rather than show or write something wrong (a counter of "undefined"
 * supporters reads as 0). Pure: no DOM.
 */
import { LOCALES, type LocaleCode } from '../data/types.js';

export type AttributeRule =
  | { kind: 'enum'; values: string[]; default?: string }
  | { kind: 'boolean' }
  | { kind: 'integer'; min: number; max: number; default?: string }
  | { kind: 'string'; default?: string };

/** tag (`paris-call-counter`) → attribute → what it accepts. */
export type AttributeTable = Record<string, Record<string, AttributeRule>>;

/** A parameter that cannot be shown: its name and the value given. */
export interface ParamError {
  name: string;
  value: string;
}

export interface WidgetRequest {
  /** The name after `paris-call-`. */
  widget: string;
  lang: LocaleCode;
  /** Attributes to set: a string, or `true` for a boolean attribute. Defaults are kept as given. */
  attrs: Record<string, string | true>;
}

export type ReadResult = ({ ok: true } & WidgetRequest) | { ok: false; lang: LocaleCode; error: ParamError };

/** Whether `value` is acceptable for `rule`; booleans accept '', 'true' and the attribute's own name. */
export function validValue(rule: AttributeRule, value: string, name: string): boolean {
  switch (rule.kind) {
    case 'enum':
      return rule.values.includes(value);
    case 'boolean':
      return value === '' || value === 'true' || value === name;
    case 'integer':
      return /^\d{1,3}$/.test(value) && Number(value) >= rule.min && Number(value) <= rule.max;
    case 'string':
      return value.length <= 200;
  }
}

/**
 * The widget the parameters ask for, or the first parameter that cannot be
 * shown. `widget` is required; `lang` is one of the shipped locales
 * (default English); `own` names parameters of the caller's own (the
 * builder's `base`), passed over. Any other parameter must be an attribute
 * of that widget, with a value it accepts.
 */
export function readParams(params: URLSearchParams, table: AttributeTable, own: readonly string[] = []): ReadResult {
  const langParam = params.get('lang');
  const lang: LocaleCode = (LOCALES as readonly string[]).includes(langParam ?? '') ? (langParam as LocaleCode) : 'en';
  const fail = (name: string, value: string): ReadResult => ({ ok: false, lang, error: { name, value } });
  if (langParam !== null && langParam !== lang) return fail('lang', langParam);
  const widget = params.get('widget') ?? '';
  const rules = Object.hasOwn(table, `paris-call-${widget}`) ? table[`paris-call-${widget}`] : null;
  if (!rules) return fail('widget', widget);
  const attrs: Record<string, string | true> = {};
  for (const [name, value] of params) {
    if (name === 'widget' || name === 'lang' || own.includes(name)) continue;
    const rule = Object.hasOwn(rules, name) ? rules[name] : null;
    if (!rule || !validValue(rule, value, name) || Object.hasOwn(attrs, name)) return fail(name, value);
    attrs[name] = rule.kind === 'boolean' ? true : value;
  }
  return { ok: true, widget, lang, attrs };
}
