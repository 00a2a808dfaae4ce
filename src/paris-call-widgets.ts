/**
 * The single bundle: importing it defines every element of the library and
 * holds every shipped locale. Safe to load twice (each `define` skips a name
 * already registered). Named exports only: what is exported here is the
 * public API (src/widgets.ts).
 */
import './i18n/all.js';

export * from './widgets.js';
