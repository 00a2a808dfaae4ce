/**
 * The project's own translations of the principles and milestones (the
 * source has official en/fr principles and English milestones only).
 *
 * Layout, in `pipeline/translations/` (as the project's translators write it):
 *
 *   principles.json  { "about": "…", "locales": { "ar": { "1": { "short": "…", "full": "…" }, … }, … } }
 *   milestones.json  { "about": "…", "milestones": { "2018-11-12/launch": { "fr": "…", "ar": "…", … }, … } }
 *
 * Because these files are written by hand, equivalent shapes are read too:
 * item-first lists (`{"principles": [{"number": 1, "short": {"ar": "…"}, …}]}`,
 * `{"milestones": [{"date": "…", "kind": "…", "text": {"fr": "…"}}]}`), keys
 * by number or by date alone, locale-first milestones
 * (`{"locales": {"fr": {"2018-11-12/launch": "…"}}}`), `facts` for `text`.
 * Missing files, locales or texts are never fatal: the build falls back to
 * English for that text and reports it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, type LocaleCode } from '../../src/data/types.ts';
import type { Warning } from './normalise.ts';

export type LocaleTexts = Partial<Record<LocaleCode, string>>;

export interface PrincipleTranslation {
  short: LocaleTexts;
  full: LocaleTexts;
}

export interface MilestoneTranslation {
  date: string;
  /** null when the translation does not say (then the date alone identifies it). */
  kind: string | null;
  text: LocaleTexts;
}

export interface Translations {
  principles: Map<number, PrincipleTranslation>;
  milestones: MilestoneTranslation[];
  /** Whether each file was found and read (for the report). */
  files: { principles: FileState; milestones: FileState };
  warnings: Warning[];
}

export type FileState = 'read' | 'missing' | 'unreadable';

const LOCALE_SET = new Set<string>(LOCALES);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLocale = (k: string): k is LocaleCode => LOCALE_SET.has(k);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Pick `{locale: text}` pairs out of an object, ignoring anything else. */
function localeTexts(v: unknown): LocaleTexts {
  const out: LocaleTexts = {};
  if (!isObject(v)) return out;
  for (const [k, text] of Object.entries(v)) {
    if (isLocale(k) && typeof text === 'string' && text.trim() !== '') out[k] = text.trim();
  }
  return out;
}

/** The part of the file that holds the texts: under "principles"/"milestones", "locales", or the root. */
function unwrap(json: unknown, name: string): unknown {
  if (!isObject(json)) return json;
  if (name in json) return json[name];
  if ('locales' in json) return json.locales;
  return json;
}

const allKeys = (o: Record<string, unknown>, test: (k: string) => boolean) => {
  const keys = Object.keys(o);
  return keys.length > 0 && keys.every(test);
};

function readJson(dir: string, file: string, warnings: Warning[]): { state: FileState; json?: unknown } {
  const path = join(dir, file);
  if (!existsSync(path)) return { state: 'missing' };
  try {
    return { state: 'read', json: JSON.parse(readFileSync(path, 'utf8')) };
  } catch (err) {
    // Named without its directory so the report does not depend on where the checkout is.
    warnings.push({ code: 'translations-unreadable', message: `translations/${file}: ${(err as Error).message}` });
    return { state: 'unreadable' };
  }
}

