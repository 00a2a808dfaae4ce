import { expect, waitUntil } from '@open-wc/testing';
import { makeSnippet, openSnippet } from '../prerender/helpers.js';

// Pre-rendered snippets (a counter and a principle card) on host pages with
// the strict policies: the inline-<style> snippet with the README's hashes
// added to style-src, the <link> snippet under the plain strict policy.
const VARIANTS = [
  { policy: 'strict-hash', styles: 'inline' },
  { policy: 'trusted-types-hash', styles: 'inline' },
  { policy: 'strict', styles: 'link' },
] as const;

async function snippets(styles: 'inline' | 'link') {
  const opts = (tag: string) => ({ styles, href: `/dist/css/${tag}.css` });
  return (
    (await makeSnippet(
      'paris-call-counter',
      { category: 'state', lang: 'ar', 'data-probe': '', src: '/dist/data/summary.json' },
      opts('paris-call-counter'),
    )) +
    (await makeSnippet('paris-call-principle', { number: '4', lang: 'ja', src: '/dist/data/summary.json' }, opts('paris-call-principle')))
  );
}

describe('pre-rendered snippets on strict Content-Security-Policy hosts', () => {
  for (const { policy, styles } of VARIANTS) {
    it(`${styles} styles under "${policy}": styled before the script, taken over, 0 violations`, async () => {
      // The shipped bundles, as a host loads them (a parser-inserted module
      // script: a Trusted Types page refuses a script URL set from JS), 600 ms
      // late so the frames before the upgrade are many.
      const v = Date.now();
      const modules = [`/__slow/600/dist/components/counter.js?v=${v}`, `/__slow/600/dist/components/principle.js?v=${v}`];
      const page = await openSnippet(await snippets(styles), policy, modules);
      try {
        const { win, doc } = page;
        const widgets = [...doc.querySelectorAll<HTMLElement>('paris-call-counter, paris-call-principle')];
        expect(widgets.length).to.equal(2);
        await waitUntil(() => widgets.every((w) => w.getAttribute('status') === 'ready'), 'not ready', { timeout: 15000 });
        await waitUntil(() => win.__frames.at(-1) === 'styled+', 'no frame rendered after the upgrade', { timeout: 5000 });
        // Styled before the script ran (many frames), and still after the take-over.
        const frames = win.__frames.join(' ');
        expect(win.__frames.filter((f) => f === 'styled').length, frames).to.be.above(5);
        // Inline styles: every frame styled. A <link> in a shadow root does
        // not block rendering in WebKit and Firefox: a first load can show
        // unstyled frames (measure.test.ts counts them), so not asserted here.
        if (styles === 'inline')
          expect(
            win.__frames.filter((f) => !f.startsWith('styled') && f !== 'absent'),
            frames,
          ).to.deep.equal([]);
        for (const w of widgets) {
          expect(w.shadowRoot!.querySelectorAll('[part~="base"]').length).to.equal(1);
          expect(w.shadowRoot!.querySelectorAll('style, link').length).to.equal(0);
          expect(win.getComputedStyle(w.shadowRoot!.querySelector('[part~="base"]')!).borderTopWidth).to.equal('1px');
        }
        expect(win.__violations).to.deep.equal([]);
        expect(win.__errors).to.deep.equal([]);
      } finally {
        page.close();
      }
    });
  }

  it('without its hash, the inline <style> is blocked by the strict policy (the hash is what allows it)', async () => {
    const page = await openSnippet(await snippets('inline'), 'strict');
    try {
      await waitUntil(() => page.win.__violations.length > 0, 'no violation reported', { timeout: 5000 });
      expect(page.win.__violations.join('\n')).to.match(/style-src/);
      const base = page.host.shadowRoot!.querySelector('[part~="base"]')!;
      expect(page.win.getComputedStyle(base).borderTopWidth).not.to.equal('1px');
    } finally {
      page.close();
    }
  });
});
