// The embed builder (demo/builder.js), driven as a person would: pick
// options, read the preview, copy the snippet, paste it into a blank page
// (an iframe), and check that the browser really enforces the SRI hash and
// that the fallback is what shows when the script cannot run.
// Needs the build (dist/paris-call-widgets.js, dist/snippet.js): `npm run build`.
import { expect, waitUntil } from '@open-wc/testing';
import '../../demo/builder.js';
import { ENUMS, type PcwBuilder } from '../../demo/builder.js';
import { escapeHtml, fallbackHtml } from '../../src/snippet/fallback.js';
import { buildSnippet, normaliseBase } from '../../src/snippet/snippet.js';
import type { Summary, Supporter } from '../../src/data/types.js';

const DIST = new URL('/dist/', location.href).href;
const text = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const shadowText = (el: Element) => text(el.shadowRoot?.textContent);

let builder: PcwBuilder;
const frames: HTMLIFrameElement[] = [];

async function mountBuilder(): Promise<PcwBuilder> {
  const b = document.createElement('pcw-builder') as PcwBuilder;
  document.body.append(b);
  await b.ready;
  return b;
}

/** Picks `value` in the builder's control named `name`, as a person would (a change event). */
async function choose(name: string, value: string | boolean) {
  const control = builder.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
  expect(control, `control ${name}`).to.exist;
  if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = value === true;
  else control!.value = String(value);
  control!.dispatchEvent(
    new Event(control instanceof HTMLInputElement && control.type !== 'checkbox' ? 'input' : 'change', { bubbles: true }),
  );
  if (control instanceof HTMLInputElement && control.type !== 'checkbox') control.dispatchEvent(new Event('change', { bubbles: true }));
  await builder.updating;
}

/** Pastes `html` into the body of a blank page (an iframe with srcdoc); resolves once it has loaded. */
async function paste(html: string): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  f.width = '800';
  f.height = '600';
  f.srcdoc = `<!doctype html><html><head><meta charset="utf-8"><title>host page</title></head><body>\n${html}</body></html>`;
  // Module scripts run (or fail their integrity check) before the load event.
  const loaded = new Promise((r) => f.addEventListener('load', r, { once: true }));
  document.body.append(f);
  frames.push(f);
  await loaded;
  return f;
}

