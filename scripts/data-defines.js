// Build-time literals for src/data/default-url.ts: where each published data
// file sits relative to the module that will contain the loader.
export const DATA_FILES = { SUMMARY: 'summary.json', TEXTS: 'texts.json', REGISTER: 'register.json', MAP: 'map.json' };

export function dataDefines(dir) {
  return Object.fromEntries(Object.entries(DATA_FILES).map(([k, f]) => [`__PCW_${k}_URL__`, JSON.stringify(dir + f)]));
}
