/**
 * Every element of the library, defined on import, and the public API. The
 * locales come from the entry: all of them (src/paris-call-widgets.ts), or
 * one (a per-language module, rollup.config.js).
 */
export { ParisCallCounter, type CounterCategory, type CounterLayout } from './components/counter/define.js';
export { ParisCallPrinciple } from './components/principle/define.js';
export { ParisCallPrinciples, type PrinciplesLayout } from './components/principles/define.js';
export { ParisCallTimeline, type TimelineOrientation } from './components/timeline/define.js';
export { ParisCallBadge, type BadgeVariant, type BadgeStatus } from './components/badge/define.js';
export { ParisCallSupporters, supportersCsv, type SupportersData, type SupportersSort } from './components/supporters/define.js';
export { ParisCallMap, type MapMode } from './components/map/define.js';
export type { ParisCallErrorDetail, Theme, WidgetStatus } from './core/base-element.js';
export { VERSION } from './core/version.js';
export { loaderConfig, loadSummary, loadRegister, clearDataCache } from './data/loader.js';
export { ParisCallDataError, type DataErrorCode } from './data/errors.js';
export type * from './data/types.js';
