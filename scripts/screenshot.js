// Screenshots of the demo for review: node scripts/screenshot.js [outDir]
// Serves the demo, opens it in headless Chromium at phone and desktop
// widths in English, Arabic and Japanese, light and dark, and writes PNGs.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { puppeteerCore as puppeteer } from '@web/test-runner-chrome';

const out = process.argv[2] ?? 'screenshots';
mkdirSync(out, { recursive: true });
const port = 8123;
const server = spawn(process.execPath, ['scripts/serve-demo.js', '--port', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  for (const lang of ['en', 'ar', 'ja']) {
    for (const [width, height] of [[360, 1400], [1200, 1100]]) {
      for (const theme of ['light', 'dark']) {
        if (theme === 'dark' && width === 360) continue;
        await page.setViewport({ width, height });
        await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
        await page.goto(`http://localhost:${port}/demo/index.html?lang=${lang}&theme=${theme}`, { waitUntil: 'networkidle0' });
        await new Promise((r) => setTimeout(r, 300));
        const file = `${out}/demo-${lang}-${width}-${theme}.png`;
        await page.screenshot({ path: file });
        console.log(file);
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
}
