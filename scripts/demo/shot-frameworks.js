// Screenshots of the host-CSS page (test/hardening/host-css.html) with each
// CSS framework, for review:
//   node scripts/demo/shot-frameworks.js [outDir] [framework,… (default: none,bootstrap,bulma,pico,tailwind)]
// Serves the project as the browser tests do (web-test-runner.config.js's
// plugins and middleware: TypeScript sources, the compiled Tailwind
// preflight), opens the page in headless Chromium at 1000 px (the test's
// width) and 360 px, light, and at 1000 px with a dark system colour scheme
// (Pico and Bulma follow it; the widgets stay light unless theme="auto"),
// and once every widget is ready writes host-css-<framework>-<variant>-<widget>.png
// of each widget, …-page.png of the first screen (the host's own elements)
// and …-focus.png of the counter with its link focused from the keyboard.
// `none` is the clean page.
import { mkdirSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import { puppeteerCore as puppeteer } from '@web/test-runner-chrome';

process.env.BROWSERS = 'chromium'; // the config then starts no WebDriver
const { default: wtr } = await import('../../web-test-runner.config.js');

const out = process.argv[2] ?? 'screenshots';
const frameworks = (process.argv[3] ?? 'none,bootstrap,bulma,pico,tailwind').split(',');
mkdirSync(out, { recursive: true });

const port = Number(process.env.SHOT_PORT ?? 8371);
const server = await startDevServer({
  config: { rootDir: process.cwd(), port, nodeResolve: wtr.nodeResolve, plugins: wtr.plugins, middleware: wtr.middleware },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
  autoExitProcess: false,
});
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  page.on('response', (r) => r.status() >= 400 && console.log('HTTP', r.status(), r.url()));
  for (const fw of frameworks) {
    for (const [variant, width, scheme] of [
      ['1000', 1000, 'light'],
      ['360', 360, 'light'],
      ['1000-dark', 1000, 'dark'],
    ]) {
      await page.emulateMediaFeatures([
        { name: 'prefers-reduced-motion', value: 'reduce' },
        { name: 'prefers-color-scheme', value: scheme },
      ]);
      await page.setViewport({ width, height: 900 });
      await page.goto(`http://localhost:${port}/test/hardening/host-css.html${fw === 'none' ? '' : `?framework=${fw}`}`, {
        waitUntil: 'load',
      });
      await page.evaluate(() => window.loadWidgets());
      await page.waitForFunction(() => [...document.querySelectorAll('.slot > *')].every((w) => w.getAttribute('status') === 'ready'), {
        timeout: 20000,
      });
      await new Promise((r) => setTimeout(r, 500));
      const name = `${out}/host-css-${fw}-${variant}`;
      await page.screenshot({ path: `${name}-page.png` });
      for (const slot of await page.$$('.slot')) {
        const tag = await slot.evaluate((s) => s.firstElementChild.localName.replace('paris-call-', ''));
        await slot.screenshot({ path: `${name}-${tag}.png` });
      }
      // Tab (past the page's own link and button) to the counter's link: its focus ring.
      for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.localName)) !== 'paris-call-counter'; i++)
        await page.keyboard.press('Tab');
      await (await page.$('.slot')).screenshot({ path: `${name}-focus.png` });
      console.log(`${name}-{page,focus,counter,principle,principles,badge,map,timeline,supporters}.png`);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
