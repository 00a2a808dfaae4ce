// The per-language single modules (dist/paris-call-widgets.<lang>.js, what
// the embed builder's snippets load): every widget, one language's strings
// only. A widget in any other language gets the module's language
// throughout (strings and number format), never a mix.
// Needs the build: `npm run build`.
import { expect, waitUntil } from '@open-wc/testing';
import { strings } from '../helpers/i18n.js';
import type { LocaleCode } from '../../src/data/types.js';

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

/** A blank page with `module` and one counter per language in `langs`; `window.firstReady` records each counter's text at its first ready render. */
async function page(module: string, langs: string[]): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  f.width = '800';
  f.height = '600';
  const counters = langs.map((l) => `<paris-call-counter lang="${l}" src="/dist/data/summary.json"></paris-call-counter>`).join('\n');
  f.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
<script>window.firstReady = []; addEventListener('paris-call-load', (e) => firstReady.push([e.target.lang, e.target.shadowRoot.textContent]));</script>
<script type="module" src="/dist/${module}"></script></head><body>${counters}</body></html>`;
  const loaded = new Promise((r) => f.addEventListener('load', r, { once: true }));
  document.body.append(f);
  frames.push(f);
  await loaded;
  return f;
}

async function shown(f: HTMLIFrameElement) {
  const els = [...f.contentDocument!.querySelectorAll('paris-call-counter')] as HTMLElement[];
  await waitUntil(() => els.every((e) => e.getAttribute('status') === 'ready'), 'counters ready', { timeout: 15000 });
  return els.map((e) => {
    const root = e.shadowRoot!;
    const base = root.querySelector('[part~="base"]')!;
    return {
      text: (root.textContent ?? '').replace(/\s+/g, ' '),
      number: root.querySelector('[part="number"]')!.textContent!.trim(),
      dir: base.getAttribute('dir'),
      lang: base.getAttribute('lang'),
    };
  });
}

const total = async () => (await (await fetch('/dist/data/summary.json')).json()).counts.total as number;
const label = (l: LocaleCode) => strings[l]['counter.label'];

describe('per-language bundles', () => {
  it('paris-call-widgets.hu.js: Hungarian only; a French or English widget gets Hungarian too, strings and number format alike', async () => {
    const n = await total();
    const [hu, fr, en] = await shown(await page('paris-call-widgets.hu.js', ['hu', 'fr', 'en']));
    for (const w of [hu, fr, en]) {
      expect(w.text).to.contain(label('hu'));
      expect(w.number).to.equal(new Intl.NumberFormat('hu').format(n));
      expect(w.lang).to.equal('hu');
    }
    expect(fr.text).not.to.contain(label('fr'));
    expect(en.text).not.to.contain(label('en'));
    // No English strings in the module: the English call name is nowhere in it.
    const code = await (await fetch('/dist/paris-call-widgets.hu.js')).text();
    expect(code).not.to.contain(strings.en.callName);
    expect(code).not.to.contain(strings.en['counter.label']);
  });

  it('paris-call-widgets.ar.js: Arabic, right to left', async () => {
    const [ar] = await shown(await page('paris-call-widgets.ar.js', ['ar']));
    expect(ar.text).to.contain(label('ar'));
    expect(ar.dir).to.equal('rtl');
  });

  it('paris-call-widgets.js keeps every language (control)', async () => {
    const got = await shown(await page('paris-call-widgets.js', ['hu', 'fr', 'ja']));
    expect(got.map((g) => g.lang)).to.deep.equal(['hu', 'fr', 'ja']);
    expect(got[1].text).to.contain(label('fr'));
    expect(got[2].text).to.contain(label('ja'));
  });

  it('each per-language module is lighter than the all-language one and defines all seven elements', async () => {
    const all = (await (await fetch('/dist/paris-call-widgets.js')).text()).length;
    for (const l of Object.keys(strings)) {
      const code = await (await fetch(`/dist/paris-call-widgets.${l}.js`)).text();
      expect(code.length, l).to.be.below(all * 0.85);
    }
    const f = await page('paris-call-widgets.sv.js', ['sv']);
    await shown(f);
    for (const w of ['counter', 'principle', 'principles', 'timeline', 'badge', 'supporters', 'map']) {
      expect(f.contentWindow!.customElements.get(`paris-call-${w}`), w).to.exist;
    }
  });
});

// The widget entries (components/<name>.js) hold English and fetch the page's locale on first use.
describe('locales fetched on demand by the widget entries', () => {
  const fetched = (f: HTMLIFrameElement) =>
    f.contentWindow!.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname.split('/').pop()!);

  it('components/counter.js: Arabic and Japanese counters fetch their locale once each, and their first ready render is already in it', async () => {
    const n = await total();
    const f = await page('components/counter.js', ['ar', 'ja', 'ar', 'en']);
    const [ar, ja, , en] = await shown(f);
    expect(ar.text).to.contain(label('ar'));
    expect(ar.dir).to.equal('rtl');
    expect(ar.number).to.equal(new Intl.NumberFormat('ar-u-nu-latn').format(n));
    expect(ja.text).to.contain(label('ja'));
    expect(en.text).to.contain(label('en'));
    const first = (f.contentWindow as unknown as { firstReady: [string, string][] }).firstReady;
    expect(first.map(([l]) => l).sort()).to.deep.equal(['ar', 'ar', 'en', 'ja']);
    for (const [l, text] of first) expect(text, `first ready render of the ${l} counter`).to.contain(label(l as LocaleCode));
    const chunks = fetched(f).filter((p) => /^[a-z]{2}-[\w-]+\.js$/.test(p));
    expect(chunks.map((p) => p.slice(0, 2)).sort()).to.deep.equal(['ar', 'ja']);
  });

  it('components/counter.js: a locale that cannot be fetched shows English throughout and says so on the console', async () => {
    // Find the Hungarian chunk the entry would fetch, and map it to a missing file (an import map applies to dynamic imports).
    const entry = await (await fetch('/dist/components/counter.js')).text();
    const chunks = [...entry.matchAll(/chunks\/([\w-]+\.js)["']/g)].map((m) => m[1]);
    let hu = '';
    for (const c of chunks) hu ||= /["']\.\/(hu-[\w-]+\.js)["']/.exec(await (await fetch(`/dist/chunks/${c}`)).text())?.[1] ?? '';
    expect(hu, `the Hungarian chunk, among ${chunks.join(', ')}`).to.match(/^hu-/);
    const f = document.createElement('iframe');
    f.srcdoc = `<!doctype html><html lang="hu"><head><meta charset="utf-8"><title>t</title>
<script type="importmap">{"imports": {"${location.origin}/dist/chunks/${hu}": "/dist/no-such-locale.js"}}</script>
<script>window.warnings = []; const w = console.warn; console.warn = (...a) => { warnings.push(a.join(' ')); w(...a); };</script>
<script type="module" src="/dist/components/counter.js"></script></head>
<body><paris-call-counter src="/dist/data/summary.json"></paris-call-counter></body></html>`;
    await new Promise((r) => {
      f.addEventListener('load', r, { once: true });
      document.body.append(f);
      frames.push(f);
    });
    const [shownHu] = await shown(f);
    expect(shownHu.text).to.contain(label('en'));
    expect(shownHu.text).not.to.contain(label('hu'));
    expect(shownHu.lang).to.equal('en');
    expect(shownHu.number).to.equal(new Intl.NumberFormat('en').format(await total()));
    const warnings = (f.contentWindow as unknown as { warnings: string[] }).warnings;
    expect(warnings.join('\n')).to.match(/"hu" interface strings could not be loaded/);
  });
});
