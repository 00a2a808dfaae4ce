/**
 * The single bundle: importing it defines every element of the library.
 * Safe to load twice (each `define` skips a name already registered).
 */
export * from './components/counter/define.js';
export * from './components/principle/define.js';
export * from './components/principles/define.js';
export * from './components/timeline/define.js';
export * from './components/badge/define.js';
export * from './components/supporters/define.js';
export * from './components/map/define.js';
export { loaderConfig, loadSummary, loadRegister, clearDataCache } from './data/loader.js';
export { ParisCallDataError, type DataErrorCode } from './data/errors.js';
export type * from './data/types.js';
