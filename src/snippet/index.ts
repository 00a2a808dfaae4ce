/**
 * dist/snippet.js: what the embed builder page (demo/builder.js) needs —
 * the pure snippet and fallback builders, plus the library's own validating
 * data loader so the builder reads the dataset exactly as the widgets do.
 * A build-only entry: not in the package's `files`, never imported by a widget.
 */
export * from './fallback.js';
export * from './snippet.js';
export { loadRegister, loadSummary, loadTexts } from '../data/loader.js';
export { supporterIndex, verifySupporter } from '../components/badge/verify.js';
export { LOCALES } from '../data/types.js';
export { readParams } from '../embed/params.js';
export { loadMap } from '../components/map/map-data.js';
export { exportSvg, exportTable, SOCIAL } from '../export/export.js';
export { snippetStrings } from '../i18n/all.js';
export { t } from '../i18n/registry.js';
