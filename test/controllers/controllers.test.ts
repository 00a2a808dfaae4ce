import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { PageEventsController } from '../../src/controllers/page-events.js';
import { placeTooltip } from '../../src/controllers/place-tooltip.js';
import { typeAhead } from '../../src/controllers/type-ahead.js';
import { WindowedListController } from '../../src/controllers/windowed-list.js';

describe('typeAhead()', () => {
  const names = ['Albanie', 'Allemagne', 'Belgique', 'Émirats arabes unis', 'Estonie', 'Zambie'];

  it('finds the next name with that first letter after the current one, wrapping round', () => {
    expect(typeAhead(names, 0, 'a', 'fr')).to.equal(1);
    expect(typeAhead(names, 1, 'a', 'fr')).to.equal(0);
    expect(typeAhead(names, 5, 'b', 'fr')).to.equal(2);
  });

  it('compares as the locale does: accents and case aside', () => {
    expect(typeAhead(names, 0, 'e', 'fr')).to.equal(3);
    expect(typeAhead(names, 3, 'E', 'fr')).to.equal(4);
  });

  it('answers -1 for no match, a key that is not a letter, or an empty list', () => {
    expect(typeAhead(names, 0, 'q', 'fr')).to.equal(-1);
    expect(typeAhead(names, 0, '1', 'fr')).to.equal(-1);
    expect(typeAhead(names, 0, 'Enter', 'fr')).to.equal(-1);
    expect(typeAhead([], 0, 'a', 'fr')).to.equal(-1);
  });
});

describe('placeTooltip()', () => {
  let tip: HTMLElement;
  beforeEach(() => {
    tip = document.createElement('div');
    tip.style.cssText = 'position: fixed; width: 100px; height: 40px';
    document.body.append(tip);
  });
  afterEach(() => tip.remove());
  const box = () => tip.getBoundingClientRect();

  it('puts the tooltip above the anchor, centred on it', () => {
    placeTooltip(tip, { left: 200, top: 300, right: 220, bottom: 310 });
    expect(box().left).to.equal(160);
    expect(box().bottom).to.be.closeTo(290, 0.5);
  });

  it('goes below the anchor when there is no room above, and never past the viewport edges', () => {
    placeTooltip(tip, { left: 0, top: 10, right: 4, bottom: 20 });
    expect(box().top).to.be.closeTo(30, 0.5);
    expect(box().left).to.equal(6);
    const w = document.documentElement.clientWidth;
    placeTooltip(tip, { left: w, top: 300, right: w, bottom: 310 });
    expect(box().right).to.be.closeTo(w - 6, 0.5);
  });
});

class PageEventsHost extends LitElement {
  seen: string[] = [];
  constructor() {
    super();
    new PageEventsController(this, (e) => this.seen.push(e.type));
  }
}
customElements.define('test-page-events-host', PageEventsHost);

describe('PageEventsController', () => {
  it('hears presses, keys, scrolls and resizes anywhere on the page while the host is connected, and nothing after', async () => {
    const el = await fixture<PageEventsHost>(html`<test-page-events-host></test-page-events-host>`);
    const fire = () => {
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      document.dispatchEvent(new Event('scroll'));
      window.dispatchEvent(new Event('resize'));
    };
    fire();
    expect(el.seen).to.deep.equal(['pointerdown', 'keydown', 'scroll', 'resize']);
    el.remove();
    fire();
    expect(el.seen, 'a removed host hears nothing').to.have.length(4);
  });
});

type Item = { n: number };
class ListHost extends LitElement {
  static override styles = css`
    .list { height: 200px; overflow: auto; position: relative; }
    .list::before { content: ''; display: block; block-size: var(--_y, 0); }
    .list::after { content: ''; position: absolute; inset-block-start: 0; inline-size: 1px; block-size: var(--_size, 0); }
    .slot { block-size: 20px; }
  `;
  items: Item[] = Array.from({ length: 1000 }, (_, n) => ({ n }));
  list = new WindowedListController<Item>(
    this,
    (item, tabbable) => html`<button part="copy" tabindex=${tabbable ? 0 : -1}>${item.n}</button>`,
  );
  override render() {
    this.list.span(this.items);
    return html`<div class="list" role="list" @scroll=${this.list.onScroll} @keydown=${this.list.onKey} @focusin=${this.list.onFocus}></div>`;
  }
  override updated() {
    this.list.sync(this.renderRoot.querySelector('.list')!);
  }
}
customElements.define('test-windowed-list-host', ListHost);

describe('WindowedListController', () => {
  const shown = (el: ListHost) => [...el.shadowRoot!.querySelectorAll('.slot')].map((s) => Number(s.textContent));
  const settle = async (el: ListHost) => {
    for (let i = 0; i < 4; i++) {
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
    }
  };

  it('renders only the rows in sight (plus a few), with their positions in the whole list', async () => {
    const el = await fixture<ListHost>(html`<test-windowed-list-host></test-windowed-list-host>`);
    await settle(el);
    const rows = shown(el);
    expect(rows[0]).to.equal(0);
    expect(rows.length).to.be.within(10, 20);
    expect(el.shadowRoot!.querySelector('.slot')!.getAttribute('aria-setsize')).to.equal('1000');
    const list = el.shadowRoot!.querySelector<HTMLElement>('.list')!;
    expect(list.scrollHeight).to.be.closeTo(20000, 1);
    list.scrollTop = 10000;
    list.dispatchEvent(new Event('scroll'));
    await settle(el);
    expect(shown(el)).to.include(500);
    expect(shown(el)).not.to.include(0);
  });

  it('one Tab stop among the rows; End and Home reach rows not rendered yet, and the focus follows', async () => {
    const el = await fixture<ListHost>(html`<test-windowed-list-host></test-windowed-list-host>`);
    await settle(el);
    const tabbable = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('button[tabindex="0"]')].map((b) => b.textContent);
    expect(tabbable()).to.deep.equal(['0']);
    const first = el.shadowRoot!.querySelector<HTMLElement>('button')!;
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    await settle(el);
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('999');
    el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, composed: true }));
    await settle(el);
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('998');
    expect(tabbable()).to.deep.equal(['998']);
  });
});
