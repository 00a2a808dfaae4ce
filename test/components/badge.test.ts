import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/components/badge/define.js';
import type { ParisCallBadge } from '../../src/components/badge/badge.js';
import { supporterIndex, verifySupporter } from '../../src/components/badge/verify.js';
import { loadRegister, loaderConfig } from '../../src/data/loader.js';
import { LOCALES, type LocaleCode, type Supporter } from '../../src/data/types.js';
import { SUMMARY, fastLoader, faultUrl, restoreLoader, settled, shadowText } from '../helpers/helpers.js';
import { expectCompleteTable, table } from '../helpers/i18n.js';

const badgeStrings = table('badge');

/** Real register rows, one per category, with what an English reader must see. */
const REAL = [
  { id: 'cambodge-state-KHM', name: 'Cambodia', category: 'State', since: 'Supporter since February 27, 2020' },
  {
    id: 'ankara_112_prehospital_emergency_health_service-public-authority-TUR',
    name: 'Ankara 112 Prehospital Emergency Health Service',
    category: 'Public authority or local government',
    since: 'Supporter since November 14, 2019',
  },
  {
    id: 'cyber_peace_institute-civil-society-CHE',
    name: 'CyberPeace Institute',
    category: 'Civil society',
    since: 'Supporter since April 22, 2020',
  },
  { id: 'abb-private-sector-SWE', name: 'ABB', category: 'Private sector', since: null },
  { id: 'caps-undefined-IND', name: 'CAPS', category: 'Other supporter', since: 'Supporter since March 1, 2021' },
] as const;

const CLAIM_EN = 'supports the Paris Call for Trust and Security in Cyberspace';
const NOT_FOUND_EN = 'This organisation is not in the Paris Call register.';
const OFFICIAL_EN = 'https://pariscall.international/en/supporters';

/** Names of Object.prototype members and other keys a plain-object lookup would "find". */
const PROTO_NAMES = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupGetter__',
  'prototype',
  'length',
];

/** Ids that must never verify, though some are one keystroke from a real one. */
const FAKE_IDS = [
  'unknown-private-sector-XXX',
  'abb',
  'ABB',
  ' abb-private-sector-SWE',
  'abb-private-sector-SWE ',
  '\tabb-private-sector-SWE',
  'abb-private-sector-SWE\n',
  'abb-private-sector-SWE\u200b',
  '\u00a0abb-private-sector-SWE',
  'ABB-private-sector-swe',
  'abb-private-sector-swe',
  'ABB-PRIVATE-SECTOR-SWE',
  'abb-private-sector-SW',
  'abb-private-sector-SWEX',
  'abb\u2011private-sector-SWE',
  'abb-private-sector-ЅWE', // Cyrillic Ѕ
  'abb-private-sector-SWE,access_now-civil-society-USA',
  'abb-private-sector-*',
  '.*',
  '"abb-private-sector-SWE"',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  ...PROTO_NAMES,
];

interface Made {
  el: ParisCallBadge;
  events: CustomEvent[];
}

/** A badge built from attributes (setAttribute: any string, no HTML escaping), settled. */
async function badge(attrs: Record<string, string | null>, { wait = true } = {}): Promise<Made> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('paris-call-badge');
  const all: Record<string, string | null> = { src: SUMMARY, lang: 'en', ...attrs };
  for (const [k, v] of Object.entries(all)) if (v !== null) el.setAttribute(k, v);
  const events: CustomEvent[] = [];
  el.addEventListener('paris-call-load', (e) => events.push(e));
  el.addEventListener('paris-call-error', (e) => events.push(e));
  box.append(el);
  if (wait) await settled(el);
  return { el, events };
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What every unverified badge must look like: no claim, no name, no mark, a plain message and the official list. */
function expectNotEndorsed(el: ParisCallBadge, status: 'not-found' | 'error', hidden: string[] = []) {
  expect(el.getAttribute('status'), 'reflected status').to.equal(status);
  expect(el.badgeStatus).to.equal(status);
  const t = shadowText(el);
  expect(t).not.to.contain('supports the Paris Call');
  expect(part(el, 'name')).to.equal(null);
  expect(part(el, 'claim')).to.equal(null);
  expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
  for (const h of hidden) if (h.trim()) expect(t, `shows "${h}"`).not.to.contain(h.trim());
  const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="link"]')!;
  expect(link.href).to.equal(OFFICIAL_EN);
  expect(link.textContent).to.equal('See the official list of supporters');
  if (status === 'not-found') expect(text(el.shadowRoot!.querySelector('.title'))).to.equal(NOT_FOUND_EN);
  else expect(text(el.shadowRoot!.querySelector('.title'))).to.equal('This support for the Paris Call could not be verified.');
}

