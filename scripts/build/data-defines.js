// Build-time literals: for src/data/default-url.ts, where each published data
// file sits relative to the module that will contain the loader; for
// src/core/version.ts, the package's version.
import { readFileSync } from 'node:fs';

const VERSION = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

export const DATA_FILES = { SUMMARY: 'summary.json', TEXTS: 'texts.json', REGISTER: 'register.json', MAP: 'map.json' };

export function dataDefines(dir) {
  return {
    ...Object.fromEntries(Object.entries(DATA_FILES).map(([k, f]) => [`__PCW_${k}_URL__`, JSON.stringify(dir + f)])),
    // src/core/version.ts: the version define() compares across copies on one page.
    __PCW_VERSION__: JSON.stringify(VERSION),
  };
}
