// Screenshots of a demo page for review:
//   node scripts/demo/screenshot.js [outDir] [page=index.html] [extra query, e.g. sort=date]
// Opens demo/<page> at phone and desktop widths in English, Arabic and
// Japanese (light, and dark at desktop width), with reduced motion, and
// writes <page>-<lang>-<width>-<theme>.png. The map has its own script
// (scripts/demo/shot-map.js: keyboard tooltip, table, print); scripts/demo/shot-frameworks.js
// shows the widgets on pages styled by CSS frameworks.
// Environment: SHOT_LANGS=en,ar (default en,ar,ja), SHOT_DARK_PHONE=1 (dark at
// phone width too), SHOT_FULL=1 (whole page, not the first screen),
// SHOT_WAIT=ms (settle time after load, default 400), SHOT_UNTIL=load (do not
// wait for the network to go idle: keeps the gallery's /slow/ loading states).
import { mkdirSync } from 'node:fs';
import { withDemoPage } from './demo-browser.js';

const out = process.argv[2] ?? 'screenshots';
const pageName = process.argv[3] ?? 'index.html';
const extra = process.argv[4] ?? '';
const name = pageName.replace(/\.html$/, '') + (extra ? `-${extra.replace(/[^a-z0-9]+/gi, '_')}` : '');
mkdirSync(out, { recursive: true });

await withDemoPage(Number(process.env.SHOT_PORT ?? 8123), async (page, origin) => {
  if (pageName === 'prerender.html') {
    // Its script is served 8 s late: one shot of the pre-rendered copies, one after the take-over.
    await page.setViewport({ width: 1200, height: 900 });
    // Not awaited: DOMContentLoaded itself waits for the (late) module script.
    const loaded = page.goto(`${origin}/demo/prerender.html`, { waitUntil: 'load', timeout: 30000 });
    await page.waitForSelector('paris-call-principle', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 800));
    await page.screenshot({ path: `${out}/prerender-before.png` });
    const live = () =>
      [...document.querySelectorAll('paris-call-counter, paris-call-principle')].every((e) => e.getAttribute('status') === 'ready');
    if (await page.evaluate(live)) throw new Error('the widgets were live before their script was due');
    await loaded;
    await page.waitForFunction(live, { timeout: 30000 });
    await new Promise((r) => setTimeout(r, 400));
    await page.screenshot({ path: `${out}/prerender-after.png` });
    console.log(`${out}/prerender-before.png\n${out}/prerender-after.png`);
    return;
  }
  const langs = (process.env.SHOT_LANGS ?? 'en,ar,ja').split(',');
  for (const lang of langs) {
    for (const [width, height] of [
      [360, 1400],
      [1200, 1100],
    ]) {
      for (const theme of ['light', 'dark']) {
        if (theme === 'dark' && width === 360 && !process.env.SHOT_DARK_PHONE) continue;
        await page.setViewport({ width, height });
        await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
        await page.goto(`${origin}/demo/${pageName}?lang=${lang}&theme=${theme}${extra ? `&${extra}` : ''}`, {
          waitUntil: process.env.SHOT_UNTIL ?? 'networkidle0',
        });
        await new Promise((r) => setTimeout(r, Number(process.env.SHOT_WAIT ?? 400)));
        const file = `${out}/${name}-${lang}-${width}-${theme}.png`;
        await page.screenshot({ path: file, fullPage: !!process.env.SHOT_FULL });
        console.log(file);
      }
    }
  }
});
