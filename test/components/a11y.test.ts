import { expect, fixture, html } from '@open-wc/testing';
import '../../src/paris-call-widgets.js';
import { LOCALES } from '../../src/data/types.js';
import { SUMMARY, settled } from '../helpers/helpers.js';

const TAGS = ['paris-call-counter', 'paris-call-principle', 'paris-call-principles'];

describe('accessibility (axe-core)', () => {
  for (const tag of TAGS) {
    for (const theme of ['light', 'dark']) {
      it(`${tag}: 0 violations in all eight locales, ${theme} theme`, async () => {
        for (const lang of LOCALES) {
          const box = await fixture<HTMLDivElement>(
            html`<div .innerHTML=${`<${tag} src="${SUMMARY}" lang="${lang}" theme="${theme}" no-animation number="5"></${tag}>`}></div>`,
          );
          const el = box.firstElementChild as HTMLElement & { status: string };
          await settled(el);
          expect(el.status).to.equal('ready');
          await expect(box).to.be.accessible();
        }
      });
    }
  }

  it('the error state is accessible too', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div><paris-call-counter src="/__fault/404/summary?key=a11y" lang="ar"></paris-call-counter></div>`,
    );
    const el = box.firstElementChild as HTMLElement & { status: string };
    await settled(el);
    expect(el.status).to.equal('error');
    await expect(box).to.be.accessible();
  });
});
