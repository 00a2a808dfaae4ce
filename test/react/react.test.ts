import { expect, waitUntil } from '@open-wc/testing';
import React from 'react';
import ReactDOM from 'react-dom/client';

const { createElement } = React;
const { createRoot } = ReactDOM;
import { ParisCallCounter, ParisCallPrinciple } from '../../src/react/index.js';
import { SUMMARY, settled } from '../helpers/helpers.js';

describe('React wrappers', () => {
  it('render a counter with typed props and call onLoad', async () => {
    const container = document.createElement('div');
    container.lang = 'en';
    document.body.append(container);
    const root = createRoot(container);
    let loads = 0;
    root.render(
      createElement(
        'div',
        null,
        createElement(ParisCallCounter, { src: SUMMARY, category: 'state', layout: 'compact', noAnimation: true, onLoad: () => loads++ }),
        createElement(ParisCallPrinciple, { src: SUMMARY, number: 6 }),
      ),
    );
    try {
      await waitUntil(() => container.querySelector('paris-call-counter'), 'React did not render the element');
      const el = container.querySelector('paris-call-counter')!;
      await settled(el);
      await waitUntil(() => loads === 1, 'onLoad was not called');
      expect(el.category).to.equal('state');
      expect(el.shadowRoot!.querySelector('[part="number"]')!.textContent!.trim()).to.equal('81');
      const p = container.querySelector('paris-call-principle')!;
      await settled(p);
      expect(p.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Lifecycle security');
    } finally {
      root.unmount();
      container.remove();
    }
  });
});
