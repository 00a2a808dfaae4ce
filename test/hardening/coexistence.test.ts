// Coexistence with the host and with itself. (The bundle
// loaded twice is in test/core/define.test.ts.)
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/paris-call-widgets.js';
import { clearDataCache, loaderConfig } from '../../src/data/loader.js';
import { settled, shadowText } from '../helpers/helpers.js';

type Widget = HTMLElement & { status: string; updateComplete: Promise<unknown> };
type Json = Record<string, any>;

describe('coexistence', () => {
  it('a host that defined <paris-call-counter> first: the bundle does not throw, names the conflict, the other six work', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/hardening/coexist.html';
    frame.style.cssText = 'width: 900px; height: 1500px';
    document.body.append(frame);
    try {
      await new Promise((r) => frame.addEventListener('load', r, { once: true }));
      const win = frame.contentWindow as Window & { __console: string[]; __errors: string[]; __bundle?: unknown; __HostCounter: unknown };
      const doc = frame.contentDocument!;
      await waitUntil(() => win.__bundle || win.__errors.length, 'bundle did not load', { timeout: 10000 });
      const ours = [...doc.body.children].filter(
        (e) => e.localName.startsWith('paris-call-') && e.localName !== 'paris-call-counter',
      ) as Widget[];
      await waitUntil(() => ours.every((e) => e.getAttribute('status') === 'ready'), 'widgets did not become ready', {
        timeout: 15000,
      }).catch((e) => {
        throw new Error(
          `${e.message}: ${ours.map((w) => `${w.localName}=${w.getAttribute('status')}`).join(', ')}; errors: ${win.__errors.join(' / ')}; console: ${win.__console.join(' / ').slice(0, 600)}`,
        );
      });
      expect(win.__errors).to.deep.equal([]);
      // The host's element is untouched.
      expect(win.customElements.get('paris-call-counter')).to.equal(win.__HostCounter);
      const host = doc.querySelector('paris-call-counter')!;
      expect(host.textContent).to.equal('host counter');
      expect(host.shadowRoot).to.equal(null);
      // Exactly one note, naming the element.
      const notes = win.__console.filter((m) => m.includes('paris-call-counter'));
      expect(notes).to.have.length(1);
      expect(notes[0]).to.match(/^warn: \[paris-call-widgets\] <paris-call-counter> is already defined by the page/);
      expect(ours.map((e) => e.localName)).to.deep.equal([
        'paris-call-principle',
        'paris-call-principles',
        'paris-call-timeline',
        'paris-call-badge',
        'paris-call-supporters',
        'paris-call-map',
      ]);
      console.log(
        `coexistence: host-defined <paris-call-counter> kept; bundle loaded with 0 errors; note: "${notes[0]}"; ${ours.length} other widgets ready`,
      );
    } finally {
      frame.remove();
    }
  });

  describe('two datasets on one page', () => {
    const realFetch = loaderConfig.fetch;
    let summary: Json;
    let texts: Json;
    let register: Json;
    before(async () => {
      summary = await (await fetch('/dist/data/summary.json')).json();
      texts = await (await fetch('/dist/data/texts.json')).json();
      register = await (await fetch('/dist/data/register.json')).json();
    });
    after(() => {
      loaderConfig.fetch = realFetch;
      clearDataCache();
    });

    it('widgets with different `src` each show their own figures, texts and register', async () => {
      // A second dataset under /other/: another total, another principle 1, one more supporter.
      const other = {
        'summary.json': { ...summary, counts: { ...summary.counts, total: 4321 } },
        'texts.json': {
          ...texts,
          principles: texts.principles.map((p: Json) => (p.number === 1 ? { ...p, short: { ...p.short, en: 'Stub principle one' } } : p)),
        },
        'register.json': {
          ...register,
          supporters: [...register.supporters, { ...register.supporters[0], id: 'only-in-other-dataset', name: 'Only In Other' }],
        },
      } as Record<string, unknown>;
      const seen: string[] = [];
      clearDataCache();
      loaderConfig.fetch = (url, init) => {
        seen.push(new URL(url).pathname);
        const m = /\/other\/([a-z]+\.json)$/.exec(new URL(url).pathname);
        return m ? Promise.resolve(new Response(JSON.stringify(other[m[1]]))) : realFetch(url, init);
      };
      const box = await fixture<HTMLDivElement>(html`<div lang="en">
        <paris-call-counter id="a" src="/dist/data/summary.json" no-animation></paris-call-counter>
        <paris-call-counter id="b" src="/other/summary.json" no-animation></paris-call-counter>
        <paris-call-principle id="pa" src="/dist/data/summary.json" number="1"></paris-call-principle>
        <paris-call-principle id="pb" src="/other/summary.json" number="1"></paris-call-principle>
        <paris-call-badge id="ba" src="/dist/data/summary.json" supporter="only-in-other-dataset"></paris-call-badge>
        <paris-call-badge id="bb" src="/other/summary.json" supporter="only-in-other-dataset"></paris-call-badge>
      </div>`);
      const els = [...box.children] as Widget[];
      await Promise.all(els.map((e) => settled(e)));
      const $ = (id: string) => box.querySelector<Widget>(`#${id}`)!;
      const number = (id: string) => $(id).shadowRoot!.querySelector('[part="number"]')!.textContent!.trim();
      expect(number('a')).to.equal(summary.counts.total.toLocaleString('en'));
      expect(number('b')).to.equal('4,321');
      expect(shadowText($('pa'))).to.contain(texts.principles[0].short.en);
      expect(shadowText($('pb'))).to.contain('Stub principle one');
      expect($('ba').status).to.equal('not-found');
      expect($('bb').status).to.equal('ready');
      expect(shadowText($('bb'))).to.contain('Only In Other');
      // Each file once per dataset, each from its own folder.
      expect(seen.filter((p) => p.startsWith('/other/')).sort()).to.deep.equal([
        '/other/register.json',
        '/other/summary.json',
        '/other/texts.json',
      ]);
      expect(seen.filter((p) => p.startsWith('/dist/data/')).sort()).to.deep.equal([
        '/dist/data/register.json',
        '/dist/data/summary.json',
        '/dist/data/texts.json',
      ]);
      console.log(
        `two datasets: counters show ${number('a')} and ${number('b')}; principle 1 and badge each read their own folder; ${seen.length} requests`,
      );
    });

    it('changing `src` switches dataset without a stale figure', async () => {
      const el = await fixture<Widget>(
        html`<paris-call-counter lang="en" src="/dist/data/summary.json" no-animation></paris-call-counter>`,
      );
      await settled(el);
      const before = el.shadowRoot!.querySelector('[part="number"]')!.textContent!.trim();
      el.setAttribute('src', '/other/summary.json');
      await waitUntil(() => el.shadowRoot!.querySelector('[part="number"]')?.textContent!.trim() === '4,321', 'did not switch', {
        timeout: 5000,
      });
      expect(before).to.not.equal('4,321');
    });
  });
});
