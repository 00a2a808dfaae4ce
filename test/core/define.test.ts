import { expect } from '@open-wc/testing';
import { define } from '../../src/core/define.js';
import '../../src/paris-call-widgets.js';

describe('define()', () => {
  it('defines every element of the library from the single entry', () => {
    for (const tag of ['paris-call-counter', 'paris-call-principle', 'paris-call-principles']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  it('skips a name already defined, without throwing (the bundle loaded twice)', () => {
    const first = customElements.get('paris-call-counter')!;
    class Other extends HTMLElement {
      static pcwTag = true;
    }
    expect(() => define('paris-call-counter', Other)).not.to.throw();
    expect(customElements.get('paris-call-counter')).to.equal(first);
  });

  it('loads the built single bundle twice, from two URLs, without an error', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      await import(/* @vite-ignore */ '/dist/paris-call-widgets.js?copy=1' as string);
      await import(/* @vite-ignore */ '/dist/paris-call-widgets.js?copy=2' as string);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(customElements.get('paris-call-counter')).to.be.a('function');
  });
});
