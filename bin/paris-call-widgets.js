#!/usr/bin/env node
// npx paris-call-widgets render <widget> [--lang ar] [--category state] [--number 3] [--supporter ID] [--<attribute> value]…
// Prints the widget's element with its content (the figures, the principle's
// text, the badge's verdict, the list's first rows), rendered in plain Node
// from the dataset this package ships: paste it into a page, or call
// `renderWidget()` from paris-call-widgets/server.js on each request.
//
// npx paris-call-widgets export <widget> [--lang ja] [--format svg|png|html] [--width 1200] [--preset social] [--out FILE] [--<attribute> value]…
// Writes a static copy for where no script runs: an SVG card (text as text),
// a PNG at 1× and 2× (FILE.png and FILE@2x.png; drawn from the SVG by
// @resvg/resvg-js, no browser), or an HTML table of the data. Each carries
// the as-of date and the source in the chosen language.
import { writeFileSync } from 'node:fs';
import { renderWidget, WIDGETS } from '../dist/npm/server/index.js';

const usage = `usage: paris-call-widgets render <${WIDGETS.join('|')}> [--lang xx] [--<attribute> value]… [--<boolean-attribute>]
       paris-call-widgets export <${WIDGETS.join('|')}> [--lang xx] [--format svg|png|html] [--width 1200] [--preset social] [--out FILE] [--<attribute> value]…`;
const [command, widget, ...rest] = process.argv.slice(2);
const fail = (message) => {
  console.error(`paris-call-widgets: ${message}`);
  process.exit(2);
};
if (!['render', 'export'].includes(command) || !widget) {
  console.error(usage);
  process.exit(command === '--help' || command === '-h' ? 0 : 2);
}
if (!WIDGETS.includes(widget)) fail(`unknown widget "${widget}" (one of ${WIDGETS.join(', ')})`);
const attrs = {};
for (let i = 0; i < rest.length; i++) {
  const m = /^--([a-z][a-z0-9-]*)$/.exec(rest[i]);
  if (!m) fail(`unexpected argument "${rest[i]}"\n${usage}`);
  const next = rest[i + 1];
  if (next === undefined || next.startsWith('--')) attrs[m[1]] = true;
  else attrs[m[1]] = rest[++i];
}
if (command === 'render') {
  process.stdout.write(renderWidget(widget, attrs) + '\n');
} else {
  const { widgetSvg, widgetTable, SOCIAL } = await import('../dist/npm/server/export.js');
  const { format = 'svg', width, preset, out, lang = 'en', ...widgetAttrs } = attrs;
  if (!['svg', 'png', 'html'].includes(format)) fail(`--format is svg, png or html, not "${format}"`);
  if (preset !== undefined && preset !== 'social') fail(`--preset is social (1200×630), not "${preset}"`);
  if (width !== undefined && !(Number(width) >= 200 && Number(width) <= 4000))
    fail(`--width is a number of pixels from 200 to 4000, not "${width}"`);
  const size = preset === 'social' ? SOCIAL : { width: width === undefined ? 1200 : Number(width) };
  const opts = { lang, ...size, attrs: widgetAttrs };
  const file = typeof out === 'string' ? out : `${widget}-${lang}${preset ? '-' + preset : ''}.${format}`;
  if (format === 'html') writeFileSync(file, widgetTable(widget, opts));
  else {
    const { svg, width: w, height: h } = widgetSvg(widget, opts);
    if (format === 'svg') writeFileSync(file, svg);
    else {
      let Resvg;
      try {
        ({ Resvg } = await import('@resvg/resvg-js'));
      } catch {
        fail('PNG needs the rasteriser: npm install @resvg/resvg-js');
      }
      for (const scale of [1, 2]) {
        const png = new Resvg(svg, {
          fitTo: { mode: 'width', value: w * scale },
          font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans' },
        }).render();
        writeFileSync(scale === 1 ? file : file.replace(/\.png$/, '') + '@2x.png', png.asPng());
      }
    }
    console.error(`${file}: ${w}×${h}${format === 'png' ? ' (and 2×)' : ''}`);
  }
  if (format === 'html') console.error(file);
}
