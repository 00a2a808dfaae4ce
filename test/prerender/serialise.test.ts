import { expect, waitUntil } from '@open-wc/testing';
import { cspHash, prerender, widgetCss } from '../../src/snippet/prerender.js';
import { makeSnippet } from './helpers.js';

const HOSTILE = '</template><script>alert(1)</script><img src=x onerror=alert(2)>&amp;"\'';

/** A stand-in widget whose shadow root holds hostile text and attributes. */
class FakeWidget extends HTMLElement {
  static elementStyles = [{ cssText: ':host { display: block; }' }];
  status = 'ready';
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.append(document.createComment('?lit$1234$'));
    const base = document.createElement('section');
    base.setAttribute('part', 'base');
    base.setAttribute('lang', 'en');
    base.setAttribute('title', HOSTILE);
    base.setAttribute('style', 'color: red');
    base.setAttribute('onclick', 'alert(3)');
    const p = document.createElement('p');
    p.textContent = HOSTILE;
    const bad = document.createElement('a');
    bad.setAttribute('href', 'javascript:alert(4)');
    bad.textContent = 'bad link';
    const good = document.createElement('a');
    good.setAttribute('href', 'https://pariscall.international/en/?a=1&b="2"');
    good.textContent = 'good link';
    const slot = document.createElement('slot');
    const style = document.createElement('style');
    style.textContent = 'p { color: red }';
    base.append(p, bad, good, slot, style, document.createComment('lit marker'));
    root.append(base);
  }
}
customElements.define('paris-call-fake-test', FakeWidget);

/**
 * Parses HTML with declarative shadow DOM into an inert document: no script
 * runs, and no custom element upgrades (which would claim the shadow root).
 */
function parse(markup: string): HTMLElement {
  const body = document.implementation.createHTMLDocument('').body;
  (body as HTMLElement & { setHTMLUnsafe(h: string): void }).setHTMLUnsafe(markup);
  return body;
}

