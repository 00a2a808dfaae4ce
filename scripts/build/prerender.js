// Prints a pre-rendered snippet of one widget (see README, "Pre-rendered snippets"):
//   node scripts/build/prerender.js counter --category state --lang ar [--styles inline|link|none] [--href URL]
//   node scripts/build/prerender.js --update-demo   (re-makes the snippets in demo/prerender.html)
// Renders the built widget (dist/) in headless Chromium on the demo server,
// waits until it is ready, and serialises it with dist/prerender.js.
// A repository script, not a package `bin`: it needs Chromium (see README for why
// there is no @lit-labs/ssr renderer).
import { readFileSync, writeFileSync } from 'node:fs';
import { withDemoPage } from '../demo/demo-browser.js';

/** Renders `paris-call-<widget>` with `attrs` in the page and returns its snippet. */
function render(page, widget, attrs, options) {
  return page.evaluate(
    async (tag, attrs, options) => {
      await import('/dist/paris-call-widgets.js');
      const { prerender } = await import('/dist/prerender.js');
      const el = document.createElement(tag);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      el.setAttribute('no-animation', '');
      el.style.width = '420px';
      document.body.prepend(el);
      await new Promise((resolve, reject) => {
        el.addEventListener('paris-call-load', resolve, { once: true });
        el.addEventListener('paris-call-error', (e) => reject(new Error(e.detail.message)), { once: true });
      });
      await el.updateComplete;
      const html = prerender(el, { pretty: true, ...options });
      el.remove();
      return html;
    },
    `paris-call-${widget}`,
    attrs,
    options,
  );
}

const port = Number(process.env.PRERENDER_PORT ?? 8124);
if (process.argv[2] === '--update-demo') {
  const file = 'demo/prerender.html';
  let html = readFileSync(file, 'utf8');
  await withDemoPage(port, async (page, origin) => {
    await page.goto(`${origin}/demo/index.html`, { waitUntil: 'domcontentloaded' });
    const snippets = {
      // The data is not slowed down, only the script: a fixed src keeps it off /slow/.
      counter: await render(page, 'counter', { lang: 'en', src: '/dist/data/summary.json' }, {}),
      principle: await render(
        page,
        'principle',
        { number: '4', lang: 'en', src: '/dist/data/summary.json' },
        {
          styles: 'link',
          href: '/dist/css/paris-call-principle.css',
        },
      ),
    };
    for (const [name, snippet] of Object.entries(snippets)) {
      const re = new RegExp(`(<!-- prerender:${name}:start -->)[\\s\\S]*?(\\s*<!-- prerender:${name}:end -->)`);
      html = html.replace(re, (_, a, b) => `${a}\n${snippet}${b}`);
    }
  });
  writeFileSync(file, html);
  console.log(`${file} updated`);
  process.exit(0);
}

const [widget, ...rest] = process.argv.slice(2);
if (!widget || !/^[a-z]+$/.test(widget)) {
  console.error('usage: node scripts/build/prerender.js <widget> [--<attribute> <value>]... [--styles inline|link|none] [--href URL]');
  process.exit(2);
}
const attrs = {};
const options = {};
for (let i = 0; i < rest.length; i += 2) {
  const name = rest[i].replace(/^--/, '');
  const value = rest[i + 1] ?? '';
  if (name === 'styles' || name === 'href') options[name] = value;
  else attrs[name] = value;
}

await withDemoPage(port, async (page, origin) => {
  await page.goto(`${origin}/demo/index.html`, { waitUntil: 'domcontentloaded' });
  process.stdout.write((await render(page, widget, attrs, options)) + '\n');
});
