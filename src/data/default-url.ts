declare const __PCW_SUMMARY_URL__: string;
declare const __PCW_TEXTS_URL__: string;
declare const __PCW_REGISTER_URL__: string;
declare const __PCW_MAP_URL__: string;

/*
 * The published dataset next to the built module (dist/data/*.json). Each
 * path is a build-time literal (rollup/esbuild `define`), one function per
 * file, so that bundlers such as Vite and webpack see
 * `new URL('…/texts.json', import.meta.url)` and emit that file as an asset
 * (under a hashed name: which is why the files are not found relative to
 * each other when no `src` is given). Copying dist/ to any host or CDN keeps
 * working. Only the functions a component calls end up in its bundle.
 */
export const defaultSummaryUrl = (): string => new URL(__PCW_SUMMARY_URL__, import.meta.url).href;
export const defaultTextsUrl = (): string => new URL(__PCW_TEXTS_URL__, import.meta.url).href;
export const defaultRegisterUrl = (): string => new URL(__PCW_REGISTER_URL__, import.meta.url).href;
export const defaultMapUrl = (): string => new URL(__PCW_MAP_URL__, import.meta.url).href;
