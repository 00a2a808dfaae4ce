import { expect } from '@open-wc/testing';
import { strings } from '../helpers/i18n.js';
import { resolveLocale } from '../../src/core/locale-controller.js';
import { LOCALES } from '../../src/data/types.js';
import { loadTexts } from '../../src/data/loader.js';
import { SUMMARY } from '../helpers/helpers.js';

describe('locales', () => {
  const keys = Object.keys(strings.en).sort();

  for (const lang of LOCALES) {
    it(`${lang}: every interface string, same placeholders, none empty`, () => {
      const s = strings[lang];
      expect(Object.keys(s).sort()).to.deep.equal(keys);
      for (const k of keys) {
        const v = s[k as keyof typeof s];
        expect(v, `${lang}.${k}`).to.be.a('string').and.not.equal('');
        const ph = (t: string) => (t.match(/\{\w+\}/g) ?? []).sort();
        expect(ph(v), `${lang}.${k} placeholders`).to.deep.equal(ph(strings.en[k as keyof typeof s]));
      }
    });
  }

  for (const lang of LOCALES) {
    it(`${lang}: every count phrase has an "other" form, only forms the language has, and one figure in each`, () => {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
      const phrases = Object.entries(strings[lang]).filter(([k]) => k.startsWith('count.'));
      expect(phrases.map(([k]) => k).sort()).to.deep.equal(
        ['all', 'civil-society', 'private-sector', 'public-authority', 'state', 'uncategorized'].map((c) => `count.${c}`),
      );
      for (const [k, v] of phrases) {
        const forms = [...v.matchAll(/(\w+)\{([^}]*)\}/g)];
        expect(forms.map((f) => f[0]).join(' '), `${lang}.${k}: nothing outside the forms`).to.equal(v);
        expect(
          forms.map((f) => f[1]),
          `${lang}.${k}`,
        ).to.include('other');
        for (const [, form, text] of forms) {
          expect(categories, `${lang}.${k}: ${form}`).to.include(form);
          expect(text!.split('#'), `${lang}.${k}.${form}: one figure`).to.have.length(2);
        }
      }
    });
  }

  it('every principle and milestone exists in all eight locales, translated where not official', async () => {
    const texts = await loadTexts(SUMMARY);
    expect(texts.principles.map((p) => p.number)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const p of texts.principles) {
      expect(p.official).to.deep.equal(['en', 'fr']);
      for (const lang of LOCALES) {
        expect(p.short[lang], `principle ${p.number} ${lang}`).to.be.a('string').and.not.equal('');
        if (lang !== 'en') expect(p.full[lang], `principle ${p.number} ${lang}`).to.not.equal(p.full.en);
      }
    }
    for (const m of texts.milestones) {
      for (const lang of LOCALES) {
        if (lang !== 'en') expect(m.text[lang], `${m.date} ${lang}`).to.not.equal(m.text.en);
      }
    }
  });

  it('resolves BCP 47 tags to shipped locales', () => {
    expect(resolveLocale('fr-CA')).to.deep.equal({ lang: 'fr', intl: 'fr-CA' });
    expect(resolveLocale('AR')).to.deep.equal({ lang: 'ar', intl: 'ar' });
    expect(resolveLocale('pt-BR')).to.deep.equal({ lang: 'en', intl: 'en' });
    expect(resolveLocale('')).to.deep.equal({ lang: 'en', intl: 'en' });
  });

  it('names countries with Intl.DisplayNames in each locale', async () => {
    const { countryName } = await import('../../src/core/intl.js');
    expect(countryName('en', 'DE')).to.equal('Germany');
    expect(countryName('fr', 'DE')).to.equal('Allemagne');
    expect(countryName('ja', 'DE')).to.equal('ドイツ');
    expect(countryName('ar', 'DE')).to.equal('ألمانيا');
  });
});
