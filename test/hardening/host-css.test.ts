// Hostile host CSS. The same page, clean and with a hostile
// stylesheet (test/hardening/host-css.html), side by side at the same width:
// each widget's box and the boxes of its parts must match. Then the same with
// real CSS frameworks (Bootstrap, Bulma, Pico, Tailwind's preflight), each
// against the clean page in the framework's font.
import { expect, waitUntil } from '@open-wc/testing';

type Box = { w: number; h: number };
type Win = Window & { loadWidgets: () => Promise<unknown> };
type Page = Awaited<ReturnType<typeof open>>;
/**
 * What the widgets inherit from the page by design (README, Theming: the
 * font is "the page's font"; `.base`'s font-size is 1em of the page's), and
 * two properties that come with a framework's typography and are harmless
 * inherited: text-rendering (Pico, Bulma: optimizeLegibility; kerning and
 * ligatures are on by default anyway) and tab-size (Pico, Tailwind: 4; no
 * widget text keeps its tabs).
 */
const INHERITED = ['font-family', 'font-size', 'text-rendering', 'tab-size'];
type Font = Record<string, string>;

const TAGS = [
  'paris-call-counter',
  'paris-call-principle',
  'paris-call-principles',
  'paris-call-badge',
  'paris-call-map',
  'paris-call-timeline',
  'paris-call-supporters',
];
const PROBES = [
  'html',
  'body',
  '#probe-h2',
  '#probe-p',
  '#probe-a',
  '#probe-span',
  '#probe-ul',
  '#probe-li',
  '#probe-button',
  '#probe-div',
  '#probe-svg',
  'header',
];
const PROPS = [
  'color',
  'background-color',
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'display',
  'margin-top',
  'padding-top',
  'box-sizing',
  'width',
  'height',
  'text-decoration-line',
  'list-style-type',
  'position',
  'z-index',
  'fill',
];

/**
 * Opens the page with `query`. `like`, when given, makes it a reference for
 * a framework page: its INHERITED values on the body, and every slot as wide
 * as there.
 */
async function open(query: string, like?: { font: Font; width: number }) {
  const frame = document.createElement('iframe');
  frame.src = `/test/hardening/host-css.html${query}`;
  frame.style.cssText = 'width: 1000px; height: 700px; border: 0';
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow as Win;
  const doc = frame.contentDocument!;
  if (like) {
    for (const [p, v] of Object.entries(like.font)) doc.body.style.setProperty(p, v);
    for (const slot of doc.querySelectorAll<HTMLElement>('.slot')) slot.style.width = `${like.width}px`;
  }
  const probes = () =>
    PROBES.map((sel) => {
      const cs = win.getComputedStyle(doc.querySelector(sel)!);
      // The page's own height grows with the widgets' content: not a style change.
      const props = sel === 'html' || sel === 'body' ? PROPS.filter((p) => p !== 'height') : PROPS;
      return `${sel} ${props.map((p) => cs.getPropertyValue(p)).join('|')}`;
    });
  const sheets = () =>
    `${doc.styleSheets.length} sheets, ${doc.adoptedStyleSheets.length} adopted, ${doc.head.children.length} head children`;
  const before = { probes: probes(), sheets: sheets() };
  await win.loadWidgets();
  const widgets = TAGS.map((t) => doc.querySelector(t) as HTMLElement & { updateComplete: Promise<unknown> });
  await waitUntil(() => widgets.every((w) => w.getAttribute('status') === 'ready'), `${query}: widgets not ready`, { timeout: 20000 });
  await Promise.all(widgets.map((w) => w.updateComplete));
  // The timeline sizes its chart on the next frames; the list lays out its rows.
  await new Promise((r) => setTimeout(r, 300));
  return { frame, win, doc, widgets, before, after: { probes: probes(), sheets: sheets() } };
}

