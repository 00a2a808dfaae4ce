// Screenshots of every widget in the mock article (demo/article.html), for review:
//   node scripts/demo/shot-article.js [outDir] [widget,widget…]
// Each widget as it sits in the column, at a 360 px phone and a 1200 px
// desktop window, light and dark, in English, Arabic and Japanese, with
// reduced motion; plus the whole page once per language and width:
// article-<lang>-<width>-<theme>-<widget>.png (widget: a tag without
// "paris-call-", numbered when the page has several).
// Environment: SHOT_LANGS=en,ar (default en,ar,ja), SHOT_THEMES=light (default light,dark),
// SHOT_WIDTHS=360 (default 360,1200).
import { mkdirSync } from 'node:fs';
import { withDemoPage } from './demo-browser.js';

const out = process.argv[2] ?? 'screenshots';
const only = process.argv[3]?.split(',');
mkdirSync(out, { recursive: true });
const list = (name, fallback) => (process.env[name] ?? fallback).split(',');

await withDemoPage(Number(process.env.SHOT_PORT ?? 8124), async (page, origin) => {
  for (const lang of list('SHOT_LANGS', 'en,ar,ja')) {
    for (const width of list('SHOT_WIDTHS', '360,1200').map(Number)) {
      for (const theme of list('SHOT_THEMES', 'light,dark')) {
        await page.setViewport({ width, height: 900 });
        await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
        await page.goto(`${origin}/demo/article.html?lang=${lang}&theme=${theme}`, { waitUntil: 'networkidle0' });
        await page.waitForFunction(
          () => [...document.querySelectorAll('article [status]')].every((e) => e.getAttribute('status') !== 'loading'),
          { timeout: 15000 },
        );
        await new Promise((r) => setTimeout(r, 400));
        const seen = {};
        for (const el of await page.$$('article figure > *, article p > [status]')) {
          const tag = (await el.evaluate((e) => e.localName)).replace('paris-call-', '');
          if (only && !only.includes(tag)) continue;
          seen[tag] = (seen[tag] ?? 0) + 1;
          const file = `${out}/article-${lang}-${width}-${theme}-${tag}${seen[tag] > 1 ? seen[tag] : ''}.png`;
          await el.screenshot({ path: file });
          console.log(file);
        }
        if (!only) {
          const file = `${out}/article-${lang}-${width}-${theme}.png`;
          await page.screenshot({ path: file, fullPage: true });
          console.log(file);
        }
      }
    }
  }
});
