import { expect } from '@open-wc/testing';
import { faultUrl } from '../helpers/helpers.js';
import { makeSnippet, nextFrame, openSnippet, waitStatus, type Win } from './helpers.js';

// Each case: a widget pre-rendered in this page, then opened in a host page
// that has not loaded any widget script yet.
const CASES = [
  { tag: 'paris-call-counter', attrs: { category: 'state', lang: 'ar' }, define: '/src/components/counter/define.ts', part: 'number' },
  { tag: 'paris-call-principle', attrs: { number: '4', lang: 'fr' }, define: '/src/components/principle/define.ts', part: 'text' },
] as const;

/** Visible copies of `part` in the shadow root, with the expected text and the widget's styles applied. */
function visibleCopies(win: Win, host: HTMLElement, part: string, text: string): Element[] {
  return [...host.shadowRoot!.querySelectorAll(`[part~="${part}"]`)].filter((n) => {
    const r = n.getBoundingClientRect();
    const base = n.closest('[part~="base"]');
    return (
      r.height > 0 &&
      r.width > 0 &&
      win.getComputedStyle(n).visibility === 'visible' &&
      n.textContent!.replace(/\s+/g, ' ').trim() === text &&
      !!base &&
      win.getComputedStyle(base).borderTopWidth === '1px'
    );
  });
}

const rectOf = (e: Element) => {
  const r = e.getBoundingClientRect();
  return `${r.x},${r.y},${r.width},${r.height}`;
};

describe('pre-rendered snippets: take-over', () => {
  for (const c of CASES) {
    describe(`<${c.tag}>`, () => {
      it('shows the styled card before any widget script runs, and keeps it with scripts blocked', async () => {
        const snippet = await makeSnippet(c.tag, { ...c.attrs, 'data-probe': '' });
        for (const policy of ['none', 'blocked']) {
          const page = await openSnippet(snippet, policy);
          try {
            expect(page.win.customElements.get(c.tag) === undefined, 'not defined yet').to.equal(true);
            const root = page.host.shadowRoot;
            expect(root !== null, 'declarative shadow root').to.equal(true);
            const base = root!.querySelector('[part~="base"]')!;
            const style = page.win.getComputedStyle(base);
            expect(style.borderTopWidth).to.equal('1px');
            expect(style.borderTopStyle).to.equal('solid');
            expect(style.paddingTop).to.equal('16px');
            expect(page.host.getBoundingClientRect().height).to.be.above(60);
            expect(base.getAttribute('lang')).to.equal(c.attrs.lang);
            if (c.tag === 'paris-call-counter') {
              const n = root!.querySelector('[part="number"]')!;
              expect(page.win.getComputedStyle(n).fontWeight).to.equal('700');
              expect(page.win.getComputedStyle(n).color).to.equal('rgb(11, 92, 173)');
              expect(page.win.getComputedStyle(base).direction).to.equal('rtl');
            }
            if (policy === 'blocked') {
              await new Promise((r) => setTimeout(r, 300));
              expect(root!.querySelector('[part~="base"]') === base).to.equal(true);
              expect(page.win.getComputedStyle(base).borderTopWidth).to.equal('1px');
            }
          } finally {
            page.close();
          }
        }
      });

      it('takes over without a frame where neither copy shows, and without layout shift', async () => {
        // The live widget waits 500 ms for its data, so the take-over spans many
        // frames (a path of its own: texts.json is resolved beside it, uncached).
        // (Made from the shipped data, so this page's fetch does not warm the cache.)
        const { url } = faultUrl(`delay-500~${Date.now()}`);
        const snippet = await makeSnippet(c.tag, { ...c.attrs, 'data-probe': '' });
        const page = await openSnippet(snippet.replace(`<${c.tag}`, `<${c.tag} src="${url}"`));
        try {
          const { win, host } = page;
          const root = host.shadowRoot!;
          const pre = root.querySelector(`[part~="${c.part}"]`)!;
          const text = pre.textContent!.replace(/\s+/g, ' ').trim();
          const below = page.doc.getElementById('below')!;
          const hostRect = rectOf(host);
          const belowRect = rectOf(below);
          let shift = 0;
          const layoutShift = win.PerformanceObserver?.supportedEntryTypes?.includes('layout-shift');
          const observer = layoutShift
            ? new win.PerformanceObserver((list) => list.getEntries().forEach((e) => (shift += (e as unknown as { value: number }).value)))
            : null;
          observer?.observe({ type: 'layout-shift', buffered: false });

          page.upgrade(c.define);
          const frames: string[] = [];
          let readyFrames = 0;
          const end = performance.now() + 10000;
          while (readyFrames < 10 && performance.now() < end) {
            await nextFrame(win);
            const copies = visibleCopies(win, host, c.part, text);
            const what = copies.length !== 1 ? `${copies.length} copies` : copies[0] === pre ? 'pre' : 'live';
            frames.push(what);
            // Same box, same place, every frame.
            expect(rectOf(host), `host box in frame ${frames.length}`).to.equal(hostRect);
            expect(rectOf(below), `text below in frame ${frames.length}`).to.equal(belowRect);
            if (host.getAttribute('status') === 'ready') readyFrames++;
          }
          observer?.disconnect();
          const summary = frames.join(' ');
          expect(
            frames.filter((f) => f !== 'pre' && f !== 'live'),
            summary,
          ).to.deep.equal([]);
          // Both states were sampled: the pre-rendered copy while the data loaded, then the live render.
          expect(frames.filter((f) => f === 'pre').length, summary).to.be.above(5);
          expect(frames.at(-1)).to.equal('live');
          expect(frames.indexOf('live')).to.be.above(frames.lastIndexOf('pre'));
          expect(host.getAttribute('status')).to.equal('ready');
          expect(pre.isConnected).to.equal(false);
          // Nothing left of the copy: one card, no pre-rendered <style>.
          expect(root.querySelectorAll('[part~="base"]').length).to.equal(1);
          expect(root.querySelector('style, link') === null, 'pre-rendered style left').to.equal(true);
          if (layoutShift) expect(shift, 'cumulative layout shift').to.equal(0);
        } finally {
          page.close();
        }
      });
    });
  }

  it('a counter that was pre-rendered does not count up from zero', async () => {
    // No light-DOM fallback (which alone would stop the count-up), and without
    // no-animation: the live widget would animate if it were an empty tag.
    const snippet = await makeSnippet('paris-call-counter', { lang: 'en', 'data-probe': '' }, { fallback: false });
    const page = await openSnippet(snippet.replace(' no-animation', ''));
    try {
      page.upgrade('/src/components/counter/define.ts');
      const seen = new Set<string>();
      const end = performance.now() + 1500;
      while (performance.now() < end) {
        await nextFrame(page.win);
        seen.add(page.host.shadowRoot!.querySelector('[part="number"]')!.textContent!.trim());
      }
      expect([...seen]).to.deep.equal(['1,222']);
    } finally {
      page.close();
    }
  });

  it('keeps the pre-rendered copy when the data cannot be loaded (status error, no error box)', async () => {
    const snippet = await makeSnippet('paris-call-counter', { lang: 'en', 'data-probe': '' });
    const page = await openSnippet(snippet.replace('<paris-call-counter', `<paris-call-counter src="${faultUrl('404').url}"`));
    try {
      const pre = page.host.shadowRoot!.querySelector('[part="number"]')!;
      page.upgrade('/src/components/counter/define.ts');
      await waitStatus(page.host, 'error');
      expect(pre.isConnected).to.equal(true);
      expect(page.host.shadowRoot!.querySelector('[role="alert"]') === null, 'error box').to.equal(true);
      expect(page.host.shadowRoot!.querySelectorAll('[part~="base"]').length).to.equal(1);
    } finally {
      page.close();
    }
  });
});

