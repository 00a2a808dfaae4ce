// The embed builder's three snippets (script tag, iframe with its resize
// script, AMP), the note beside them when the files are self-hosted, and its
// downloads (SVG, PNG, HTML table), as a person sees and uses them.
// Needs the build: `npm run build`.
import { expect, waitUntil } from '@open-wc/testing';
import '../../demo/builder.js';
import type { PcwBuilder } from '../../demo/builder.js';
import type { Summary } from '../../src/data/types.js';

const DIST = new URL('/dist/', location.href).href;
const text = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const visible = (el: Element | null) => !!el && el.getClientRects().length > 0;

let builder: PcwBuilder;
const frames: HTMLIFrameElement[] = [];

async function summary(): Promise<Summary> {
  return (await fetch('/dist/data/summary.json').then((r) => r.json())) as Summary;
}
async function sha384(url: string): Promise<string> {
  const bytes = await fetch(url, { cache: 'no-store' }).then((r) => r.arrayBuffer());
  return 'sha384-' + btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))));
}
const frDate = (iso: string) => new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** What a person reads of each snippet box: its heading, its text box, its copy button. */
function box(kind: string) {
  const root = builder.querySelector(`[data-kind="${kind}"]`)!;
  return {
    root,
    heading: text(root.querySelector('h3')!.textContent),
    value: root.querySelector('textarea')!.value,
    copy: root.querySelector<HTMLButtonElement>('button.copy')!,
    status: text(root.querySelector('[role="status"]')!.textContent),
  };
}

/** Types into a control and leaves it, as a person would. */
async function type(name: string, value: string) {
  const input = builder.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await builder.updating;
}

async function paste(html: string): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  f.width = '800';
  f.height = '900';
  f.srcdoc = `<!doctype html><html><head><meta charset="utf-8"><title>host page</title></head><body>\n${html}</body></html>`;
  const loaded = new Promise((r) => f.addEventListener('load', r, { once: true }));
  document.body.append(f);
  frames.push(f);
  await loaded;
  return f;
}

