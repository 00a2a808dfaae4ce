import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/principle/define.js';
import '../../src/components/principles/define.js';
import type { ParisCallPrinciple } from '../../src/components/principle/principle.js';
import type { ParisCallPrinciples } from '../../src/components/principles/principles.js';
import { SUMMARY, settled, shadowText } from '../helpers/helpers.js';

async function principle(attrs: string) {
  const box = await fixture<HTMLDivElement>(
    html`<div .innerHTML=${`<paris-call-principle src="${SUMMARY}" ${attrs}></paris-call-principle>`}></div>`,
  );
  const el = box.firstElementChild as ParisCallPrinciple;
  await settled(el);
  return el;
}

describe('<paris-call-principle>', () => {
  it('shows the official English text of principle 1', async () => {
    const el = await principle('number="1" lang="en"');
    expect(el.shadowRoot!.querySelector('[part~="number"]')!.textContent).to.equal('Principle 1');
    const title = el.shadowRoot!.querySelector('[part="title"]')!;
    expect(title.textContent).to.equal('Protect individuals and infrastructure');
    expect(title.getAttribute('role')).to.equal('heading');
    expect(shadowText(el)).to.contain('Prevent and recover from malicious cyber activities');
    expect(el.shadowRoot!.querySelector('[part="note"]')).to.equal(null);
  });

  it('shows the official French text without a translation note', async () => {
    const el = await principle('number="2" lang="fr"');
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Protéger l’internet');
    expect(el.shadowRoot!.querySelector('[part="note"]')).to.equal(null);
  });

  for (const lang of ['ar', 'ja', 'hu', 'sv', 'de', 'es']) {
    it(`marks the ${lang} text as an unofficial translation`, async () => {
      const el = await principle(`number="9" lang="${lang}"`);
      const title = el.shadowRoot!.querySelector('[part="title"]')!.textContent!;
      expect(title).to.not.equal('International norms');
      expect(title.length).to.be.above(3);
      const note = el.shadowRoot!.querySelector('[part="note"]')!;
      expect(note).to.exist;
      expect(note.textContent!.length).to.be.above(5);
      expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal(lang);
      // Slanted only in Latin scripts: browsers fake Arabic and Japanese italics by skewing the glyphs.
      expect(getComputedStyle(note).fontStyle).to.equal(['ar', 'ja'].includes(lang) ? 'normal' : 'italic');
    });
  }

  it('renders Arabic right-to-left and Japanese text', async () => {
    const ar = await principle('number="3" lang="ar"');
    const base = ar.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    expect(getComputedStyle(base).direction).to.equal('rtl');
    expect(/[\u0600-\u06FF]/.test(shadowText(ar))).to.be.true;
    const ja = await principle('number="3" lang="ja"');
    expect(/[\u3040-\u30FF\u4E00-\u9FFF]/.test(shadowText(ja))).to.be.true;
  });

  it('updates when number changes', async () => {
    const el = await principle('number="1" lang="en"');
    el.number = 4;
    await el.updateComplete;
    await settled(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="number"]')!.textContent).to.equal('Principle 4');
  });

  it('shows a not-found error for a principle that does not exist', async () => {
    const el = await principle('number="12" lang="en"');
    expect(el.status).to.equal('error');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('No such item');
    // The error's title is the size of every widget's error title, not of a card title.
    const title = el.shadowRoot!.querySelector<HTMLElement>('.error .title')!;
    expect(getComputedStyle(title).fontSize).to.equal(getComputedStyle(el.shadowRoot!.querySelector('.error')!).fontSize);
  });
});

describe('<paris-call-principles>', () => {
  async function all(attrs: string) {
    const box = await fixture<HTMLDivElement>(
      html`<div .innerHTML=${`<paris-call-principles src="${SUMMARY}" ${attrs}></paris-call-principles>`}></div>`,
    );
    const el = box.firstElementChild as ParisCallPrinciples;
    await settled(el);
    return el;
  }

  it('is an ordered list of the nine principles', async () => {
    const el = await all('lang="en"');
    const ol = el.shadowRoot!.querySelector('ol')!;
    const items = ol.querySelectorAll(':scope > li');
    expect(items).to.have.length(9);
    expect(items[8].querySelector('[part="title"]')!.textContent).to.equal('International norms');
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()).to.equal('The nine principles of the Paris Call');
  });

  it('grid layout puts cards side by side on a wide container; list layout stacks them', async () => {
    const el = await all('lang="en" layout="grid"');
    el.style.width = '1000px';
    await el.updateComplete;
    const tops = () => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.getBoundingClientRect().top);
    expect(tops()[0]).to.equal(tops()[1]);
    el.layout = 'list';
    await el.updateComplete;
    expect(tops()[1]).to.be.above(tops()[0]);
  });
});