/** Per part name of widget `el`, `read` of the first element with that part. */
function perPart<T>(el: HTMLElement, read: (e: Element) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const p of el.shadowRoot!.querySelectorAll('[part]')) {
    for (const name of p.getAttribute('part')!.split(/\s+/)) if (!(name in out)) out[name] = read(p);
  }
  return out;
}

/** The widget's box and, per part name, the box of its first element. */
function boxes(el: HTMLElement): Record<string, Box> {
  const size = (e: Element) => {
    const r = e.getBoundingClientRect();
    return { w: r.width, h: r.height };
  };
  return { ':host': size(el), ...perPart(el, size) };
}

const TOL = 1.5;

/** Computed properties of a widget's parts that a host page could change by inheritance. */
const PART_PROPS = [
  'color',
  'background-color',
  'border-top-color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'text-transform',
  'text-align',
  'text-decoration-line',
  'white-space',
  'visibility',
  'opacity',
  'cursor',
  'fill',
  'stroke',
  'list-style-type',
  'font-feature-settings',
  'font-variation-settings',
  'text-rendering',
  'tab-size',
  'overflow-wrap',
  'word-break',
  'hyphens',
  'direction',
];

/** Per part name, its first element's PART_PROPS. (Not the host's own: that is the page's element.) */
function partStyles(el: HTMLElement): Record<string, string> {
  const win = el.ownerDocument.defaultView!;
  return perPart(el, (e) => PART_PROPS.map((p) => `${p}: ${win.getComputedStyle(e).getPropertyValue(p)}`).join('; '));
}

/** The boxes of widget `tag` on page `b` that differ from page `a`'s by more than TOL, printed under `label`. */
function boxDiffs(label: string, a: Page, b: Page, tag: string): string[] {
  const i = TAGS.indexOf(tag);
  const x = boxes(a.widgets[i]);
  const y = boxes(b.widgets[i]);
  const diffs = Object.keys(x)
    .filter((k) => !y[k] || Math.abs(x[k].w - y[k].w) > TOL || Math.abs(x[k].h - y[k].h) > TOL)
    .map((k) => `${k}: ${Math.round(x[k].w)}×${Math.round(x[k].h)} → ${y[k] ? `${Math.round(y[k].w)}×${Math.round(y[k].h)}` : 'missing'}`);
  console.log(
    `${label}, ${tag}: ${Object.keys(x).length} boxes compared, ${diffs.length} differ${diffs.length ? ': ' + diffs.join('; ') : ''}`,
  );
  return diffs;
}

/** The page's own elements whose computed style the widgets changed, and whether they added a stylesheet. */
function expectHostUntouched(page: Page) {
  const changed = page.after.probes.filter((p, i) => p !== page.before.probes[i]);
  expect(changed, changed.map((c) => `${c} (was ${page.before.probes[page.after.probes.indexOf(c)]})`).join('; ')).to.deep.equal([]);
  expect(page.after.sheets).to.equal(page.before.sheets);
}

/**
 * Defects found by this test in src/components/supporters/, which another
 * change is rewriting: reported there, not fixed here. The test still
 * measures and prints them, and fails once they are fixed so the entry goes.
 */
const KNOWN: Record<string, string> = {};

