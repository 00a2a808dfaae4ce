import { expect, waitUntil } from '@open-wc/testing';

// The test server sends these policies for /test/csp/page.html?policy=… (see
// web-test-runner.config.js). README documents them for hosts.
const POLICIES = ['strict', 'trusted-types'];

async function load(policy: string) {
  const frame = document.createElement('iframe');
  frame.src = `/test/csp/page.html?policy=${policy}`;
  frame.style.width = '900px';
  frame.style.height = '2000px';
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow as Window & { __violations: string[]; __errors: string[] };
  const widgets = () =>
    [...frame.contentDocument!.querySelectorAll<HTMLElement>('body > *')].filter((e) => e.localName.startsWith('paris-call-'));
  await waitUntil(
    () => widgets().every((w) => ['ready', 'error'].includes(w.getAttribute('status') ?? '')),
    `${policy}: widgets did not settle`,
    {
      timeout: 20000,
    },
  );
  return { frame, win, widgets: widgets() };
}

describe('strict Content-Security-Policy hosts', () => {
  for (const policy of POLICIES) {
    it(`renders every widget with 0 violations under the "${policy}" policy`, async () => {
      const { frame, win, widgets } = await load(policy);
      try {
        const states = widgets.map((w) => w.getAttribute('status'));
        expect(states).to.deep.equal(['ready', 'ready', 'ready', 'ready', 'ready', 'ready', 'ready', 'ready', 'error']);
        // Styled, not unstyled: the constructable stylesheet applied.
        const counter = widgets[0].shadowRoot!.querySelector('[part="number"]')!;
        expect(frame.contentWindow!.getComputedStyle(counter).fontWeight).to.equal('700');
        expect(counter.textContent!.trim()).to.equal('1,222');
        expect(win.__violations).to.deep.equal([]);
        expect(win.__errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