async function settledIn(f: HTMLIFrameElement, tag: string): Promise<HTMLElement & { status: string }> {
  const el = f.contentDocument!.querySelector(tag) as HTMLElement & { status: string };
  await waitUntil(() => ['ready', 'error', 'not-found'].includes(el.getAttribute('status') ?? ''), `${tag} never settled`, {
    timeout: 15000,
  });
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

/** The snippet with another base URL (what the "advanced" field does). */
async function snippetWithBase(base: string): Promise<string> {
  await choose('base', base);
  await waitUntil(() => builder.snippet.includes(base), 'snippet with the new base', { timeout: 5000 });
  return builder.snippet;
}

async function summary(): Promise<Summary> {
  return (await fetch('/dist/data/summary.json').then((r) => r.json())) as Summary;
}

describe('embed builder', function () {
  this.timeout(40000);

  beforeEach(async () => {
    builder = await mountBuilder();
  });
  afterEach(() => {
    builder.remove();
    for (const f of frames.splice(0)) f.remove();
  });

  it('offers only attributes the manifest (custom-elements.json) declares', async () => {
    const manifest = await fetch('/custom-elements.json').then((r) => r.json());
    const decls = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []) as {
      tagName?: string;
      attributes?: { name: string }[];
    }[];
    for (const [tag, attrs] of Object.entries(ENUMS)) {
      const names = decls.find((d) => d.tagName === tag)?.attributes?.map((a) => a.name) ?? [];
      for (const attr of Object.keys(attrs)) expect(names, `${tag} ${attr}`).to.include(attr);
    }
  });

  it('previews the counter in French (dark), and the pasted snippet renders the same widget, SRI checked', async () => {
    const { counts, asOf } = await summary();
    await choose('widget', 'counter');
    await choose('lang', 'fr');
    await choose('theme', 'dark');

    // What a person sees in the phone preview: the total in French formatting.
    let preview = await builder.previewWidget('phone');
    await waitUntil(() => preview.getAttribute('lang') === 'fr' && preview.getAttribute('theme') === 'dark', 'preview in fr, dark');
    expect(text(preview.shadowRoot!.querySelector('[part="number"]')!.textContent)).to.equal(
      text(new Intl.NumberFormat('fr').format(counts.total)),
    );
    const date = new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${asOf}T00:00:00Z`));
    expect(shadowText(preview)).to.contain(date);

    // A change of option updates the preview.
    await choose('category', 'state');
    await waitUntil(async () => {
      const p = await builder.previewWidget('phone');
      return p.getAttribute('category') === 'state' && shadowText(p).includes('États');
    }, 'preview shows the state count');
    preview = await builder.previewWidget('phone');
    expect(text(preview.shadowRoot!.querySelector('[part="number"]')!.textContent)).to.equal(
      new Intl.NumberFormat('fr').format(counts.byCategory.state),
    );
    const base = preview.shadowRoot!.querySelector('[part~="base"]')!;
    const [r, g, b] = getComputedStyle(base).backgroundColor.match(/\d+/g)!.map(Number);
    expect(r + g + b, 'dark surface').to.be.below(200);
    const desktop = await builder.previewWidget('desktop');
    expect(shadowText(desktop)).to.equal(shadowText(preview));

    // The snippet: pinned CDN by default, the French single module (every
    // widget, French and English strings), SRI hash of the bytes this server serves.
    expect(builder.snippet).to.contain(`https://cdn.jsdelivr.net/npm/paris-call-widgets@${builder.version}/dist/paris-call-widgets.fr.js"`);
    const bytes = await fetch('/dist/paris-call-widgets.fr.js', { cache: 'no-store' }).then((res) => res.arrayBuffer());
    const digest = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))));
    expect(builder.snippet).to.contain(`integrity="sha384-${digest}" crossorigin="anonymous"`);
    const textarea = builder.querySelector('textarea')!;
    expect(textarea.readOnly).to.equal(true);
    expect(textarea.value).to.equal(builder.snippet);

    // Pasted into a blank page, with the base pointed at this server.
    const snippet = await snippetWithBase(DIST);
    expect(snippet).to.match(/<paris-call-counter lang="fr" category="state" theme="dark">/);
    const f = await paste(snippet);
    expect(f.contentWindow!.customElements.get('paris-call-counter'), 'the script ran: its hash matched').to.exist;
    const pasted = await settledIn(f, 'paris-call-counter');
    expect(pasted.status).to.equal('ready');
    expect(shadowText(pasted)).to.equal(shadowText(preview));
  });

  it('a wrong integrity hash stops the script: the fallback stays', async () => {
    await choose('lang', 'fr');
    await choose('category', 'state');
    const good = await snippetWithBase(DIST);
    const bad = good.replace(
      /integrity="sha384-[^"]+"/,
      'integrity="sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"',
    );
    expect(bad).not.to.equal(good);
    const f = await paste(bad);
    await new Promise((r) => setTimeout(r, 300));
    expect(f.contentWindow!.customElements.get('paris-call-counter'), 'the browser refused the script').to.equal(undefined);
    const el = f.contentDocument!.querySelector('paris-call-counter')!;
    expect(el.shadowRoot).to.equal(null);
    expect(el.hasAttribute('status')).to.equal(false);
    const shown = text((el as HTMLElement).innerText);
    expect(shown).to.contain('États');
    expect(shown).to.contain(new Intl.NumberFormat('fr').format((await summary()).counts.byCategory.state));
  });

  it('a broken script URL leaves the fallback in the page, readable and linked', async () => {
    await choose('widget', 'principle');
    await choose('lang', 'ja');
    await choose('number', '3');
    const snippet = await snippetWithBase(new URL('/no-such-folder/', location.href).href);
    const f = await paste(snippet);
    expect(f.contentWindow!.customElements.get('paris-call-principle')).to.equal(undefined);
    const el = f.contentDocument!.querySelector('paris-call-principle') as HTMLElement;
    expect(el.getAttribute('number')).to.equal('3');
    expect(text(el.innerText)).to.contain('原則3');
    expect(el.querySelectorAll('p').length).to.be.at.least(3);

    // With the right base, the same snippet's widget shows the same principle.
    const live = await paste(await snippetWithBase(DIST));
    const widget = await settledIn(live, 'paris-call-principle');
    expect(widget.status).to.equal('ready');
    const title = text(widget.shadowRoot!.querySelector('[part="title"]')!.textContent);
    expect(text(el.innerText)).to.contain(title);
  });

  it('makes no badge for an id that is not in the register', async () => {
    await builder.set({ widget: 'badge', attrs: { supporter: 'abb-private-sector-SWE' } });
    expect(builder.snippet).to.contain('supporter="abb-private-sector-SWE"');
    await builder.set({ attrs: { supporter: 'ABB-private-sector-swe' } });
    expect(builder.snippet).to.equal('');
    expect(builder.querySelector('textarea')!.value).to.equal('');
    expect(builder.querySelector<HTMLButtonElement>('button.copy')!.disabled).to.equal(true);
    expect(text(builder.querySelector('[role="status"]')!.textContent)).to.contain('not in the Paris Call register');
  });

  it('escapes a hostile supporter name from the data in the fallback', async () => {
    const evil: Supporter = {
      id: 'evil-private-sector-FRA',
      name: '<img src=x onerror="parent.__pwned=1">Evil & "Co" </p><script>parent.__pwned=2</script>',
      category: 'private-sector',
      country: 'FR',
      nature: null,
      euMember: false,
      website: null,
      twitter: null,
      dateSigned: '2019-01-02',
    };
    await builder.setData({ register: { supporters: [evil] } });
    await builder.set({ widget: 'badge', lang: 'en', attrs: { supporter: evil.id } });
    const snippet = builder.snippet;
    expect(snippet).to.contain(escapeHtml(evil.name));
    expect(snippet).not.to.contain('<img');
    expect(snippet.match(/<script/g)!.length, 'only the library script').to.equal(1);

    // Pasted where the script cannot load: only text, no element from the name.
    const f = await paste(await snippetWithBase(new URL('/no-such-folder/', location.href).href));
    const badge = f.contentDocument!.querySelector('paris-call-badge')!;
    expect(badge.querySelector('img, script')).to.equal(null);
    expect(badge.querySelector('strong')!.textContent).to.equal(evil.name);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('is accessible: every control labelled (axe), for the counter and the badge with its search', async () => {
    await expect(builder).to.be.accessible();
    await builder.set({ widget: 'badge', attrs: { supporter: 'abb-private-sector-SWE' } });
    await expect(builder).to.be.accessible();
    for (const control of builder.querySelectorAll('select, input, textarea')) {
      expect(builder.querySelector(`label[for="${control.id}"]`), control.getAttribute('name') ?? control.id).to.exist;
    }
  });

  it('copies the snippet (Clipboard API, or the selected text where it is not allowed)', async () => {
    await choose('widget', 'map');
    builder.querySelector<HTMLButtonElement>('button.copy')!.click();
    await waitUntil(() => text(builder.querySelector('[role="status"]')!.textContent) !== '', 'a copy message');
    expect(text(builder.querySelector('[role="status"]')!.textContent)).to.match(/Copied|Ctrl\+C/);
  });
});

