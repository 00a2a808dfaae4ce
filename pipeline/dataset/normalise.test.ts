/** Each normalisation rule on crafted values and rows. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NATURE_KEYS, NATURE_LABELS, foldLabel } from './natures.ts';
import {
  LEGACY_ALPHA3,
  categorySlugInId,
  cleanText,
  normaliseCategory,
  normaliseDate,
  normaliseNationality,
  normaliseNature,
  normaliseRow,
  normaliseTwitter,
  normaliseWebsite,
  type RawRow,
} from './normalise.ts';

const row = (over: Partial<RawRow>): RawRow => ({
  id: 'x-civil-society-FRA',
  name: 'X',
  category: 'civil-society',
  nationality: 'FRA',
  nature: '',
  website: '',
  twitter: '',
  date_signed: '',
  ...over,
});

describe('text: entities and whitespace', () => {
  it('decodes entities, then collapses whitespace, as separate reported steps', () => {
    const r = cleanText('  Andersen Tax &amp; Legal&nbsp; ');
    assert.equal(r.value, 'Andersen Tax & Legal');
    assert.deepEqual(
      r.steps.map((s) => s.rule),
      ['html-entity', 'whitespace'],
    );
    assert.equal(r.steps[0]!.before, '  Andersen Tax &amp; Legal&nbsp; ');
  });
  it('leaves bare ampersands alone (strict decoding)', () => {
    for (const s of ['R&D', 'AT&T', 'B&B Abogados', 'Bird & Bird', 'x &para y']) assert.deepEqual(cleanText(s), { value: s, steps: [] });
  });
  it('turns no-break spaces, tabs, newlines, zero-width and control characters into single spaces', () => {
    assert.equal(cleanText('Medical\u00a0Research\t\nCenter\u200b \u0007X').value, 'Medical Research Center X');
    assert.deepEqual(cleanText('Clean text').steps, []);
  });
  it('reports every field of a row, including the id', () => {
    const r = normaliseRow(row({ id: ' x-civil-society-FRA', name: 'A&amp;B ', twitter: 'Foo &amp; Bar (@Foo_Bar)' }), 7);
    assert.equal(r.supporter.id, 'x-civil-society-FRA');
    assert.equal(r.supporter.name, 'A&B');
    assert.equal(r.supporter.twitter, 'Foo_Bar');
    assert.deepEqual(
      r.changes.map((c) => [c.line, c.field, c.rule]),
      [
        [7, 'id', 'whitespace'],
        [7, 'name', 'html-entity'],
        [7, 'name', 'whitespace'],
        [7, 'twitter', 'html-entity'],
        [7, 'twitter', 'twitter-from-text'],
      ],
    );
  });
});

describe('nationality', () => {
  it('converts alpha-3 to alpha-2', () => {
    assert.deepEqual(normaliseNationality('FRA'), { alpha2: 'FR', alpha3: 'FRA', steps: [] });
  });
  it('replaces the legacy codes ROM, MTG, SCG and reports it', () => {
    assert.deepEqual(Object.keys(LEGACY_ALPHA3).sort(), ['MTG', 'ROM', 'SCG']);
    for (const [code, alpha2, alpha3] of [
      ['ROM', 'RO', 'ROU'],
      ['MTG', 'ME', 'MNE'],
      ['SCG', 'RS', 'SRB'],
    ] as const) {
      const p = normaliseNationality(code);
      assert.equal(p.alpha2, alpha2);
      assert.equal(p.alpha3, alpha3);
      assert.deepEqual(p.steps, [{ rule: 'nationality-legacy', after: alpha3 }]);
    }
  });
  it('places an empty or unknown code in no country, reported', () => {
    assert.deepEqual(normaliseNationality(''), { alpha2: null, alpha3: null, steps: [{ rule: 'nationality-missing', after: null }] });
    for (const code of ['XYZ', 'EU', 'FRANCE', '12']) {
      const p = normaliseNationality(code);
      assert.equal(p.alpha2, null, code);
      assert.equal(p.steps.at(-1)!.rule, 'nationality-unknown', code);
    }
  });
  it('accepts lower case and alpha-2, reported as a format fix', () => {
    assert.equal(normaliseNationality('fra').alpha2, 'FR');
    assert.equal(normaliseNationality('rom').alpha3, 'ROU');
    assert.deepEqual(normaliseNationality('FR'), { alpha2: 'FR', alpha3: 'FRA', steps: [{ rule: 'nationality-format', after: 'FRA' }] });
  });
  it('lists an unplaced row with its reason', () => {
    assert.equal(normaliseRow(row({ nationality: '' }), 2).unplaced, 'no nationality');
    assert.equal(normaliseRow(row({ nationality: 'QQQ' }), 2).unplaced, 'unknown code "QQQ"');
    assert.equal(normaliseRow(row({ nationality: 'ROM' }), 2).unplaced, null);
  });
});

describe('category', () => {
  it('keeps a register category exactly and fills the gap', () => {
    assert.deepEqual(normaliseCategory('state'), { value: 'state' });
    assert.deepEqual(normaliseCategory(''), { value: 'uncategorized', rule: 'category-missing' });
    assert.equal(normaliseCategory('State').rule, 'category-unknown');
  });
  it('reads the category slug embedded in ids', () => {
    assert.equal(categorySlugInId('interpol-international-organization'), 'international-organization');
    assert.equal(categorySlugInId('universite_bretagne_sud-public-authority-FRA'), 'public-authority');
    assert.equal(categorySlugInId('caps-undefined-IND'), 'undefined');
    assert.equal(categorySlugInId('emc-piaseczno-private-sector-POL'), 'private-sector');
    assert.equal(categorySlugInId('strateg_east-undefined-civil-society-USA'), 'civil-society');
    assert.equal(categorySlugInId('number_resource_organization_nro-civil-society-'), 'civil-society');
    assert.equal(categorySlugInId('european_union-public-authority-EU'), 'public-authority');
    assert.equal(categorySlugInId('noslug'), null);
  });
  it('warns, without changing the row, when the id names another category', () => {
    const r = normaliseRow(row({ id: 'women4_cyber_foundation-private-sector-BEL', nationality: 'BEL' }), 3);
    assert.equal(r.supporter.category, 'civil-society');
    assert.deepEqual(
      r.warnings.map((w) => w.code),
      ['id-category-mismatch'],
    );
    // "undefined" in the id and an empty category agree.
    assert.deepEqual(normaliseRow(row({ id: 'caps-undefined-IND', category: '', nationality: 'IND' }), 3).warnings, []);
  });
});

describe('nature', () => {
  it('exports the stable keys', () => {
    assert.ok(NATURE_KEYS.includes('company'));
    assert.equal(new Set(NATURE_KEYS).size, NATURE_KEYS.length);
    for (const key of NATURE_KEYS) assert.match(key, /^[a-z]+(-[a-z]+)*$/);
  });
  it('maps every canonical label, and variants by case, accents and spacing', () => {
    for (const [label, key] of NATURE_LABELS) assert.deepEqual(normaliseNature(label), { value: key, euMember: false });
    const cases: [string, string][] = [
      ['Entreprise', 'company'],
      ['Association professionnelle ', 'professional-association'],
      ['université', 'university'],
      ['UNIVERSITE', 'university'],
      ['association', 'association'],
      ['État fédéré', 'federated-state'],
      ["Groupement d'intérêt public", 'public-interest-group'],
      ['Centre d’excellence', 'centre-of-excellence'],
      ['international organization', 'international-organization'],
      ['Think  tank', 'think-tank'],
    ];
    for (const [label, key] of cases) assert.equal(normaliseNature(label).value, key, label);
    assert.equal(normaliseNature('université').rule, 'nature-variant');
    assert.equal(foldLabel(' Éc\u0301ole '), 'ecole');
  });
  it('reads UE as EU membership, not a nature', () => {
    assert.deepEqual(normaliseNature('UE'), { value: null, euMember: true, rule: 'nature-eu-member' });
    const r = normaliseRow(row({ id: 'france-state-FRA', category: 'state', nature: 'UE' }), 2);
    assert.equal(r.supporter.euMember, true);
    assert.equal(r.supporter.nature, null);
  });
  it('publishes empty as null silently and unknown as null with a report', () => {
    assert.deepEqual(normaliseNature(''), { value: null, euMember: false });
    assert.deepEqual(normaliseNature('Bibliothèque'), { value: null, euMember: false, rule: 'nature-unknown' });
    const r = normaliseRow(row({ nature: 'Bibliothèque' }), 2);
    assert.deepEqual(
      r.changes.map((c) => c.rule),
      ['nature-unknown'],
    );
    assert.deepEqual(
      r.warnings.map((w) => w.code),
      ['nature-unknown'],
    );
  });
});

describe('website', () => {
  it('keeps http(s) URLs as published', () => {
    for (const url of [
      'https://www.aconite.com',
      'http://capsindia.org/',
      'https://www.toshiba.co.jp/worldwide/index.html',
      'https://web.archive.org/web/2009/http://www.x.org/a.php',
    ]) {
      assert.deepEqual(normaliseWebsite(url), { value: url });
    }
  });
  it('normalises through URL (host case) and reports it', () => {
    assert.deepEqual(normaliseWebsite('https://CREOpoint.ai'), { value: 'https://creopoint.ai', rule: 'website-normalised' });
    assert.deepEqual(normaliseWebsite('HTTPS://Example.ORG/Path'), { value: 'https://example.org/Path', rule: 'website-normalised' });
  });
  it('gives bare domains https://', () => {
    assert.deepEqual(normaliseWebsite('www.example.org'), { value: 'https://www.example.org', rule: 'website-bare-domain' });
    assert.deepEqual(normaliseWebsite('example.org/about'), { value: 'https://example.org/about', rule: 'website-bare-domain' });
  });
  it('drops every other scheme, whatever its case', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,AAAA',
      'vbscript:x',
      'mailto:a@example.org',
      'ftp://example.org/',
      'file:///etc/passwd',
      '\u0001javascript:alert(1)',
    ]) {
      assert.equal(normaliseWebsite(url).value, null, url);
    }
    assert.equal(normaliseWebsite('JaVaScRiPt:alert(1)').rule, 'website-scheme');
    // In a row the control character is cleaned first; the scheme is still refused.
    assert.equal(normaliseRow(row({ website: '\u0001 javascript:alert(1)' }), 2).supporter.website, null);
  });
  it('drops malformed URLs and implausible hosts', () => {
    for (const url of [
      'https://https:www.x',
      'https://https:www.mod.org.zm',
      'https://HTTPS ://www.goodinfo.eu',
      'https://https//www.x.org',
      'http://localhost',
      'https://intranet/',
      'https://192.168.0.1/',
      'https://user:pw@example.org',
      'https://exa mple.org',
      'not a url',
    ]) {
      assert.equal(normaliseWebsite(url).value, null, url);
    }
    assert.equal(normaliseWebsite('https://https:www.x').rule, 'website-invalid');
  });
  it('publishes empty as null without a report', () => {
    assert.deepEqual(normaliseWebsite(''), { value: null });
  });
});

describe('twitter', () => {
  const handle = (v: string) => normaliseTwitter(v).value;
  it('reads handles, @handles and profile URLs', () => {
    assert.deepEqual(normaliseTwitter('@CAPS_India'), { value: 'CAPS_India' });
    assert.deepEqual(normaliseTwitter('Hacker0x01'), { value: 'Hacker0x01' });
    assert.deepEqual(normaliseTwitter('https://twitter.com/apacdf?ref_src=twsrc%5Egoogle%'), { value: 'apacdf', rule: 'twitter-from-url' });
    assert.equal(handle('https://twitter.com/dna_bg?lang=en'), 'dna_bg');
    assert.equal(handle('https://x.com/handle'), 'handle');
    assert.equal(handle('http://www.twitter.com/#!/Old_Style'), 'Old_Style');
    assert.equal(handle('twitter.com/bare_url/'), 'bare_url');
    assert.equal(handle('https://mobile.twitter.com/@at_url'), 'at_url');
  });
  it('reads a handle out of prose', () => {
    assert.deepEqual(normaliseTwitter('Andersen Tax & Legal, Spain (@AndersenTL_ES)'), {
      value: 'AndersenTL_ES',
      rule: 'twitter-from-text',
      note: undefined,
    });
    const two = normaliseTwitter('@NEC_jp_pr, @NEC_corp');
    assert.equal(two.value, 'NEC_jp_pr');
    assert.match(two.note!, /@NEC_corp/);
  });
  it('reads "no account" placeholders as null, reported', () => {
    for (const v of [
      'n/a',
      'N/A',
      'NA',
      'no',
      '0',
      'none',
      'We do not have a Twitter account yet.',
      'we dont have',
      'We have no Twitter account',
      'not have',
    ]) {
      assert.deepEqual(normaliseTwitter(v), { value: null, rule: 'twitter-none' }, v);
    }
  });
  it('refuses what is not a valid handle', () => {
    for (const v of [
      '@circulodeempresa',
      '@Estrategiajuridica',
      '@federacjapp.pl',
      '@Tunisie.Diplo',
      '#hiddenclouders',
      'www.dxc',
      'https://twitter.com/intent/tweet',
      'https://twitter.com/',
      'https://example.org/@me',
      'a b c',
      'me@example.org',
    ]) {
      assert.deepEqual(normaliseTwitter(v), { value: null, rule: 'twitter-invalid' }, v);
    }
  });
  it('publishes empty as null without a report', () => {
    assert.deepEqual(normaliseTwitter(''), { value: null });
  });
});

describe('date_signed', () => {
  it('keeps ISO dates and refuses the rest', () => {
    assert.deepEqual(normaliseDate('2019-11-12'), { value: '2019-11-12' });
    assert.deepEqual(normaliseDate(''), { value: null });
    for (const v of ['2019-02-30', '2019-13-01', '12/11/2019', '2019-11-12T10:00:00Z', '2019-11', 'yesterday', '20191112']) {
      assert.deepEqual(normaliseDate(v), { value: null, rule: 'date-invalid' }, v);
    }
    assert.equal(normaliseDate('2020-02-29').value, '2020-02-29');
  });
});

describe('a whole row', () => {
  it('reports id, field, before, after and rule for every change', () => {
    const r = normaliseRow(
      {
        id: 'beta-private-sector-ROM',
        name: 'Beta &amp; Co ',
        category: 'private-sector',
        nationality: 'ROM',
        nature: 'Entreprise',
        website: 'www.beta.example',
        twitter: 'https://twitter.com/beta_co?lang=en',
        date_signed: '12/11/2019',
      },
      42,
    );
    assert.deepEqual(r.supporter, {
      id: 'beta-private-sector-ROM',
      name: 'Beta & Co',
      category: 'private-sector',
      country: 'RO',
      nature: 'company',
      euMember: false,
      website: 'https://www.beta.example',
      twitter: 'beta_co',
      dateSigned: null,
    });
    assert.equal(r.alpha3, 'ROU');
    assert.deepEqual(r.changes, [
      { line: 42, id: 'beta-private-sector-ROM', field: 'name', before: 'Beta &amp; Co ', after: 'Beta & Co ', rule: 'html-entity' },
      { line: 42, id: 'beta-private-sector-ROM', field: 'name', before: 'Beta & Co ', after: 'Beta & Co', rule: 'whitespace' },
      { line: 42, id: 'beta-private-sector-ROM', field: 'nationality', before: 'ROM', after: 'ROU', rule: 'nationality-legacy' },
      {
        line: 42,
        id: 'beta-private-sector-ROM',
        field: 'website',
        before: 'www.beta.example',
        after: 'https://www.beta.example',
        rule: 'website-bare-domain',
      },
      {
        line: 42,
        id: 'beta-private-sector-ROM',
        field: 'twitter',
        before: 'https://twitter.com/beta_co?lang=en',
        after: 'beta_co',
        rule: 'twitter-from-url',
      },
      { line: 42, id: 'beta-private-sector-ROM', field: 'date_signed', before: '12/11/2019', after: null, rule: 'date-invalid' },
    ]);
  });
  it('changes nothing on a clean row', () => {
    const r = normaliseRow(row({ nature: 'ONG', website: 'https://x.org', twitter: 'x_org', date_signed: '2020-01-01' }), 2);
    assert.deepEqual(r.changes, []);
    assert.deepEqual(r.warnings, []);
  });
});
