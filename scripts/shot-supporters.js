// Screenshots of demo/<page> for review: node scripts/shot-supporters.js [outDir] [page]
// Serves the project under the demo's CSP, opens the page in headless
// Chromium at 360 px and 1200 px in English, Arabic and Japanese (light and
// dark at 1200 px) and writes PNGs.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { puppeteerCore as puppeteer } from '@web/test-runner-chrome';

const out = process.argv[2] ?? 'screenshots';
const pageName = process.argv[3] ?? 'supporters.html';
const extra = process.argv[4] ?? ''; // more query parameters, e.g. sort=date
mkdirSync(out, { recursive: true });
const port = Number(process.env.SHOT_PORT ?? 8124);
const server = spawn(process.execPath, ['scripts/serve-demo.js', '--port', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const page = await browser.newPage();
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && console.log('console:', m.text()));
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  page.on('response', (r) => r.status() >= 400 && console.log('HTTP', r.status(), r.url()));
  for (const lang of ['en', 'ar', 'ja']) {
    for (const [width, height] of [[360, 1100], [1200, 900]]) {
      for (const theme of ['light', 'dark']) {
        if (theme === 'dark' && width === 360) continue;
        await page.setViewport({ width, height });
        await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
        await page.goto(`http://localhost:${port}/demo/${pageName}?lang=${lang}&theme=${theme}${extra ? `&${extra}` : ''}`, { waitUntil: 'networkidle0' });
        await new Promise((r) => setTimeout(r, 400));
        const file = `${out}/supporters-${lang}-${width}-${theme}${extra ? `-${extra.replace(/[^a-z0-9]+/gi, '_')}` : ''}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
}