export function readPrincipleTranslations(json: unknown, warnings: Warning[], file = 'principles.json'): Map<number, PrincipleTranslation> {
  const out = new Map<number, PrincipleTranslation>();
  const entry = (n: number) => {
    if (!out.has(n)) out.set(n, { short: {}, full: {} });
    return out.get(n)!;
  };
  const merge = (n: unknown, short: LocaleTexts, full: LocaleTexts) => {
    const num = typeof n === 'string' ? Number(n) : n;
    if (typeof num !== 'number' || !Number.isInteger(num)) return false;
    Object.assign(entry(num).short, short);
    Object.assign(entry(num).full, full);
    return true;
  };
  const root = unwrap(json, 'principles');
  let understood = false;
  if (Array.isArray(root)) {
    for (const p of root) if (isObject(p)) understood = merge(p.number, localeTexts(p.short), localeTexts(p.full)) || understood;
  } else if (isObject(root) && allKeys(root, (k) => /^\d+$/.test(k))) {
    for (const [n, p] of Object.entries(root))
      if (isObject(p)) understood = merge(n, localeTexts(p.short), localeTexts(p.full)) || understood;
  } else if (isObject(root) && allKeys(root, isLocale)) {
    for (const [locale, per] of Object.entries(root) as [LocaleCode, unknown][]) {
      const items: [unknown, unknown][] = Array.isArray(per)
        ? per.filter(isObject).map((p) => [p.number, p])
        : isObject(per)
          ? Object.entries(per)
          : [];
      for (const [n, p] of items) {
        if (!isObject(p)) continue;
        const one = (t: unknown): LocaleTexts => (typeof t === 'string' && t.trim() ? { [locale]: t.trim() } : {});
        understood = merge(n, one(p.short), one(p.full)) || understood;
      }
    }
  }
  if (!understood)
    warnings.push({
      code: 'translations-unrecognised',
      message: `translations/${file}: no principle translations found in a known layout`,
    });
  return out;
}

export function readMilestoneTranslations(json: unknown, warnings: Warning[], file = 'milestones.json'): MilestoneTranslation[] {
  const out: MilestoneTranslation[] = [];
  const add = (date: unknown, kind: unknown, text: LocaleTexts) => {
    if (typeof date !== 'string' || !DATE.test(date)) return false;
    out.push({ date, kind: typeof kind === 'string' && kind.trim() ? kind.trim() : null, text });
    return true;
  };
  // An item's texts: under "text" / "facts", or locale keys on the item itself.
  const itemTexts = (m: Record<string, unknown>) =>
    isObject(m.text) ? localeTexts(m.text) : isObject(m.facts) ? localeTexts(m.facts) : localeTexts(m);
  const root = unwrap(json, 'milestones');
  let understood = false;
  if (Array.isArray(root)) {
    for (const m of root) if (isObject(m)) understood = add(m.date, m.kind, itemTexts(m)) || understood;
  } else if (isObject(root) && allKeys(root, (k) => DATE.test(k.slice(0, 10)))) {
    // Keys "2018-11-12" or "2018-11-12/launch" (or any separator after the date).
    for (const [key, m] of Object.entries(root)) {
      if (!isObject(m)) continue;
      const kind = key.length > 11 ? key.slice(11) : m.kind;
      understood = add(key.slice(0, 10), kind, itemTexts(m)) || understood;
    }
  } else if (isObject(root) && allKeys(root, isLocale)) {
    for (const [locale, per] of Object.entries(root) as [LocaleCode, unknown][]) {
      const items: [unknown, unknown, unknown][] = Array.isArray(per)
        ? per.filter(isObject).map((m) => [m.date, m.kind, m.text ?? m.facts])
        : isObject(per)
          ? Object.entries(per).map(([k, t]) => [k.slice(0, 10), k.length > 11 ? k.slice(11) : null, t])
          : [];
      for (const [date, kind, t] of items) {
        if (typeof t === 'string' && t.trim()) understood = add(date, kind, { [locale]: t.trim() }) || understood;
      }
    }
  }
  if (!understood)
    warnings.push({
      code: 'translations-unrecognised',
      message: `translations/${file}: no milestone translations found in a known layout`,
    });
  return out;
}

/** Texts for one milestone: entries naming its kind win over entries giving the date alone. */
export function milestoneTexts(all: MilestoneTranslation[], date: string, kind: string): LocaleTexts {
  const loose = all.filter((t) => t.date === date && t.kind === null);
  const exact = all.filter((t) => t.date === date && t.kind === kind);
  return Object.assign({}, ...loose.map((t) => t.text), ...exact.map((t) => t.text)) as LocaleTexts;
}

export function loadTranslations(dir: string): Translations {
  const warnings: Warning[] = [];
  const p = readJson(dir, 'principles.json', warnings);
  const m = readJson(dir, 'milestones.json', warnings);
  return {
    principles: p.state === 'read' ? readPrincipleTranslations(p.json, warnings) : new Map(),
    milestones: m.state === 'read' ? readMilestoneTranslations(m.json, warnings) : [],
    files: { principles: p.state, milestones: m.state },
    warnings,
  };
}
