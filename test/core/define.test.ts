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
      static pcwVersion = (first as unknown as { pcwVersion: string }).pcwVersion;
    }
    expect(() => define('paris-call-counter', Other)).not.to.throw();
    expect(customElements.get('paris-call-counter')).to.equal(first);
  });

  it('warns, naming both versions, when another version of the library defined the tag first', () => {
    const first = customElements.get('paris-call-counter') as unknown as { pcwVersion: string };
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      class SameVersion extends HTMLElement {
        static pcwVersion = first.pcwVersion;
      }
      define('paris-call-counter', SameVersion);
      expect(warnings, 'two copies of one version are fine').to.deep.equal([]);
      const tag = `pcw-version-clash-${Date.now()}`;
      customElements.define(
        tag,
        class extends HTMLElement {
          static pcwVersion = '0.0.1';
        },
      );
      define(tag, class extends HTMLElement {});
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include(
        `<${tag}> is already defined by paris-call-widgets 0.0.1; this copy (${first.pcwVersion}) was not registered.`,
      );
    } finally {
      console.warn = warn;
    }
    expect(first.pcwVersion).to.match(/^\d+\.\d+\.\d+/);
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