describe('embed builder: three snippets, the self-hosting note, downloads', function () {
  this.timeout(40000);

  beforeEach(async () => {
    builder = document.createElement('pcw-builder') as PcwBuilder;
    document.body.append(builder);
    await builder.ready;
  });
  afterEach(() => {
    builder.remove();
    for (const f of frames.splice(0)) f.remove();
  });

  it('shows a script tag, an iframe and an AMP snippet for the options chosen, each with its copy button', async () => {
    const { counts, asOf } = await summary();
    await builder.set({ widget: 'counter', lang: 'fr', attrs: { category: 'state' } });
    const cdn = `https://cdn.jsdelivr.net/npm/paris-call-widgets@${builder.version}/dist/`;
    const [script, iframe, amp] = ['script', 'iframe', 'amp'].map(box);
    expect([script.heading, iframe.heading, amp.heading]).to.deep.equal(['Script tag', 'Iframe', 'AMP']);
    for (const b of [script, iframe, amp]) {
      expect(visible(b.root.querySelector('textarea')), b.heading).to.be.true;
      expect(b.copy.disabled, b.heading).to.be.false;
    }
    expect(script.value).to.contain(`${cdn}paris-call-widgets.fr.js"`);

    // Iframe: the embed page with the same options, then the resize script, pinned by its hash.
    expect(iframe.value).to.contain(
      `<iframe data-paris-call src="${cdn}embed.html?widget=counter&amp;lang=fr&amp;category=state" title="Appel de Paris`,
    );
    expect(iframe.value).to.contain(
      `<script src="${cdn}embed-resize.js" integrity="${await sha384('/dist/embed-resize.js')}" crossorigin="anonymous" async></script>`,
    );

    // AMP: its component script, the frame on the CDN's https origin, resizable with
    // an overflow button, and a placeholder holding the figure and the date.
    expect(amp.value).to.contain(
      '<script async custom-element="amp-iframe" src="https://cdn.ampproject.org/v0/amp-iframe-0.1.js"></script>',
    );
    const doc = new DOMParser().parseFromString(amp.value, 'text/html');
    const frame = doc.querySelector('amp-iframe')!;
    expect(frame.getAttribute('src')).to.equal(`${cdn}embed.html?widget=counter&lang=fr&category=state`);
    expect(frame.hasAttribute('resizable')).to.be.true;
    expect(frame.getAttribute('layout')).to.equal('fixed-height');
    expect(frame.getAttribute('sandbox')!.split(' ')).to.include.members(['allow-scripts', 'allow-same-origin', 'allow-popups']);
    expect(text(frame.querySelector(':scope > [overflow]')!.textContent)).to.equal('Afficher la suite');
    const placeholder = frame.querySelector(':scope > [placeholder]')!;
    expect(text(placeholder.textContent)).to.contain('États');
    expect(text(placeholder.querySelector('strong')!.textContent)).to.equal(new Intl.NumberFormat('fr').format(counts.byCategory.state));
    expect(text(placeholder.textContent)).to.contain(frDate(asOf));

    // Each copy button copies its own snippet.
    iframe.copy.click();
    await waitUntil(() => box('iframe').status !== '', 'a copy message beside the iframe snippet');
    expect(box('iframe').status).to.match(/Copied|Ctrl\+C/);
    expect(box('amp').status).to.equal('');
  });

  it('the iframe snippet, pasted into a page, shows the widget and takes its height', async () => {
    await builder.set({ widget: 'principle', lang: 'ja', attrs: { number: '3' } });
    await type('base', DIST);
    const pasted = await paste(box('iframe').value);
    const frame = pasted.contentDocument!.querySelector<HTMLIFrameElement>('iframe[data-paris-call]')!;
    // The frame loads lazily: a reader scrolls to it.
    pasted.scrollIntoView();
    await waitUntil(
      () => frame.contentDocument?.querySelector('paris-call-principle')?.getAttribute('status') === 'ready',
      'the embedded principle never got ready',
      { timeout: 15000 },
    );
    const widget = frame.contentDocument!.querySelector('paris-call-principle')!;
    expect(text(widget.shadowRoot!.textContent)).to.contain('原則3');
    // The resize script set the frame to the embed page's own height (the snippet says 300 first).
    await waitUntil(
      () => Math.abs(frame.getBoundingClientRect().height - frame.contentDocument!.body.getBoundingClientRect().height) < 2,
      `frame ${frame.getBoundingClientRect().height}px, content ${frame.contentDocument!.body.getBoundingClientRect().height}px`,
      { timeout: 5000 },
    );
    expect(frame.style.height, 'set by embed-resize.js').to.equal(
      `${Math.ceil(frame.contentDocument!.body.getBoundingClientRect().height)}px`,
    );
  });

  it('a bad option writes none of the three snippets, and says why beside each', async () => {
    await builder.set({ widget: 'badge', attrs: { supporter: 'abb-private-sector-SWE' } });
    expect(box('iframe').value).to.contain('supporter=abb-private-sector-SWE');
    await builder.set({ attrs: { supporter: 'no-such-supporter' } });
    for (const kind of ['script', 'iframe', 'amp']) {
      const b = box(kind);
      expect(b.value, kind).to.equal('');
      expect(b.copy.disabled, kind).to.be.true;
      expect(b.status, kind).to.contain('not in the Paris Call register');
    }
  });

  it('writes no AMP snippet for a base AMP cannot load (not https), and says so', async () => {
    await type('base', '/assets/pcw/');
    expect(box('iframe').value).to.contain('src="/assets/pcw/embed.html?widget=counter');
    expect(box('amp').value).to.equal('');
    expect(box('amp').copy.disabled).to.be.true;
    expect(box('amp').status).to.contain('https');
    await type('base', 'https://example.org/pcw');
    expect(box('amp').value).to.contain('<amp-iframe src="https://example.org/pcw/embed.html?widget=counter');
  });

  it('says beside the snippets when the base is not the library’s own files', async () => {
    const note = builder.querySelector('.base-note')!;
    expect(visible(note), 'no note for the pinned CDN copy').to.be.false;
    await type('base', 'https://example.org/assets/pcw');
    expect(visible(note)).to.be.true;
    expect(text(note.textContent)).to.contain('https://example.org/assets/pcw/').and.contain('not from its own published files');
    // Between the heading and the first snippet: read before copying.
    const output = builder.querySelector('.pcw-output')!;
    expect(output.querySelector('.base-note + .snippet')).to.equal(output.querySelector('.snippet'));
    await type('base', `https://cdn.jsdelivr.net/npm/paris-call-widgets@${builder.version}/dist/`);
    expect(visible(note), 'the pinned CDN copy, typed in').to.be.false;
    await type('base', '');
    expect(visible(note)).to.be.false;
  });

  it('downloads the counter as SVG, PNG and an HTML table, named for what they show, with the figure and the date', async () => {
    const { counts, asOf } = await summary();
    await builder.set({ widget: 'counter', lang: 'fr', attrs: { category: 'state' } });
    const link = (format: string) => builder.querySelector<HTMLAnchorElement>(`a.download[data-format="${format}"]`)!;
    await waitUntil(() => link('png').hasAttribute('href'), 'the PNG was never ready', { timeout: 10000 });
    const figure = new Intl.NumberFormat('fr').format(counts.byCategory.state);
    for (const format of ['svg', 'png', 'html']) {
      expect(visible(link(format)), format).to.be.true;
      expect(link(format).download).to.equal(`paris-call-counter-state-fr-${asOf}.${format}`);
    }
    const svg = await fetch(link('svg').href).then((r) => r.text());
    const svgDoc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const svgText = text([...svgDoc.querySelectorAll('text')].map((t) => t.textContent).join(' '));
    expect(svgText).to.contain(figure).and.contain(frDate(asOf)).and.contain('États');

    const html = await fetch(link('html').href).then((r) => r.text());
    const table = new DOMParser().parseFromString(html, 'text/html');
    const row = [...table.querySelectorAll('tr')].find((tr) => text(tr.querySelector('th')?.textContent) === 'États')!;
    expect(text(row.querySelector('td')!.textContent)).to.equal(figure);
    expect(text(table.body.textContent)).to.contain(frDate(asOf));

    // The PNG: twice the SVG's width, with the card drawn on it (dark text on white).
    const png = await fetch(link('png').href).then((r) => r.blob());
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    const width = Number(svgDoc.documentElement.getAttribute('width'));
    expect([bitmap.width, bitmap.height]).to.deep.equal([2 * width, 2 * Number(svgDoc.documentElement.getAttribute('height'))]);
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [bitmap.width, bitmap.height];
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let dark = 0;
    let white = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const sum = pixels[i] + pixels[i + 1] + pixels[i + 2];
      if (sum < 150) dark++;
      else if (sum > 750) white++;
    }
    expect(white / (pixels.length / 4), 'mostly white card').to.be.above(0.5);
    expect(dark, 'text drawn').to.be.above(2000);
  });

  it('downloads the map in Arabic with the count of states, and none for a badge it cannot verify', async () => {
    const { counts, asOf } = await summary();
    await builder.set({ widget: 'map', lang: 'ar' });
    const link = (format: string) => builder.querySelector<HTMLAnchorElement>(`a.download[data-format="${format}"]`)!;
    await waitUntil(() => link('svg').hasAttribute('href'), 'no SVG');
    expect(link('svg').download).to.equal(`paris-call-map-ar-${asOf}.svg`);
    const svg = await fetch(link('svg').href).then((r) => r.text());
    expect(svg).to.contain(new Intl.NumberFormat('ar-u-nu-latn').format(counts.byCategory.state)).and.contain('<path');

    await builder.set({ widget: 'badge', lang: 'en', attrs: { supporter: 'no-such-supporter' } });
    for (const format of ['svg', 'png', 'html']) {
      expect(link(format).hasAttribute('href'), format).to.be.false;
      expect(link(format).getAttribute('aria-disabled')).to.equal('true');
    }
  });

  it('links the map’s script snippet to its static table where scripts are off, and adds nothing where the content says it all', async () => {
    const { asOf, byCountry } = await summary();
    await builder.set({ widget: 'counter', lang: 'fr' });
    expect(box('script').value).not.to.contain('<noscript>');
    await builder.set({ widget: 'map', lang: 'fr' });
    const cdn = `https://cdn.jsdelivr.net/npm/paris-call-widgets@${builder.version}/dist/`;
    expect(box('script').value).to.contain(`<noscript><a href="${cdn}static/map.fr.html">Les données sous forme de tableau</a></noscript>`);

    // Pasted into a page where no script runs (a sandbox without allow-scripts), from this server.
    await type('base', DIST);
    const f = document.createElement('iframe');
    f.setAttribute('sandbox', 'allow-same-origin');
    f.srcdoc = `<!doctype html><html><head><meta charset="utf-8"><title>feed reader</title></head><body>${box('script').value}</body></html>`;
    const loaded = new Promise((r) => f.addEventListener('load', r, { once: true }));
    document.body.append(f);
    frames.push(f);
    await loaded;
    const a = f.contentDocument!.querySelector<HTMLAnchorElement>('paris-call-map a[href$="static/map.fr.html"]')!;
    expect(visible(a), 'the link shows where scripts are off').to.be.true;
    const table = new DOMParser().parseFromString(await fetch(a.href).then((r) => r.text()), 'text/html');
    const france = [...table.querySelectorAll('tbody tr')].find((tr) => text(tr.querySelector('th')?.textContent) === 'France');
    expect(france, 'France in the table').to.exist;
    expect(table.querySelectorAll('tbody tr').length).to.equal(byCountry.length);
    expect(text(table.body.textContent)).to.contain(frDate(asOf));
  });
});
