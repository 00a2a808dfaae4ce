// The embed builder reads its options from its own address
// (demo/builder.html?widget=…&category=…), checked against the attribute
// table built from custom-elements.json: a value no widget accepts must
// write no snippet (a counter of an unknown category would claim 0
// supporters) and say so where the snippet would be.
import { expect, waitUntil } from '@open-wc/testing';

import '../../demo/builder.js';
import type { PcwBuilder } from '../../demo/builder.js';

/** A builder that reads `query` as its page's address (sync-url), as builder.html?… does. */
async function open(query: string) {
  const before = location.href;
  history.replaceState(null, '', `${location.pathname}?${query}`);
  const b = document.createElement('pcw-builder') as PcwBuilder & { snippet: string };
  b.setAttribute('sync-url', '');
  document.body.append(b);
  try {
    await b.ready;
  } finally {
    history.replaceState(null, '', before);
  }
  const status = () => b.querySelector('.status')!;
  return { f: b, b, status };
}

describe('embed builder: options from its own address', () => {
  it('refuses ?widget=counter&category=bogus: no snippet, a visible error', async () => {
    const { f, b, status } = await open('widget=counter&category=bogus');
    try {
      await waitUntil(() => status().textContent, 'no message shown');
      expect(status().textContent).to.include('category="bogus"');
      expect(status().classList.contains('error')).to.be.true;
      expect(status().getBoundingClientRect().height).to.be.greaterThan(0);
      expect(b.snippet).to.equal('');
      expect(b.querySelector('textarea')!.value).to.equal('');
    } finally {
      f.remove();
    }
  });

  it('takes valid options from the address into the snippet', async () => {
    const { f, b } = await open('widget=counter&category=state&lang=fr&theme=dark');
    try {
      await waitUntil(() => b.snippet, 'no snippet');
      expect(b.snippet).to.include('category="state"').and.include('lang="fr"').and.include('theme="dark"');
      expect(b.snippet).to.match(/<strong>81<\/strong>/);
    } finally {
      f.remove();
    }
  });
});
