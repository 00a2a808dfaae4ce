// GET /__tailwind/preflight.css: Tailwind v4's base layer as a Tailwind site
// ships it. The package's preflight.css is source, not CSS a browser can use
// as it is (its font declarations call `--theme()`, which a browser drops),
// so it is compiled here with Tailwind's own compiler, with every variable of
// the default theme (`theme(static)`: --font-sans, --color-*, --spacing, …)
// on :root, and no utilities.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { compile } from 'tailwindcss';

const require = createRequire(import.meta.url);
const INPUT = `@layer theme, base;
@import "tailwindcss/theme.css" layer(theme) theme(static);
@import "tailwindcss/preflight.css" layer(base);
`;
let css;

async function build() {
  const compiler = await compile(INPUT, {
    base: process.cwd(),
    async loadStylesheet(id, base) {
      const path = require.resolve(id, { paths: [base] });
      return { path, base, content: await readFile(path, 'utf8') };
    },
  });
  return compiler.build([]);
}

export async function tailwindMiddleware(ctx, next) {
  if (ctx.path !== '/__tailwind/preflight.css') return next();
  css ??= build();
  ctx.type = 'text/css';
  ctx.body = await css;
}
