// The iframe embed (dist/embed.html + dist/embed-resize.js) on a host page of
// another origin: the test page is the host (localhost), the embed comes
// from a second server (127.0.0.1, another port; test/server/other-origin.js).
// A copy of the same embed served from the host's own origin is the
// reference whose content the test can read: the cross-origin frame must
// take exactly its height.
import { expect, waitUntil } from '@open-wc/testing';

let origin = '';
before(async () => {
  origin = ((await fetch('/test/embed/origin.json').then((r) => r.json())) as { origin: string }).origin;
  // The host's resize script, as a host pastes it (a classic script).
  await new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = '/dist/embed-resize.js';
    s.onload = resolve;
    s.onerror = reject;
    document.head.append(s);
  });
});

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

function frame(src: string, width: number, embed = true): HTMLIFrameElement {
  const f = document.createElement('iframe');
  if (embed) f.dataset.parisCall = '';
  f.title = 'Paris Call widget';
  f.src = src;
  f.style.cssText = `width:${width}px;height:150px;border:0;display:block`;
  document.body.append(f);
  frames.push(f);
  return f;
}

const px = (f: HTMLIFrameElement) => f.getBoundingClientRect().height;

/** A same-origin embed, once its widget is ready and the frame has the body's height. */
async function reference(query: string, width: number) {
  const f = frame(`/dist/embed.html?${query}`, width);
  await new Promise((r) => f.addEventListener('load', r, { once: true }));
  const doc = () => f.contentDocument!;
  await waitUntil(() => doc().querySelector('main > *')?.getAttribute('status') === 'ready', `${query}: widget not ready`, {
    timeout: 15000,
  });
  const body = () => Math.ceil(doc().body.getBoundingClientRect().height);
  await waitUntil(() => body() > 50 && Math.abs(px(f) - body()) < 1, `${query} at ${width}px: frame ${px(f)} px, content ${body()} px`, {
    timeout: 10000,
  });
  return { frame: f, doc: doc(), height: body() };
}

/** Nothing hidden and no scroll bar: the content fits the frame both ways. */
function expectFits(doc: Document) {
  const html = doc.documentElement;
  expect(html.scrollHeight, 'content taller than the frame').to.be.at.most(html.clientHeight);
  expect(html.scrollWidth, 'content wider than the frame').to.be.at.most(html.clientWidth);
  const win = doc.defaultView!;
  expect(win.innerWidth - html.clientWidth, 'a vertical scroll bar').to.equal(0);
  expect(win.innerHeight - html.clientHeight, 'a horizontal scroll bar').to.equal(0);
}

async function settledTo(f: HTMLIFrameElement, height: number, what: string) {
  await waitUntil(() => Math.abs(px(f) - height) < 1, `${what}: the frame did not take the content's ${height} px`, { timeout: 15000 });
}