describe('prerender(): serialising a ready widget', () => {
  it('escapes every text and attribute: data never becomes markup', async () => {
    const el = document.createElement('paris-call-fake-test');
    el.setAttribute('status', 'ready');
    el.setAttribute('style', 'margin: 1px');
    el.setAttribute('data-note', HOSTILE);
    const out = prerender(el as unknown as FakeWidget);
    expect(out).not.to.contain('<script');
    expect(out).not.to.contain('<img');
    expect(out).not.to.contain('<!--');
    expect(out).not.to.contain('<slot');
    expect(out).not.to.contain('onclick');
    expect(out).not.to.contain('style="');
    expect(out).not.to.contain('javascript:');
    expect(out).not.to.contain(' status=');
    const box = parse(out);
    const host = box.firstElementChild!;
    expect(box.children.length).to.equal(1);
    expect(box.querySelectorAll('script, img, template').length, box.innerHTML).to.equal(0);
    expect(host.getAttribute('data-note')).to.equal(HOSTILE);
    const root = host.shadowRoot!;
    expect(root.querySelectorAll('script, img, slot').length).to.equal(0);
    expect(root.querySelector('p')!.textContent).to.equal(HOSTILE);
    expect(root.querySelector('section')!.getAttribute('title')).to.equal(HOSTILE);
    expect(root.querySelectorAll('style').length).to.equal(1);
    expect(root.querySelector('style')!.textContent).to.equal(':host{display: block}');
    const links = [...root.querySelectorAll('a')];
    expect(links[0].hasAttribute('href')).to.equal(false);
    expect(links[1].getAttribute('href')).to.equal('https://pariscall.international/en/?a=1&b="2"');
    // The plain fallback: semantic elements, text escaped, no attributes but meaningful ones.
    expect(host.querySelector('p')!.textContent).to.equal(HOSTILE);
    expect(host.querySelector('p')!.attributes.length).to.equal(0);
  });

  it('refuses a widget that is not ready', () => {
    const el = document.createElement('paris-call-fake-test') as unknown as FakeWidget;
    el.status = 'loading';
    expect(() => prerender(el)).to.throw(/not ready/);
  });

  it('a counter snippet: declarative shadow root, Lit markers stripped, language pinned, plain fallback', async () => {
    const out = await makeSnippet('paris-call-counter', { category: 'state', lang: 'ar' });
    expect(out.startsWith('<paris-call-counter category="state" lang="ar" no-animation'), out.slice(0, 200)).to.equal(true);
    expect(out).to.match(/^<paris-call-counter [^>]*><template shadowrootmode="open"><style>:host\{/);
    expect(out).not.to.match(/<!--|\$lit|lit\$/);
    const host = parse(out).firstElementChild!;
    const root = host.shadowRoot!;
    expect(root.querySelector('[part="number"]')!.textContent!.trim()).to.equal(
      new Intl.NumberFormat('ar', { numberingSystem: 'latn' }).format(81),
    );
    expect(root.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    // Fallback for browsers without declarative shadow DOM: the same facts, plain.
    expect(host.querySelector('p')).to.exist;
    expect(host.textContent).to.contain(new Intl.NumberFormat('ar', { numberingSystem: 'latn' }).format(81));
    expect(host.querySelector('[class], [part]')).to.equal(null);
    expect(host.querySelector('a')!.getAttribute('href')).to.equal('https://pariscall.international/en/supporters');

    // Inherited language is pinned on the host.
    const box = document.createElement('div');
    box.lang = 'ja';
    document.body.append(box);
    const el = document.createElement('paris-call-principle');
    el.setAttribute('no-animation', '');
    box.append(el);
    await new Promise<void>((r) => el.addEventListener('paris-call-load', () => r(), { once: true }));
    await el.updateComplete;
    expect(prerender(el)).to.match(/^<paris-call-principle [^>]*lang="ja"/);
    box.remove();
  });

  it('serialised mid count-up: the final figure, as plain text, and neither animation stand-in', async () => {
    const real = window.matchMedia;
    window.matchMedia = ((q: string) =>
      q.includes('prefers-reduced-motion')
        ? ({ matches: false, media: q } as MediaQueryList)
        : real.call(window, q)) as typeof window.matchMedia;
    const el = document.createElement('paris-call-counter') as HTMLElement & { status: string };
    el.lang = 'en';
    // Below the fold when its data arrives, so it counts up once scrolled to.
    const spacer = Object.assign(document.createElement('div'), { style: 'height: 300vh' });
    document.body.prepend(spacer, el);
    try {
      await waitUntil(() => el.status === 'ready', 'not ready', { timeout: 10000 });
      el.scrollIntoView();
      await waitUntil(() => el.shadowRoot?.querySelector('[part="number"] [aria-hidden="true"]'), 'no count-up', { timeout: 10000 });
      const number = parse(prerender(el)).firstElementChild!.shadowRoot!.querySelector('[part="number"]')!;
      expect(number.innerHTML).to.equal('1,222');
    } finally {
      window.matchMedia = real;
      el.remove();
      spacer.remove();
      window.scrollTo(0, 0);
    }
  });

  it('styles: inline <style>, <link> to dist/css, or none', async () => {
    const inline = await makeSnippet('paris-call-counter', { lang: 'en' });
    const link = await makeSnippet('paris-call-counter', { lang: 'en' }, { styles: 'link', href: '/dist/css/paris-call-counter.css' });
    const none = await makeSnippet('paris-call-counter', { lang: 'en' }, { styles: 'none' });
    expect(link).to.contain('<template shadowrootmode="open"><link rel="stylesheet" href="/dist/css/paris-call-counter.css"><section');
    expect(none).to.contain('<template shadowrootmode="open"><section');
    expect(inline.length).to.be.above(link.length);
  });
});

describe('the CSP hash of the inline style', () => {
  const TAGS = ['paris-call-counter', 'paris-call-principle'];
  for (const tag of TAGS) {
    it(`<${tag}>: the inline <style> is dist/css/${tag}.css byte for byte, with the hash in hashes.json and docs/prerendering.md`, async () => {
      const hashes = await (await fetch('/dist/css/hashes.json')).json();
      const built = await (await fetch(`/dist/css/${tag}.css`)).text();
      const readme = await (await fetch('/docs/prerendering.md')).text();
      const el = document.createElement(tag);
      const css = widgetCss(el);
      expect(css).to.equal(built);
      const snippet = await makeSnippet(tag, { lang: 'en' });
      const styleText = parse(snippet).firstElementChild!.shadowRoot!.querySelector('style')!.textContent!;
      expect(styleText).to.equal(built);
      const hash = await cspHash(styleText);
      expect(hash).to.equal(hashes[tag].sha256);
      expect(hashes[tag].bytes).to.equal(new TextEncoder().encode(built).length);
      expect(readme.includes(`| \`<${tag}>\` | \`${hash}\``), `docs/prerendering.md lists ${hash} for <${tag}>`).to.equal(true);
    });
  }
});
