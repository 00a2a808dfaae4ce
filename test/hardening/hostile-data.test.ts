import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/paris-call-widgets.js';
import { clearDataCache, loaderConfig } from '../../src/data/loader.js';
import { ParisCallDataError } from '../../src/data/errors.js';
import { validateRegister, validateSummary, validateTexts } from '../../src/data/validate.js';
import { serve as serveFiles } from './widgets-page.js';

import { PAYLOADS } from './payloads.js';

/** Fields whose value is structure, not content: poisoning them must give a visible error instead. */
const STRUCTURAL = new Set([
  'kind',
  'date',
  'asOf',
  'category',
  'country',
  'alpha3',
  'registerFile',
  'dateSigned',
  'official',
  'translated',
]);

/** Replaces every string in `data` (at any depth) with `payload`; with `structural`, those fields too. */
function poison(data: unknown, payload: string, structural = false, key = ''): unknown {
  if (typeof data === 'string') return !structural && STRUCTURAL.has(key) ? data : payload;
  if (Array.isArray(data)) return data.map((d) => poison(d, payload, structural, key));
  if (data && typeof data === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(data)) out[k] = poison(v, payload, structural, k);
    return out;
  }
  return data;
}

/** JSON text with `__proto__`, `constructor` and `prototype` keys in every object. */
function withProtoKeys(json: string): string {
  return json.replace(/\{(?=\s*")/g, '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"prototype":{"polluted":1},');
}

let realSummary: string;
let realTexts: string;
let realRegister: string;
before(async () => {
  realSummary = await (await fetch('/dist/data/summary.json')).text();
  realTexts = await (await fetch('/dist/data/texts.json')).text();
  realRegister = await (await fetch('/dist/data/register.json')).text();
});

/** Answers every data request: register.json, texts.json, or else the summary. */
const serve = (summary: string, register: string, texts = realTexts) => serveFiles({ summary, register, texts });
const poisoned = (json: string, payload: string, structural = false) => JSON.stringify(poison(JSON.parse(json), payload, structural));
const realFetch = loaderConfig.fetch;
afterEach(() => {
  loaderConfig.fetch = realFetch;
  clearDataCache();
});

const TAGS = ['paris-call-counter', 'paris-call-principle', 'paris-call-principles'];

async function renderAll(src: string) {
  const box = await fixture<HTMLDivElement>(
    html`<div .innerHTML=${TAGS.map((t) => `<${t} src="${src}" number="1" no-animation></${t}>`).join('')}></div>`,
  );
  const els = [...box.children] as (HTMLElement & { status: string })[];
  await waitUntil(() => els.every((e) => e.status !== 'loading'), 'widgets stuck loading', { timeout: 15000 });
  return els;
}

function hrefsIn(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('[href]')].map((a) => a.getAttribute('href')!);
}

describe('hostile data', () => {
  it('renders every payload in every content field as text: 0 executions, only http(s) links', async () => {
    window.__xss = 0;
    let rendered = 0;
    for (const [i, payload] of PAYLOADS.entries()) {
      serve(poisoned(realSummary, payload), realRegister, poisoned(realTexts, payload));
      const els = await renderAll(`/hostile/${i}/summary.json`);
      for (const el of els) {
        expect(el.status, `${el.localName} with payload ${i}`).to.equal('ready');
        rendered++;
        // Texts from the data show as text, verbatim (the counter shows only numbers).
        if (el.localName !== 'paris-call-counter') expect(el.shadowRoot!.textContent).to.contain(payload.trim().slice(0, 12));
        for (const href of hrefsIn(el)) expect(href, `${el.localName} href`).to.match(/^https?:\/\//);
        expect(el.shadowRoot!.querySelector('img, script, svg[onload], iframe')).to.equal(null);
      }
      await new Promise((r) => setTimeout(r, 30));
    }
    expect(window.__xss).to.equal(0);
    console.log(`hostile data: ${PAYLOADS.length} payloads × ${TAGS.length} widgets, ${rendered} rendered, 0 executions`);
  });

  it('payloads in structural fields (kind, dates, codes) give a visible error, never a broken render', async () => {
    window.__xss = 0;
    for (const [i, payload] of PAYLOADS.entries()) {
      serve(poisoned(realSummary, payload, true), realRegister, poisoned(realTexts, payload, true));
      const els = await renderAll(`/hostile-structural/${i}/summary.json`);
      for (const el of els) {
        expect(el.status).to.equal('error');
        expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
      }
    }
    expect(window.__xss).to.equal(0);
  });

  it('prototype keys at every depth never reach Object.prototype', async () => {
    serve(withProtoKeys(realSummary), withProtoKeys(realRegister), withProtoKeys(realTexts));
    const els = await renderAll('/proto/summary.json');
    expect(els.map((e) => e.status)).to.deep.equal(['ready', 'ready', 'ready']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect((Object.prototype as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

describe('malformed data (property-based)', () => {
  const isDataError = (e: unknown) => e instanceof ParisCallDataError && (e.code === 'schema' || e.code === 'version');

  /** Validation either returns a dataset or throws a typed data error: never a TypeError, never a hang. */
  function checks(validate: (d: unknown, u: string) => unknown, value: unknown) {
    try {
      validate(value, 'fuzz');
    } catch (e) {
      if (!isDataError(e)) throw e;
    }
  }

  it('arbitrary JSON values (1,000 runs)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        checks(validateSummary, v);
        checks(validateTexts, v);
        checks(validateRegister, v);
      }),
      { numRuns: 1000 },
    );
  });

  for (const [name, real, validate] of [
    ['summary', () => JSON.parse(realSummary), validateSummary],
    ['texts', () => JSON.parse(realTexts), validateTexts],
  ] as const) {
    it(`the real ${name} with one field replaced by anything (1,000 runs)`, () => {
      const paths: (string | number)[][] = [];
      const walk = (v: unknown, p: (string | number)[]) => {
        paths.push(p);
        if (Array.isArray(v)) v.slice(0, 3).forEach((x, i) => walk(x, [...p, i]));
        else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...p, k]);
      };
      walk(real(), []);
      fc.assert(
        fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.jsonValue(), (path, value) => {
          const data = real();
          let o = data;
          for (const k of path.slice(0, -1)) o = o[k];
          o[path.at(-1)!] = value;
          checks(validate, data);
        }),
        { numRuns: 1000 },
      );
    });
  }

  it('truncated JSON at any length shows a parse error, never an exception', async () => {
    // Strictly shorter than the JSON text itself (the file ends with a newline, and
    // fast-check favours bounds: cutting only that newline leaves valid JSON).
    const lengths = fc.sample(fc.integer({ min: 0, max: realSummary.trimEnd().length - 1 }), 25);
    for (const n of lengths) {
      serve(realSummary.slice(0, n), realRegister);
      const box = await fixture<HTMLDivElement>(
        html`<div><paris-call-counter src=${`/trunc/${n}/summary.json`}></paris-call-counter></div>`,
      );
      const el = box.firstElementChild as HTMLElement & { status: string };
      await waitUntil(() => el.status !== 'loading', 'stuck', { timeout: 15000 });
      expect(el.status).to.equal('error');
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('The data file is damaged.');
    }
  });
});