describe('snippet fallback (src/snippet/fallback.ts)', () => {
  const summaryOf = (over: Partial<Summary> = {}) =>
    ({
      asOf: '2025-12-25',
      officialListUrl: 'https://pariscall.international/en/supporters',
      counts: {
        total: 1222,
        byCategory: { state: 81, 'public-authority': 37, 'civil-society': 391, 'private-sector': 708, uncategorized: 5 },
      },
      ...over,
    }) as Summary;

  it('turns hostile data into text in every widget and drops non-http links', () => {
    const summary = summaryOf({ officialListUrl: 'javascript:alert(1)' });
    const hostile = '<b onmouseover=x>"\'&';
    const principle = { number: 1, short: { en: hostile } as never, full: { en: hostile } as never, official: ['en' as const] };
    const widgets = ['counter', 'principle', 'principles', 'timeline', 'map', 'supporters', 'badge'] as const;
    for (const w of widgets) {
      const html = fallbackHtml(
        w,
        { summary, principle, principles: [principle], supporter: { id: 'x', name: hostile, category: 'state', dateSigned: null } },
        {},
        'en',
      );
      const tpl = document.createElement('template');
      tpl.innerHTML = html;
      expect(tpl.content.querySelector('[onmouseover], b, script'), w).to.equal(null);
      expect(tpl.content.querySelector('a[href^="javascript"]'), w).to.equal(null);
      if (w === 'principle' || w === 'principles' || w === 'badge') expect(tpl.content.textContent, w).to.contain(hostile);
    }
  });

  it('writes every locale, with the locale’s own number and date formats', () => {
    for (const lang of ['en', 'fr', 'ar', 'ja', 'hu', 'sv', 'de', 'es']) {
      const html = fallbackHtml('counter', { summary: summaryOf() }, { layout: 'compact' }, lang);
      expect(html, lang).to.contain(new Intl.NumberFormat(lang, { numberingSystem: 'latn' }).format(1222));
      expect(html, lang).to.contain(
        new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn' }).format(
          new Date('2025-12-25T00:00:00Z'),
        ),
      );
    }
    expect(fallbackHtml('counter', { summary: summaryOf() }, {}, 'fr')).to.contain('https://pariscall.international/fr/supporters');
  });

  it('accepts only http(s) or site-relative base URLs', () => {
    expect(normaliseBase('https://example.org/pcw')).to.equal('https://example.org/pcw/');
    expect(normaliseBase('/assets/pcw/')).to.equal('/assets/pcw/');
    expect(normaliseBase('javascript:alert(1)//')).to.equal(null);
    expect(normaliseBase('//evil.example/')).to.equal(null);
    const s = buildSnippet({
      widget: 'map',
      lang: 'en',
      attrs: { mode: '"><script>' },
      data: { summary: summaryOf() },
      base: '/x/',
      integrity: null,
    });
    expect(s).to.contain('mode="&quot;&gt;&lt;script&gt;"');
    expect(s).not.to.contain('integrity');
  });
});
