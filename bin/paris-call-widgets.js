#!/usr/bin/env node
// npx paris-call-widgets render <widget> [--lang ar] [--category state] [--number 3] [--supporter ID] [--<attribute> value]…
// Prints the widget's element with its content (the figures, the principle's
// text, the badge's verdict, the list's first rows), rendered in plain Node
// from the dataset this package ships: paste it into a page, or call
// `renderWidget()` from paris-call-widgets/server.js on each request.
import { renderWidget, WIDGETS } from '../dist/npm/server/index.js';

const usage = `usage: paris-call-widgets render <${WIDGETS.join('|')}> [--lang xx] [--<attribute> value]… [--<boolean-attribute>]`;
const [command, widget, ...rest] = process.argv.slice(2);
if (command !== 'render' || !widget) {
  console.error(usage);
  process.exit(command === '--help' || command === '-h' ? 0 : 2);
}
if (!WIDGETS.includes(widget)) {
  console.error(`paris-call-widgets: unknown widget "${widget}" (one of ${WIDGETS.join(', ')})`);
  process.exit(2);
}
const attrs = {};
for (let i = 0; i < rest.length; i++) {
  const m = /^--([a-z][a-z0-9-]*)$/.exec(rest[i]);
  if (!m) {
    console.error(`paris-call-widgets: unexpected argument "${rest[i]}"\n${usage}`);
    process.exit(2);
  }
  const next = rest[i + 1];
  if (next === undefined || next.startsWith('--')) attrs[m[1]] = true;
  else attrs[m[1]] = rest[++i];
}
process.stdout.write(renderWidget(widget, attrs) + '\n');