describe('hostile host CSS', () => {
  let clean: Page;
  let hostile: Page;
  before(async function () {
    this.timeout(60000);
    clean = await open('');
    hostile = await open('?hostile=1');
  });
  after(() => {
    clean?.frame.remove();
    hostile?.frame.remove();
  });

  it('the hostile rules apply to the host page', () => {
    const cs = hostile.win.getComputedStyle(hostile.doc.querySelector('#probe-div')!);
    expect(cs.display).to.equal('flex');
    expect(hostile.win.getComputedStyle(hostile.doc.documentElement).fontSize).to.equal('10px');
    expect(hostile.win.getComputedStyle(hostile.doc.querySelector('.slot')!).display).to.equal('flex');
  });

  for (const tag of TAGS) {
    it(`${tag} keeps its layout (its box and every part's box)`, function () {
      const diffs = boxDiffs('host CSS', clean, hostile, tag);
      if (KNOWN[tag]) {
        expect(diffs, `${tag} is fixed: remove it from KNOWN`).to.not.deep.equal([]);
        console.log(`host CSS, ${tag}: KNOWN DEFECT, reported: ${KNOWN[tag]}`);
        this.skip();
      }
      expect(diffs).to.deep.equal([]);
    });
  }

  it('the map tooltip stays inside the viewport and above the sticky max-z-index header, for every country', async function () {
    this.timeout(30000);
    // Firefox ESR's elementFromPoint misses the tooltip wherever it sticks out
    // of the map's own box, on the clean page as well (the popover is open, in
    // the top layer, inside the viewport): counted and printed, not asserted.
    const firefox = navigator.userAgent.includes('Firefox');
    const figures: string[] = [];
    for (const [label, page] of [
      ['clean', clean],
      ['hostile', hostile],
    ] as const) {
      const { checked, outside, covered } = await tooltipProblems(page);
      figures.push(
        `${label} page: ${checked} placements, ${outside.length} outside the viewport or not in the top layer, ${covered.length} corners hit-tested as covered`,
      );
      expect(outside, `${label}: outside the viewport`).to.deep.equal([]);
      if (!firefox) expect(covered.slice(0, 10), `${label}: covered`).to.deep.equal([]);
      else if (covered.length) console.log(`host CSS, map tooltip (Firefox hit test, ${label}): ${covered.slice(0, 3).join('; ')}`);
    }
    console.log(
      `host CSS, map tooltip (keyboard through every country, 3 scroll positions; hostile: sticky header z-index 2147483647, overflow:hidden + transform ancestors): ${figures.join('; ')}`,
    );
  });

  async function tooltipProblems({ win, doc }: Page) {
    const map = doc.querySelector('paris-call-map') as HTMLElement & { updateComplete: Promise<unknown> };
    const frame = map.shadowRoot!.querySelector<HTMLElement>('[part="map"]')!;
    const tip = map.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
    const header = doc.querySelector('header')!;
    const vw = doc.documentElement.clientWidth;
    const vh = doc.documentElement.clientHeight;
    let checked = 0;
    const outside: string[] = [];
    const covered: string[] = [];
    // Three scroll positions: the map's top just under the sticky header, its middle in view, its bottom at the viewport's bottom.
    const top = map.getBoundingClientRect().top + win.scrollY;
    const h = map.getBoundingClientRect().height;
    for (const y of [top - header.offsetHeight, top + h / 2 - vh / 2, top + h - vh]) {
      win.scrollTo(0, Math.max(0, y));
      frame.focus();
      frame.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, composed: true }));
      await map.updateComplete;
      const current = () => map.shadowRoot!.querySelector('g.current')?.getAttribute('data-current') ?? null;
      let id = current();
      let previous: string | null = null;
      // ArrowRight until the last country (where it stays).
      while (id && id !== previous && checked < 2000) {
        const r = tip.getBoundingClientRect();
        if (!(r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= vw && r.bottom <= vh) || !tip.matches(':popover-open')) {
          outside.push(
            `${id} at scroll ${Math.round(win.scrollY)}: ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} in ${vw}×${vh}`,
          );
        } else {
          // Not covered: the topmost element at each corner is the map (the tooltip lives in its shadow root).
          // A just-moved top-layer element may be hit-tested after the next paint: look again then.
          const corners = [
            [r.left + 2, r.top + 2],
            [r.right - 2, r.top + 2],
            [r.left + 2, r.bottom - 2],
            [r.right - 2, r.bottom - 2],
          ];
          const hits = () => corners.map(([x, yy]) => [x, yy, doc.elementFromPoint(x, yy)] as const).filter(([, , hit]) => hit !== map);
          let hidden = hits();
          if (hidden.length) {
            await new Promise((res) => win.requestAnimationFrame(() => win.requestAnimationFrame(res)));
            hidden = hits();
          }
          for (const [x, yy, hit] of hidden) covered.push(`${id}: covered by <${hit?.localName}> at ${Math.round(x)},${Math.round(yy)}`);
        }
        checked++;
        frame.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
        await map.updateComplete;
        previous = id;
        id = current();
      }
      frame.blur();
      await map.updateComplete;
    }
    return { checked, outside, covered };
  }

  it("the widgets change no host element's computed style, and add no stylesheet to the page", () => {
    for (const page of [clean, hostile]) expectHostUntouched(page);
  });
});

