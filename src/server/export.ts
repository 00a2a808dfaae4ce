/**
 * Static exports from the dataset this build carries (the command line's
 * `export`): an SVG card or an HTML table of a widget, in any locale.
 * PNG is the SVG drawn by a rasteriser (bin/paris-call-widgets.js, with
 * @resvg/resvg-js); no browser is involved.
 */
import map from 'pcw:data/map.json';
import { exportSvg, exportTable, SOCIAL, type ExportOptions } from '../export/export.js';
import type { WidgetName } from '../snippet/fallback.js';
import { register, summary, texts } from './dataset.js';

export { SOCIAL, type ExportOptions };

const data = () => ({ summary, texts, register, map });

/** `<svg …>` of the widget: `{ svg, width, height }`. */
export const widgetSvg = (widget: WidgetName, opts: ExportOptions = {}) => exportSvg(widget, data(), opts);

/** An HTML page with the table of the data behind the widget. */
export const widgetTable = (widget: WidgetName, opts: ExportOptions = {}) => exportTable(widget, data(), opts);
