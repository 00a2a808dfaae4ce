declare const __PCW_SUMMARY_URL__: string;

/**
 * The published summary next to the built module: dist/data/summary.json.
 * The path is a build-time literal (rollup/esbuild `define`) so bundlers
 * such as Vite and webpack see `new URL('…', import.meta.url)` and emit the
 * file as an asset; copying dist/ to any host or CDN keeps it working.
 */
export function defaultSummaryUrl(): string {
  return new URL(__PCW_SUMMARY_URL__, import.meta.url).href;
}
