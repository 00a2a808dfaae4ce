// The build's one change to the locale files (src/i18n/<lang>.ts), for the
// byte budgets. Each is pure data with English's keys, readable and
// type-checked key for key; a module that holds several locales would spell
// every key once per locale. So the build writes each non-English locale as
// its strings in English's key order, zipped back into an object when the
// module loads (`fromEnglishKeys`, src/i18n/compact.ts): the keys are then
// in a bundle once. Only where English is held (a per-language module of
// another language holds one locale, written with its keys). Nothing else changes: test/node/compact-locales.test.ts
// loads each file both ways and compares.
import { transformSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const LOCALE_FILE = /[\\/]src[\\/]i18n[\\/]([a-z]{2})\.ts$/;

/** What a locale file exports (its only import is a type): the locale as `default`, and its other strings. */
export async function localeFileExports(file) {
  const { code } = transformSync(readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm' });
  return { ...(await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) };
}

export const localeFileData = async (file) => (await localeFileExports(file)).default;

/** The module the build ships for a non-English locale file, or null for any other file. */
export async function compactLocale(file) {
  const m = LOCALE_FILE.exec(file);
  if (!m || m[1] === 'en') return null;
  const [en, { default: locale, ...named }] = await Promise.all([localeFileData(join(dirname(file), 'en.ts')), localeFileExports(file)]);
  const keys = Object.keys(en.strings);
  const extra = Object.keys(locale.strings).filter((k) => !(k in en.strings));
  const missing = keys.filter((k) => !(k in locale.strings));
  if (extra.length || missing.length) throw new Error(`${file}: keys differ from English (missing ${missing}; extra ${extra})`);
  const { strings, ...rest } = locale;
  return [
    `import { fromEnglishKeys } from './compact.ts';`,
    `export default { ...${JSON.stringify(rest)}, strings: fromEnglishKeys(${JSON.stringify(keys.map((k) => strings[k]))}) };`,
    ...Object.entries(named).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`),
  ].join('\n');
}

/** The Rollup plugin. */
export const compactLocales = () => ({
  name: 'pcw-compact-locales',
  async transform(_code, id) {
    const code = await compactLocale(id);
    return code === null ? null : { code, map: { mappings: '' } };
  },
});
