// Issue 8, part 4: hostile host CSS. The same page, clean and with a hostile
// stylesheet (test/hardening/host-css.html), side by side at the same width:
// each widget's box and the boxes of its parts must match.
import { expect, waitUntil } from '@open-wc/testing';

type Box = { w: number; h: number };
type Win = Window & { loadWidgets: () => Promise<unknown> };

const TAGS = ['paris-call-counter', 'paris-call-principle', 'paris-call-principles', 'paris-call-badge', 'paris-call-map', 'paris-call-timeline', 'paris-call-supporters'];
const PROBES = ['html', 'body', '#probe-h2', '#probe-p', '#probe-a', '#probe-span', '#probe-ul', '#probe-li', '#probe-button', '#probe-div', '#probe-svg', 'header'];
const PROPS = ['color', 'background-color', 'font-family', 'font-size', 'font-weight', 'line-height', 'display', 'margin-top', 'padding-top', 'box-sizing', 'width', 'height', 'text-decoration-line', 'list-style-type', 'position', 'z-index', 'fill'];

async function open(query: string) {
  const frame = document.createElement('iframe');
  frame.src = `/test/hardening/host-css.html${query}`;
  frame.style.cssText = 'width: 1000px; height: 700px; border: 0';
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow as Win;
  const doc = frame.contentDocument!;
  const probes = () =>
    PROBES.map((sel) => {
      const cs = win.getComputedStyle(doc.querySelector(sel)!);
      // The page's own height grows with the widgets' content: not a style change.
      const props = sel === 'html' || sel === 'body' ? PROPS.filter((p) => p !== 'height') : PROPS;
      return `${sel} ${props.map((p) => cs.getPropertyValue(p)).join('|')}`;
    });
  const sheets = () => `${doc.styleSheets.length} sheets, ${doc.adoptedStyleSheets.length} adopted, ${doc.head.children.length} head children`;
  const before = { probes: probes(), sheets: sheets() };
  await win.loadWidgets();
  const widgets = TAGS.map((t) => doc.querySelector(t) as HTMLElement & { updateComplete: Promise<unknown> });
  await waitUntil(() => widgets.every((w) => w.getAttribute('status') === 'ready'), `${query}: widgets not ready`, { timeout: 20000 });
  await Promise.all(widgets.map((w) => w.updateComplete));
  // The timeline sizes its chart on the next frames; the list lays out its rows.
  await new Promise((r) => setTimeout(r, 300));
  return { frame, win, doc, widgets, before, after: { probes: probes(), sheets: sheets() } };
}

/** The widget's box and, per part name, the box of its first element. */
function boxes(el: HTMLElement): Record<string, Box> {
  const out: Record<string, Box> = {};
  const r = el.getBoundingClientRect();
  out[':host'] = { w: r.width, h: r.height };
  for (const p of el.shadowRoot!.querySelectorAll('[part]')) {
    for (const name of p.getAttribute('part')!.split(/\s+/)) {
      if (out[name]) continue;
      const b = p.getBoundingClientRect();
      out[name] = { w: b.width, h: b.height };
    }
  }
  return out;
}

const TOL = 1.5;

/**
 * Defects found by this test in src/components/supporters/, which another
 * change is rewriting: reported there, not fixed here. The test still
 * measures and prints them, and fails once they are fixed so the entry goes.
 */
const KNOWN: Record<string, string> = {};

describe('hostile host CSS', () => {
  let clean: Awaited<ReturnType<typeof open>>;
  let hostile: Awaited<ReturnType<typeof open>>;
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
      const i = TAGS.indexOf(tag);
      const a = boxes(clean.widgets[i]);
      const b = boxes(hostile.widgets[i]);
      const diffs = Object.keys(a)
        .filter((k) => !b[k] || Math.abs(a[k].w - b[k].w) > TOL || Math.abs(a[k].h - b[k].h) > TOL)
        .map((k) => `${k}: ${Math.round(a[k].w)}×${Math.round(a[k].h)} → ${b[k] ? `${Math.round(b[k].w)}×${Math.round(b[k].h)}` : 'missing'}`);
      console.log(`host CSS, ${tag}: ${Object.keys(a).length} boxes compared, ${diffs.length} differ${diffs.length ? ': ' + diffs.join('; ') : ''}`);
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
    for (const [label, page] of [['clean', clean], ['hostile', hostile]] as const) {
      const { checked, outside, covered } = await tooltipProblems(page);
      figures.push(`${label} page: ${checked} placements, ${outside.length} outside the viewport or not in the top layer, ${covered.length} corners hit-tested as covered`);
      expect(outside, `${label}: outside the viewport`).to.deep.equal([]);
      if (!firefox) expect(covered.slice(0, 10), `${label}: covered`).to.deep.equal([]);
      else if (covered.length) console.log(`host CSS, map tooltip (Firefox hit test, ${label}): ${covered.slice(0, 3).join('; ')}`);
    }
    console.log(`host CSS, map tooltip (keyboard through every country, 3 scroll positions; hostile: sticky header z-index 2147483647, overflow:hidden + transform ancestors): ${figures.join('; ')}`);
  });

  async function tooltipProblems({ win, doc }: Awaited<ReturnType<typeof open>>) {
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
          outside.push(`${id} at scroll ${Math.round(win.scrollY)}: ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} in ${vw}×${vh}`);
        } else {
          // Not covered: the topmost element at each corner is the map (the tooltip lives in its shadow root).
          // A just-moved top-layer element may be hit-tested after the next paint: look again then.
          const corners = [[r.left + 2, r.top + 2], [r.right - 2, r.top + 2], [r.left + 2, r.bottom - 2], [r.right - 2, r.bottom - 2]];
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

  it('the widgets change no host element\'s computed style, and add no stylesheet to the page', () => {
    for (const page of [clean, hostile]) {
      const changed = page.after.probes.filter((p, i) => p !== page.before.probes[i]);
      expect(changed, changed.map((c) => `${c} (was ${page.before.probes[page.after.probes.indexOf(c)]})`).join('; ')).to.deep.equal([]);
      expect(page.after.sheets).to.equal(page.before.sheets);
    }
  });
});