describe('plain light-DOM fallback (no declarative shadow root)', () => {
  it('shows before the upgrade, stays when the script is blocked, and is replaced by the live widget', async () => {
    const snippet = await makeSnippet('paris-call-counter', { lang: 'en', 'data-probe': '' });
    // What a browser without declarative shadow DOM sees: the fallback alone.
    const plain = snippet.replace(/<template shadowrootmode="open">[\s\S]*<\/template>/, '');
    expect(plain).to.contain('<p>');
    for (const policy of ['blocked', 'none']) {
      const page = await openSnippet(plain, policy);
      try {
        const { host, win } = page;
        expect(host.shadowRoot === null).to.equal(true);
        const p = host.querySelector('p')!;
        expect(p.getBoundingClientRect().height).to.be.above(0);
        expect(host.textContent).to.contain('1,222');
        expect(host.textContent).to.contain('Official list of supporters');
        if (policy === 'blocked') {
          await new Promise((r) => setTimeout(r, 300));
          expect(host.shadowRoot === null).to.equal(true);
          expect(p.getBoundingClientRect().height).to.be.above(0);
        } else {
          page.upgrade('/src/components/counter/define.ts');
          await waitStatus(host, 'ready');
          expect(win.getComputedStyle(host.shadowRoot!.querySelector('[part="number"]')!).fontWeight).to.equal('700');
          expect(host.shadowRoot!.querySelector('slot') === null).to.equal(true);
        }
      } finally {
        page.close();
      }
    }
  });

  it('is replaced by the live widget with no frame that shows neither (every frame sampled, data 500 ms late)', async () => {
    const { url } = faultUrl(`delay-500~plain${Date.now()}`);
    const snippet = await makeSnippet('paris-call-counter', { lang: 'en', 'data-probe': '' });
    const plain = snippet
      .replace(/<template shadowrootmode="open">[\s\S]*<\/template>/, '')
      .replace('<paris-call-counter', `<paris-call-counter src="${url}"`);
    const page = await openSnippet(plain);
    try {
      const { win, host } = page;
      page.upgrade('/src/components/counter/define.ts');
      const frames: string[] = [];
      let readyFrames = 0;
      const end = performance.now() + 10000;
      while (readyFrames < 10 && performance.now() < end) {
        await nextFrame(win);
        // Light-DOM children have boxes only while a slot shows them.
        const fallback = [...host.querySelectorAll('p')].some((p) => p.textContent!.includes('1,222') && p.getClientRects().length > 0);
        const number = host.shadowRoot?.querySelector('[part="number"]');
        const live =
          host.getAttribute('status') === 'ready' &&
          !!number &&
          number.getClientRects().length > 0 &&
          number.textContent!.includes('1,222');
        frames.push(fallback && live ? 'both' : fallback ? 'fallback' : live ? 'live' : 'neither');
        if (host.getAttribute('status') === 'ready') readyFrames++;
      }
      const summary = frames.join(' ');
      expect(
        frames.filter((f) => f !== 'fallback' && f !== 'live'),
        summary,
      ).to.deep.equal([]);
      expect(frames.filter((f) => f === 'fallback').length, summary).to.be.above(5);
      expect(frames.at(-1)).to.equal('live');
    } finally {
      page.close();
    }
  });
});
