/**
 * The published dataset, in the module itself, for rendering on a server:
 * there is no fetch to wait for, so a server renders the figures in the
 * same pass as the page. The build inlines `dist/data/*.json` for these
 * `pcw:data/` ids (rollup.config.js), so the server build carries the very
 * dataset the widgets load in the browser, and bundlers (Next.js, Vite SSR,
 * webpack) need no JSON or asset rule for it. Only server entries import
 * this module: no browser bundle carries it.
 */
import summary from 'pcw:data/summary.json';
import texts from 'pcw:data/texts.json';
import register from 'pcw:data/register.json';

export { summary, texts, register };