/** The raw register, read without the library: the test's independent oracle of which ids exist. */
let realIds: string[] = [];
let realRows: { id: string; name: string; category: string }[] = [];

/** Silences (and counts) console.error for loops that fail closed hundreds of times on purpose. */
function quietErrors() {
  const real = console.error;
  let n = 0;
  console.error = () => void n++;
  return { count: () => n, restore: () => (console.error = real) };
}

describe('<paris-call-badge>', () => {
  before(async () => {
    const raw = await (await fetch('/dist/data/register.json')).json();
    realRows = raw.supporters;
    realIds = realRows.map((s) => s.id);
    expect(realIds.length).to.be.above(1000);
  });

  it('has a complete string table in all eight locales', () => {
    expectCompleteTable(badgeStrings, 'badgeStrings');
  });

  describe('verified: real ids of every category', () => {
    for (const r of REAL) {
      it(`${r.id} → "${r.name} ${CLAIM_EN}"`, async () => {
        const { el, events } = await badge({ supporter: r.id });
        expect(el.getAttribute('status')).to.equal('ready');
        expect(text(part(el, 'claim'))).to.equal(`${r.name} ${CLAIM_EN}`);
        expect(text(part(el, 'name'))).to.equal(r.name);
        expect(text(part(el, 'category'))).to.equal(r.category);
        if (r.since) expect(text(part(el, 'since'))).to.equal(r.since);
        else expect(part(el, 'since')).to.equal(null);
        expect(text(part(el, 'details'))).to.equal(r.since ? `${r.category} · ${r.since}` : r.category);
        const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="link"]')!;
        expect(link.href).to.equal(OFFICIAL_EN);
        expect(link.textContent).to.equal('Verify on the official list of supporters');
        expect(link.rel).to.contain('noopener');
        const svg = el.shadowRoot!.querySelector('svg')!;
        expect(svg.getAttribute('aria-hidden')).to.equal('true');
        expect(svg.querySelector('.mark-check')).to.exist;
        expect(events.map((e) => e.type)).to.deep.equal(['paris-call-load']);
      });
    }

    it("a state is named in the reader's language (the register writes states in French)", async () => {
      const fr = await badge({ supporter: 'allemagne-state-DEU', lang: 'fr' });
      expect(text(part(fr.el, 'name'))).to.equal('Allemagne');
      expect(text(part(fr.el, 'claim'))).to.equal(
        'Allemagne soutient l’Appel de Paris pour la confiance et la sécurité dans le cyberespace',
      );
      const de = await badge({ supporter: 'allemagne-state-DEU', lang: 'de' });
      expect(text(part(de.el, 'name'))).to.equal('Deutschland');
      expect(text(part(de.el, 'category'))).to.equal('Staat');
    });

    it('every link is an https link to the official list (French page in French)', async () => {
      const { el } = await badge({ supporter: 'abb-private-sector-SWE', lang: 'fr' });
      const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.href);
      expect(hrefs).to.deep.equal(['https://pariscall.international/fr/supporters']);
      const nf = await badge({ supporter: 'nope', lang: 'fr' });
      expect([...nf.el.shadowRoot!.querySelectorAll('a')].map((a) => a.href)).to.deep.equal([
        'https://pariscall.international/fr/supporters',
      ]);
    });
  });

  describe('fails closed', () => {
    for (const id of FAKE_IDS) {
      it(`not-found for ${JSON.stringify(id)} (even with a name attribute)`, async () => {
        const { el, events } = await badge({ supporter: id, name: 'Evil Corp Ltd' });
        expectNotEndorsed(el, 'not-found', ['Evil Corp', 'ABB', id.trim().length > 3 ? id : '']);
        expect(events.map((e) => e.type)).to.deep.equal(['paris-call-error']);
        expect(events[0].detail.code).to.equal('not-found');
      });
    }

    it('not-found for an empty attribute and for a missing attribute', async () => {
      const empty = await badge({ supporter: '', name: 'Evil Corp Ltd' });
      expectNotEndorsed(empty.el, 'not-found', ['Evil Corp']);
      const missing = await badge({ name: 'Evil Corp Ltd' });
      expect(missing.el.hasAttribute('supporter')).to.equal(false);
      expectNotEndorsed(missing.el, 'not-found', ['Evil Corp']);
    });

    it('no coercion: a non-string `supporter` property never verifies, even one that stringifies to a real id', async () => {
      const { el } = await badge({ supporter: 'abb-private-sector-SWE' });
      expect(el.getAttribute('status')).to.equal('ready');
      (el as unknown as { supporter: unknown }).supporter = { toString: () => 'abb-private-sector-SWE' };
      await el.updateComplete;
      await settled(el);
      expectNotEndorsed(el, 'not-found', ['ABB']);
      (el as unknown as { supporter: unknown }).supporter = ['abb-private-sector-SWE'];
      await el.updateComplete;
      await settled(el);
      expectNotEndorsed(el, 'not-found', ['ABB']);
    });

    it('re-verifies when the id changes: real → fake hides the name, fake → real shows it', async () => {
      const { el } = await badge({ supporter: 'abb-private-sector-SWE' });
      expect(text(part(el, 'name'))).to.equal('ABB');
      el.setAttribute('supporter', 'ABB-private-sector-SWE');
      await el.updateComplete;
      await settled(el);
      expectNotEndorsed(el, 'not-found', ['ABB']);
      el.setAttribute('supporter', 'access_now-civil-society-USA');
      await el.updateComplete;
      await settled(el);
      expect(el.getAttribute('status')).to.equal('ready');
      expect(text(part(el, 'name'))).to.equal('Access Now');
    });

    describe('data that cannot be trusted: error, never an endorsement, even for a real id', () => {
      afterEach(() => restoreLoader());
      const realId = { supporter: 'abb-private-sector-SWE', name: 'ABB Group' };

      /** Stubs the loader's fetch for register URLs only (the summary loads as usual). */
      const stubRegister = (answer: (init?: RequestInit) => Promise<Response>, over: Partial<typeof loaderConfig> = {}) =>
        fastLoader({
          ...over,
          fetch: (url: string, init?: RequestInit) => (url.includes('register') ? answer(init) : globalThis.fetch(url, init)),
        });

      it('missing register (HTTP 404) with a good summary: error, with a retry that verifies once it is back', async () => {
        let down = true;
        stubRegister((init) =>
          down ? Promise.resolve(new Response('Not found', { status: 404 })) : globalThis.fetch('/dist/data/register.json', init),
        );
        const { el, events } = await badge(realId);
        expectNotEndorsed(el, 'error', ['ABB']);
        expect(shadowText(el)).to.contain('The data server answered with an error.');
        expect(events.map((e) => [e.type, e.detail?.code])).to.deep.equal([['paris-call-error', 'http']]);
        expect(el.shadowRoot!.querySelector('[part="error"], [part~="error"]')!.getAttribute('role')).to.equal('alert');
        down = false;
        part(el, 'retry')!.click();
        await el.updateComplete;
        await settled(el);
        expect(el.getAttribute('status')).to.equal('ready');
        expect(text(part(el, 'name'))).to.equal('ABB Group');
      });

      it('missing summary (fault server 404): error', async () => {
        fastLoader();
        const { el } = await badge({ ...realId, src: faultUrl('404').url });
        expectNotEndorsed(el, 'error', ['ABB']);
      });

      it('register through the fault server, relative to the summary URL: verified when served, error when 500', async () => {
        fastLoader();
        const ok = await badge({ ...realId, src: faultUrl('ok~badge-ok').url });
        expect(ok.el.getAttribute('status')).to.equal('ready');
        const bad = await badge({ ...realId, src: faultUrl('500~badge-500').url });
        expectNotEndorsed(bad.el, 'error', ['ABB']);
      });

      it('server error on the register (5xx after retries): error', async () => {
        stubRegister(() => Promise.resolve(new Response('oops', { status: 503 })));
        const { el } = await badge(realId);
        expectNotEndorsed(el, 'error', ['ABB']);
      });

      it('timeout: a register that never answers', async () => {
        stubRegister(
          (init) =>
            new Promise<Response>((_, reject) => {
              // Like a real fetch: pending until the loader's timer aborts it.
              init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
            }),
          { timeout: 300 },
        );
        const { el, events } = await badge(realId);
        expectNotEndorsed(el, 'error', ['ABB']);
        expect(events[0].detail.code).to.equal('timeout');
        expect(shadowText(el)).to.contain('The data took too long to arrive.');
      });

      const invalid: [string, (raw: Record<string, unknown>) => unknown, string][] = [
        [
          'a row with an unknown category',
          (r) => ({ ...r, supporters: [...(r.supporters as object[]), { id: 'x', name: 'X', category: 'hacker' }] }),
          'schema',
        ],
        [
          'a duplicate id',
          (r) => ({
            ...r,
            supporters: [...(r.supporters as object[]), { id: 'abb-private-sector-SWE', name: 'Not ABB', category: 'state' }],
          }),
          'schema',
        ],
        ['the wrong kind', (r) => ({ ...r, kind: 'paris-call-summary' }), 'schema'],
        ['a newer schema', (r) => ({ ...r, schemaVersion: 999 }), 'version'],
        [
          'supporters not an array',
          (r) => ({ ...r, supporters: { 'abb-private-sector-SWE': { id: 'abb-private-sector-SWE', name: 'ABB' } } }),
          'schema',
        ],
      ];
      for (const [what, mutate, code] of invalid) {
        it(`invalid register (${what}): error "${code}"`, async () => {
          const raw = await (await fetch('/dist/data/register.json')).json();
          const body = JSON.stringify(mutate(raw));
          stubRegister(() => Promise.resolve(new Response(body, { status: 200 })));
          const { el, events } = await badge(realId);
          expectNotEndorsed(el, 'error', ['ABB']);
          expect(events[0].detail.code).to.equal(code);
        });
      }

      it('a register that is not JSON (HTML, truncated): error "parse"', async () => {
        stubRegister(() => Promise.resolve(new Response('<!doctype html><h1>Oops</h1>', { status: 200 })));
        const a = await badge(realId);
        expectNotEndorsed(a.el, 'error', ['ABB']);
        fastLoader();
        const b = await badge({ ...realId, src: faultUrl('truncated').url });
        expectNotEndorsed(b.el, 'error', ['ABB']);
        expect(b.events[0].detail.code).to.equal('parse');
      });
    });
  });

  describe('the name attribute', () => {
    it('overrides the displayed name of a verified supporter only', async () => {
      const { el } = await badge({ supporter: 'abb-private-sector-SWE', name: '  Asea Brown Boveri ' });
      expect(text(part(el, 'claim'))).to.equal(`Asea Brown Boveri ${CLAIM_EN}`);
      el.setAttribute('name', '   ');
      await el.updateComplete;
      expect(text(part(el, 'name'))).to.equal('ABB');
    });

    it("does not change what is verified: unknown id + a real supporter's name is still not-found", async () => {
      const { el } = await badge({ supporter: 'abb-private-sector-SWEDEN', name: 'ABB' });
      expectNotEndorsed(el, 'not-found', ['ABB']);
    });

    it('is never shown while the register loads', async () => {
      fastLoader();
      try {
        const { el } = await badge(
          { supporter: 'abb-private-sector-SWE', name: 'Asea Brown Boveri', src: faultUrl('delay-400').url },
          { wait: false },
        );
        await el.updateComplete;
        expect(el.getAttribute('status')).to.equal('loading');
        expect(shadowText(el)).to.equal('Checking the Paris Call register…');
        expect(el.shadowRoot!.querySelector('.skeleton')).to.exist;
        expect(el.shadowRoot!.querySelector('.mark-check')).to.equal(null);
        await settled(el);
        expect(text(part(el, 'name'))).to.equal('Asea Brown Boveri');
      } finally {
        restoreLoader();
      }
    });
  });

  describe('variants', () => {
    it('compact: the mark, the short claim as a link to the official list, the category', async () => {
      const { el } = await badge({ supporter: 'cyber_peace_institute-civil-society-CHE', variant: 'compact' });
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="link"]')!;
      expect(text(link)).to.equal('CyberPeace Institute supports the Paris Call (verify on the official list of supporters)');
      expect(link.href).to.equal(OFFICIAL_EN);
      expect(text(part(el, 'details'))).to.equal('· Civil society');
      expect(text(el.shadowRoot!.querySelector('.line'))).to.equal(
        'CyberPeace Institute supports the Paris Call (verify on the official list of supporters) · Civil society',
      );
      expect(el.shadowRoot!.querySelector('svg[aria-hidden="true"] .mark-check')).to.exist;
    });

    it('icon: the mark alone, a link whose accessible name says who supports', async () => {
      const { el } = await badge({ supporter: 'cyber_peace_institute-civil-society-CHE', variant: 'icon' });
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a')!;
      const label = `CyberPeace Institute ${CLAIM_EN}. Verify on the official list of supporters.`;
      expect(text(link)).to.equal(label);
      expect(link.title).to.equal(label);
      expect(link.href).to.equal(OFFICIAL_EN);
      const sr = link.querySelector('.sr-only')!;
      expect(getComputedStyle(sr).position).to.equal('absolute');
      expect(sr.textContent).to.equal(label);
      const box = link.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
      const svg = link.querySelector('svg')!;
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      expect(svg.getBoundingClientRect().width).to.be.within(36, 44);
    });

    it('icon and compact fail closed as plainly as full', async () => {
      for (const variant of ['icon', 'compact']) {
        const { el } = await badge({ supporter: 'ABB-private-sector-SWE', variant, name: 'ABB' });
        expectNotEndorsed(el, 'not-found', ['ABB']);
      }
    });

    it('an unknown variant renders the full badge', async () => {
      const { el } = await badge({ supporter: 'abb-private-sector-SWE', variant: 'huge' });
      expect(part(el, 'details')).to.exist;
      expect(text(el.shadowRoot!.querySelector('a'))).to.equal('Verify on the official list of supporters');
    });
  });

  describe('locales and themes', () => {
    const PHRASE: Record<LocaleCode, string> = {
      en: 'CyberPeace Institute supports the Paris Call for Trust and Security in Cyberspace',
      fr: 'CyberPeace Institute soutient l’Appel de Paris',
      ar: 'من الجهات الداعمة لنداء باريس',
      ja: 'CyberPeace Instituteは「サイバー空間における信頼と安全のためのパリ・コール」に賛同しています',
      hu: 'CyberPeace Institute támogatja a Párizsi felhívást',
      sv: 'CyberPeace Institute stöder Parisuppropet',
      de: 'CyberPeace Institute unterstützt den Pariser Appell',
      es: 'CyberPeace Institute apoya el Llamamiento de París',
    };
    const CIVIL: Record<LocaleCode, string> = {
      en: 'Civil society',
      fr: 'Société civile',
      ar: 'المجتمع المدني',
      ja: '市民社会',
      hu: 'Civil társadalom',
      sv: 'Civilsamhället',
      de: 'Zivilgesellschaft',
      es: 'Sociedad civil',
    };
    for (const lang of LOCALES) {
      it(`${lang}: the claim, category and date in ${lang}; not-found in ${lang}`, async () => {
        const { el } = await badge({ supporter: 'cyber_peace_institute-civil-society-CHE', lang });
        expect(shadowText(el)).to.contain(PHRASE[lang]);
        expect(text(part(el, 'category'))).to.equal(CIVIL[lang]);
        const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn' }).format(
          Date.UTC(2020, 3, 22),
        );
        expect(text(part(el, 'since'))).to.contain(date);
        const base = part(el, 'base')!;
        expect(base.lang).to.equal(lang);
        expect(base.dir).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        expect(getComputedStyle(base).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        const nf = await badge({ supporter: 'nobody', lang });
        expect(text(nf.el.shadowRoot!.querySelector('.title'))).to.equal(badgeStrings[lang].notFound);
        expect(getComputedStyle(part(nf.el, 'base')!).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      });
    }

    it('ar: the Latin name is isolated (bdi) and the mark sits at the inline start (right)', async () => {
      const { el } = await badge({ supporter: 'abb-private-sector-SWE', lang: 'ar' });
      expect(part(el, 'name')!.localName).to.equal('bdi');
      const base = part(el, 'base')!.getBoundingClientRect();
      const mark = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
      const body = el.shadowRoot!.querySelector('.body')!.getBoundingClientRect();
      expect(mark.left).to.be.above(body.left);
      expect(base.right - mark.right).to.be.below(30);
    });

    it('theme="dark" switches colours; the mark follows the accent', async () => {
      const { el } = await badge({ supporter: 'abb-private-sector-SWE' });
      const base = part(el, 'base')!;
      const shield = el.shadowRoot!.querySelector('.mark-shield')!;
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(shield).fill).to.equal('rgb(11, 92, 173)');
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(21, 23, 28)');
      expect(getComputedStyle(shield).fill).to.equal('rgb(138, 180, 248)');
    });

    it("shows the host's fallback while loading, then replaces it (even when the id is not in the register)", async () => {
      fastLoader();
      try {
        const el = document.createElement('paris-call-badge');
        el.setAttribute('src', faultUrl('delay-300').url);
        el.setAttribute('supporter', 'not-a-supporter');
        el.lang = 'en';
        el.innerHTML = '<a href="https://pariscall.international/en/supporters">We support the Paris Call</a>';
        document.body.append(el);
        await el.updateComplete;
        const slot = el.shadowRoot!.querySelector('slot')!;
        expect(
          slot
            .assignedNodes()
            .map((n) => n.textContent)
            .join(''),
        ).to.contain('We support the Paris Call');
        await settled(el);
        expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
        expect(el.getAttribute('status')).to.equal('not-found');
        el.remove();
      } finally {
        restoreLoader();
      }
    });
  });

  describe('property-based: zero false endorsements', () => {
    let index: ReadonlyMap<string, Supporter>;
    before(async () => {
      index = supporterIndex(await loadRegister(SUMMARY));
    });

    const WHITESPACE = [' ', '\t', '\n', '\r', '\u00a0', '\u200b', '\u2009', '\u3000', '\ufeff'];
    const realId = () => fc.constantFrom(...realIds);
    /** Real ids changed a little: case flips, whitespace, truncation, appended or replaced characters. */
    const mutated = () =>
      fc.oneof(
        fc.mixedCase(realId()),
        // Whitespace anywhere, most often around the id (a copy-paste slip).
        fc.tuple(realId(), fc.constantFrom(...WHITESPACE), fc.oneof(fc.constant(-1), fc.constant(-2), fc.nat())).map(([id, w, i]) => {
          const at = i === -1 ? 0 : i === -2 ? id.length : i % (id.length + 1);
          return id.slice(0, at) + w + id.slice(at);
        }),
        fc.tuple(realId(), fc.nat()).map(([id, n]) => id.slice(0, n % id.length)),
        fc.tuple(realId(), fc.string({ minLength: 1, maxLength: 4 })).map(([id, s]) => id + s),
        fc.tuple(realId(), fc.string({ minLength: 1, maxLength: 4 })).map(([id, s]) => s + id),
        fc.tuple(realId(), fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })).map(([id, i, c]) => {
          const at = i % id.length;
          return id.slice(0, at) + c + id.slice(at + 1);
        }),
      );
    const anyId = () =>
      fc.oneof(
        fc.string(),
        fc.string({ unit: 'binary' }),
        fc.string({ unit: 'grapheme' }),
        fc.constantFrom(...PROTO_NAMES),
        mutated(),
        realId(),
      );

    /** The oracle: a linear scan of the raw JSON's ids (no Map, no Set, no object keys). */
    const inRegister = (s: string) => realIds.some((id) => id === s);

    it('the pure verification: a supporter is returned iff the exact id is in the register (thousands of ids)', () => {
      let verified = 0;
      let refused = 0;
      fc.assert(
        fc.property(anyId(), (s) => {
          const found = verifySupporter(index, s);
          if (found) {
            verified++;
            expect(found.id).to.equal(s);
            expect(inRegister(s), `false endorsement of ${JSON.stringify(s)}`).to.equal(true);
          } else {
            refused++;
            expect(inRegister(s), `real id refused: ${JSON.stringify(s)}`).to.equal(false);
          }
        }),
        { numRuns: 6000 },
      );
      // Both outcomes were exercised: the property can fail either way.
      expect(verified).to.be.above(100);
      expect(refused).to.be.above(4000);
    });

    it('mutated real ids never verify (thousands of case flips, whitespace, truncations, additions)', () => {
      let checked = 0;
      fc.assert(
        fc.property(mutated(), (s) => {
          fc.pre(!inRegister(s));
          checked++;
          expect(verifySupporter(index, s), JSON.stringify(s)).to.equal(null);
        }),
        { numRuns: 4000 },
      );
      expect(checked).to.be.above(3000);
    });

    it('a Map, not an object: prototype names never match, yet a register that really has them does', () => {
      for (const p of PROTO_NAMES) expect(verifySupporter(index, p), p).to.equal(null);
      const row = (id: string): Supporter => ({
        id,
        name: `Row ${id}`,
        category: 'civil-society',
        country: null,
        nature: null,
        euMember: false,
        website: null,
        twitter: null,
        dateSigned: null,
      });
      const odd = supporterIndex({ supporters: [row('__proto__'), row('a')] });
      expect(verifySupporter(odd, '__proto__')!.name).to.equal('Row __proto__');
      expect(verifySupporter(odd, 'constructor')).to.equal(null);
      expect(verifySupporter(odd, 'toString')).to.equal(null);
      expect(verifySupporter(odd, 'A')).to.equal(null);
      expect(verifySupporter(odd, '')).to.equal(null);
      expect(verifySupporter(odd, undefined)).to.equal(null);
      expect(verifySupporter(odd, { toString: () => 'a' })).to.equal(null);
    });

    it('through the real element: hundreds of random ids and names, no false endorsement, no unverified name shown', async () => {
      const quiet = quietErrors();
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      let ready = 0;
      let notFound = 0;
      try {
        await fc.assert(
          fc.asyncProperty(fc.oneof(anyId(), mutated()), fc.string({ minLength: 1, maxLength: 12 }), async (id, nameTail) => {
            const name = `ZQ§${nameTail}`;
            const el = document.createElement('paris-call-badge');
            el.setAttribute('src', SUMMARY);
            el.setAttribute('lang', 'en');
            el.setAttribute('supporter', id);
            el.setAttribute('name', name);
            box.append(el);
            try {
              await settled(el);
              const real = inRegister(id);
              expect(el.getAttribute('status'), JSON.stringify(id)).to.equal(real ? 'ready' : 'not-found');
              if (real) {
                ready++;
                expect(text(part(el, 'name'))).to.equal(name.trim().replace(/\s+/g, ' '));
              } else {
                notFound++;
                expect(shadowText(el)).not.to.contain('ZQ§');
                expect(shadowText(el)).to.contain(NOT_FOUND_EN);
                expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
              }
            } finally {
              el.remove();
            }
          }),
          { numRuns: 300 },
        );
      } finally {
        quiet.restore();
      }
      expect(ready).to.be.above(10);
      expect(notFound).to.be.above(200);
      expect(quiet.count()).to.be.at.least(notFound);
    });
  });

  describe('accessibility (axe-core)', () => {
    for (const lang of ['en', 'ar', 'ja']) {
      for (const theme of ['light', 'dark']) {
        it(`0 violations: ${lang}, ${theme}, verified (each variant), not-found and error`, async () => {
          for (const variant of ['full', 'compact', 'icon']) {
            const { el } = await badge({ supporter: 'caps-undefined-IND', lang, theme, variant });
            expect(el.getAttribute('status')).to.equal('ready');
            await expect(el.parentElement).to.be.accessible();
            const nf = await badge({ supporter: 'CAPS-undefined-IND', lang, theme, variant, name: 'CAPS' });
            expect(nf.el.getAttribute('status')).to.equal('not-found');
            await expect(nf.el.parentElement).to.be.accessible();
          }
          fastLoader();
          try {
            const err = await badge({ supporter: 'caps-undefined-IND', lang, theme, src: faultUrl('404').url });
            expect(err.el.getAttribute('status')).to.equal('error');
            await expect(err.el.parentElement).to.be.accessible();
          } finally {
            restoreLoader();
          }
        });
      }
    }
  });
});