describe('iframe embed on a host page of another origin', () => {
  it('takes its content’s height at 1000 px and 320 px, and in Arabic', async () => {
    const wide = await reference('widget=counter', 1000);
    const f = frame(`${origin}/dist/embed.html?widget=counter`, 1000);
    await settledTo(f, wide.height, 'counter at 1000 px');
    expectFits(wide.doc);

    const narrow = await reference('widget=counter', 320);
    expect(narrow.height, 'the counter wraps taller at 320 px').to.be.greaterThan(wide.height);
    f.style.width = '320px';
    await settledTo(f, narrow.height, 'counter at 320 px');
    expectFits(narrow.doc);

    const arabic = await reference('widget=counter&lang=ar', 320);
    expect(arabic.doc.documentElement.dir).to.equal('rtl');
    f.src = `${origin}/dist/embed.html?widget=counter&lang=ar`;
    await settledTo(f, arabic.height, 'Arabic counter at 320 px');
    expectFits(arabic.doc);
  });

  it('ignores a resize message from another frame and from the host itself', async () => {
    const ref = await reference('widget=principle&number=3', 600);
    const f = frame(`${origin}/dist/embed.html?widget=principle&number=3`, 600);
    await settledTo(f, ref.height, 'principle 3');
    const arrived = new Promise((r) =>
      addEventListener('message', function on(e) {
        if (e.data?.type === 'rogue-sent') r(removeEventListener('message', on));
      }),
    );
    // Marked as an embed too: even so it may only resize itself, never another frame.
    const rogue = frame(`${origin}/test/embed/rogue.html`, 600);
    postMessage({ type: 'paris-call:resize', height: 9 }, '*');
    await arrived;
    await new Promise((r) => setTimeout(r, 200));
    expect(px(f)).to.equal(ref.height);
    expect(px(ref.frame)).to.equal(ref.height);
    // The rogue frame told the truth about itself only.
    expect(px(rogue)).to.equal(7);
  });

  it('has 0 axe violations, a transparent page, and links that leave the frame', async () => {
    for (const query of ['widget=counter&lang=ar', 'widget=supporters&lang=ja', 'widget=map']) {
      const { frame: f, doc } = await reference(query, 600);
      const win = f.contentWindow as Window & {
        axe?: { run: (c: Document, o: object) => Promise<{ violations: { id: string }[] }> };
      };
      expect(win.getComputedStyle(doc.documentElement).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(win.getComputedStyle(doc.body).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      await new Promise((resolve, reject) => {
        const s = doc.createElement('script');
        s.src = '/node_modules/axe-core/axe.min.js';
        s.onload = resolve;
        s.onerror = reject;
        doc.head.append(s);
      });
      // The whole page, every rule but one: an embed is a part of its host's page, whose <h1> is the host's.
      const { violations } = await win.axe!.run(doc, { rules: { 'page-has-heading-one': { enabled: false } } });
      expect(
        violations.map((v) => v.id),
        query,
      ).to.deep.equal([]);
      // Every link opens outside the frame: its own target, or the page's <base target>.
      const base = doc.querySelector('base')?.target;
      const widget = doc.querySelector('main > *')!;
      const links = [...widget.shadowRoot!.querySelectorAll('a[href]'), ...widget.querySelectorAll('a[href]')] as HTMLAnchorElement[];
      for (const a of links) expect(a.target || base, a.href).to.be.oneOf(['_blank', '_top']);
      f.remove();
    }
  });

  it('shows a visible error, in the page’s language, for a parameter it cannot show', async () => {
    for (const [query, lang, text] of [
      ['widget=counter&category=bogus&lang=fr', 'fr', '«\u00a0bogus\u00a0»'],
      ['widget=counter&colour=red', 'en', '“red”'],
      ['widget=nothing&lang=ja', 'ja', '「nothing」'],
    ]) {
      const f = frame(`/dist/embed.html?${query}`, 400);
      await new Promise((r) => f.addEventListener('load', r, { once: true }));
      const doc = f.contentDocument!;
      await waitUntil(() => doc.querySelector('.error'), `${query}: no error shown`);
      const error = doc.querySelector<HTMLElement>('.error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.include(text);
      expect(doc.documentElement.lang).to.equal(lang);
      expect(doc.querySelector('[status]'), 'no widget beside the error').to.equal(null);
      // Seen: the frame grows to the error's height.
      await settledTo(f, Math.ceil(doc.body.getBoundingClientRect().height), query);
      expect(error.getBoundingClientRect().height).to.be.greaterThan(20);
    }
  });

  it('posts the height in the shape AMP’s <amp-iframe resizable> expects', async () => {
    const messages: unknown[] = [];
    const on = (e: MessageEvent) => e.data?.sentinel === 'amp' && messages.push(e.data);
    addEventListener('message', on);
    try {
      const ref = await reference('widget=timeline&lang=ja', 700);
      await waitUntil(() => messages.length > 0);
      expect(messages.at(-1)).to.deep.equal({ sentinel: 'amp', type: 'embed-size', height: ref.height });
    } finally {
      removeEventListener('message', on);
    }
  });
});