/**
 * Real CSS frameworks, as a site built on one loads them (a <link> before the
 * site's own rules; host-css.html?framework=<name>), with the widgets inside
 * the frameworks' `.container` and Bulma's `.content`. A framework sets the
 * page's font, which the widgets inherit by design (README, Theming:
 * `--paris-call-font-family`, default "the page's font"; `.base`'s font-size
 * is 1em of the page's: Pico's is 18px at this width), and its container
 * sets the width: the reference is the clean page with that font on its body
 * and its slots as wide. Everything else must be the same: every part's box,
 * and every part's inheritable style (colours, weights, cursor…).
 */
const FRAMEWORKS = ['bootstrap', 'bulma', 'pico', 'tailwind'];

for (const framework of FRAMEWORKS) {
  describe(`host CSS framework: ${framework}`, () => {
    let page: Page;
    let reference: Page;
    let font: Font;
    before(async function () {
      this.timeout(60000);
      page = await open(`?framework=${framework}`);
      const slot = page.doc.querySelector('.slot')!;
      const cs = page.win.getComputedStyle(slot);
      font = Object.fromEntries(INHERITED.map((p) => [p, cs.getPropertyValue(p)]));
      reference = await open('', { font, width: slot.getBoundingClientRect().width });
    });
    after(() => {
      page?.frame.remove();
      reference?.frame.remove();
    });

    it("its stylesheet is loaded, sets the page's font, and none of the widgets' custom properties", async () => {
      const link = page.doc.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')!;
      expect(link.sheet?.cssRules.length, `${link.href} loaded`).to.be.greaterThan(0);
      // Custom properties inherit into the shadow roots: a framework's theme
      // variables (Tailwind's --color-*, --spacing…; --bs-*, --bulma-*, --pico-*)
      // must not be names the widgets read.
      const text = await (await fetch(link.href)).text();
      expect(text.match(/--(paris-call-|_)[\w-]*\s*:/g) ?? []).to.deep.equal([]);
      expect(font['font-family'], "the clean page's font").to.not.equal('sans-serif');
      const width = Math.round(page.doc.querySelector('.slot')!.getBoundingClientRect().width);
      console.log(
        `host CSS framework ${framework}: ${width} px wide slots; the widgets inherit ${INHERITED.map((p) => `${p}: ${font[p]}`).join('; ')}`,
      );
    });

    for (const tag of TAGS) {
      it(`${tag} keeps its layout and its parts' inherited style`, () => {
        expect(boxDiffs(`host CSS framework ${framework}`, reference, page, tag)).to.deep.equal([]);
        const i = TAGS.indexOf(tag);
        const a = partStyles(reference.widgets[i]);
        const b = partStyles(page.widgets[i]);
        const styleDiffs = Object.keys(a)
          .filter((k) => a[k] !== b[k])
          .map((k) => {
            const before = a[k].split('; ');
            const after = (b[k] ?? '').split('; ');
            return `${k}: ${after.filter((d) => !before.includes(d)).join('; ')} (was ${before.filter((d) => !after.includes(d)).join('; ')})`;
          });
        expect(styleDiffs).to.deep.equal([]);
      });
    }

    it("the widgets change no host element's computed style, and add no stylesheet to the page", () => {
      expectHostUntouched(page);
    });
  });
}
