// Screenshots of the map demo for review: node scripts/demo/shot-map.js [outDir] [page]
// Serves the project under the demo's strict CSP, opens demo/map.html (or the
// page given) in headless Chromium at 360 and 1200 px, in English, Arabic and
// Japanese, light and dark, with the tooltip open on a keyboard-chosen country.
import { mkdirSync } from 'node:fs';
import { withDemoPage } from './demo-browser.js';

const out = process.argv[2] ?? 'screenshots';
const pageName = process.argv[3] ?? 'map.html';
mkdirSync(out, { recursive: true });

await withDemoPage(Number(process.env.SHOT_PORT ?? 8194), async (page, origin) => {
  for (const lang of ['en', 'ar', 'ja']) {
    for (const width of [360, 1200]) {
      for (const theme of ['light', 'dark']) {
        await page.setViewport({ width, height: 900 });
        await page.goto(`${origin}/demo/${pageName}?lang=${lang}&theme=${theme}`, { waitUntil: 'networkidle0' });
        await page.waitForFunction(() => [...document.querySelectorAll('paris-call-map')].every((m) => m.status !== 'loading'));
        // Keyboard: tab to the first map, two arrows, so the tooltip shows.
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        await page.focus('paris-call-map');
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('ArrowDown');
        await new Promise((r) => setTimeout(r, 200));
        const file = `${out}/map-${lang}-${width}-${theme}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
    }
  }
  // English extras: the table open on a 280 px phone, and the page as printed (dark theme asked).
  await page.setViewport({ width: 280, height: 1300 });
  await page.goto(`${origin}/demo/${pageName}?lang=en&theme=light`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => [...document.querySelectorAll('paris-call-map')].every((m) => m.status !== 'loading'));
  await page.evaluate(() => document.querySelector('paris-call-map').shadowRoot.querySelector('[part="toggle"]').click());
  await new Promise((r) => setTimeout(r, 200));
  await page.screenshot({ path: `${out}/map-en-280-table.png` });
  console.log(`${out}/map-en-280-table.png`);
  await page.setViewport({ width: 800, height: 900 });
  await page.goto(`${origin}/demo/${pageName}?lang=en&theme=dark`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => [...document.querySelectorAll('paris-call-map')].every((m) => m.status !== 'loading'));
  await page.emulateMediaType('print');
  await page.screenshot({ path: `${out}/map-en-print-dark.png`, fullPage: true });
  console.log(`${out}/map-en-print-dark.png`);
  await page.emulateMediaType(null);
});
