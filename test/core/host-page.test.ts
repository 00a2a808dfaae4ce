import { expect, fixture, html } from '@open-wc/testing';
import '../../src/paris-call-widgets.js';
import type { ParisCallCounter } from '../../src/components/counter/counter.js';
import { SUMMARY, settled } from '../helpers/helpers.js';

/** Rules a news site's stylesheet might well have. */
const HOSTILE_CSS = `
  .hostile { text-transform: uppercase; letter-spacing: 6px; line-height: 4; text-align: center;
             font-style: italic; white-space: pre; word-spacing: 20px; color: red; }
  .hostile * { display: inline !important; margin: 40px !important; color: red !important; }
  p, section, li, ul, a { background: yellow; border: 5px solid red; padding: 30px; }
`;

describe('host page CSS', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
  });
  after(() => style.remove());

  it('does not leak into the widget', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div class="hostile"><paris-call-counter lang="en" src=${SUMMARY} no-animation></paris-call-counter></div>`,
    );
    const el = box.firstElementChild as ParisCallCounter;
    await settled(el);
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    const cs = getComputedStyle(base);
    expect(cs.textTransform).to.equal('none');
    expect(cs.letterSpacing).to.equal('normal');
    expect(cs.fontStyle).to.equal('normal');
    expect(cs.textAlign).to.be.oneOf(['start', 'left']);
    expect(cs.whiteSpace).to.equal('normal');
    expect(cs.color).to.equal('rgb(22, 24, 29)');
    const li = el.shadowRoot!.querySelector('li')!;
    // The breakdown's own layout holds: figures in a column (an inline block), not the host's `display: inline`.
    expect(getComputedStyle(li.querySelector('.n')!).display).to.equal('inline-block');
    expect(getComputedStyle(li).borderTopWidth).to.equal('0px');
    expect(el.shadowRoot!.querySelector('[part="number"]')!.textContent!.trim()).to.equal('1,222');
  });

  it('does not style the host page', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <p id="before">text</p>
      <a id="link" href="#x">link</a>
    </div>`);
    const snapshot = () =>
      [box.querySelector('#before')!, box.querySelector('#link')!].map((e) => {
        const cs = getComputedStyle(e);
        return [cs.color, cs.fontFamily, cs.fontSize, cs.lineHeight, cs.textDecorationLine, cs.background].join('|');
      });
    const before = snapshot();
    const el = document.createElement('paris-call-principles');
    el.setAttribute('src', SUMMARY);
    box.append(el);
    await settled(el as unknown as ParisCallCounter);
    expect(snapshot()).to.deep.equal(before);
  });
});

describe('Lit dev-mode warnings', () => {
  it('none while widgets load, render, change and fail', async () => {
    const warnings: string[] = [];
    const real = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
    };
    try {
      const box = await fixture<HTMLDivElement>(html`<div lang="fr">
        <paris-call-counter src=${SUMMARY}></paris-call-counter>
        <paris-call-counter src=${SUMMARY} category="state" layout="compact"></paris-call-counter>
        <paris-call-principle src=${SUMMARY} number="2"></paris-call-principle>
        <paris-call-principles src=${SUMMARY} layout="list"></paris-call-principles>
        <paris-call-counter src="/__fault/404/summary?key=devwarn"></paris-call-counter>
      </div>`);
      const els = [...box.children] as ParisCallCounter[];
      await Promise.all(els.map((e) => settled(e)));
      box.lang = 'ar';
      (els[2] as unknown as { number: number }).number = 7;
      els[0].theme = 'dark';
      await new Promise((r) => setTimeout(r, 1200));
      await Promise.all(els.map((e) => e.updateComplete));
    } finally {
      console.warn = real;
    }
    expect(warnings.filter((w) => w.includes('lit.dev/msg'))).to.deep.equal([]);
  });
});
