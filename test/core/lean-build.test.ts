// The browser tests run the sources through the build's transforms
// (scripts/build/lean-build.js, wired into web-test-runner.config.js), so they test
// the code the bundles ship. This checks that wiring: a decorated field
// arrives as a `static properties` entry, and the reactive property still
// reflects and re-renders.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/counter/define.js';
import { ParisCallCounter } from '../../src/components/counter/counter.js';
import { ParisCallElement } from '../../src/core/base-element.js';
import { SUMMARY } from '../helpers/helpers.js';

describe('build transforms in the test server', () => {
  it('decorators became static properties, and they still work', async () => {
    expect(Object.hasOwn(ParisCallCounter, 'properties'), 'counter.ts was transformed').to.equal(true);
    expect(Object.keys((ParisCallCounter as unknown as { properties: object }).properties)).to.include.members([
      'category',
      'layout',
      'noAnimation',
      'shown',
    ]);
    expect(Object.keys((ParisCallElement as unknown as { properties: object }).properties)).to.deep.equal(['src', 'theme', 'status']);
    const el = await fixture<ParisCallCounter>(html`<paris-call-counter src=${SUMMARY} no-animation></paris-call-counter>`);
    expect(el.noAnimation).to.equal(true);
    el.category = 'state';
    await el.updateComplete;
    expect(el.getAttribute('category'), 'reflect: true').to.equal('state');
  });
});
