/**
 * The build on the real register (figures checked against the source README)
 * and on crafted sources: counts, places, determinism, schemas, translations.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CATEGORIES, LOCALES, SCHEMA_VERSION } from '../../src/data/types.ts';
import { OUTPUT_FILES, buildDataset, buildDatasetStreaming, datasetFiles, resolveSource, writeDataset, type BuildResult } from './build.ts';
import { DataError } from './errors.ts';
import { FIXTURE_ROWS, HEADER, makeSource, makeTranslations } from './fixtures.ts';
import { formatReport } from './report.ts';
import { DEFAULT_TRANSLATIONS_DIR, SHARED_DIR } from './paths.ts';
import { HTTP_URL_PATTERN, registerSchema, summarySchema, textsSchema, validate } from './schema.ts';

/** The register's CSV export (the in-memory builder reads only that layout); the register's own files are tested in register.test.ts. */
const CSV_SOURCE_DIR = SHARED_DIR;
const haveSource = existsSync(join(CSV_SOURCE_DIR, 'supporters.csv'));
const skip = haveSource ? false : `source register export not found at ${CSV_SOURCE_DIR}`;

describe('the real register', { skip }, () => {
  let real: BuildResult;
  before(() => {
    real = buildDataset({ sourceDir: CSV_SOURCE_DIR, translationsDir: DEFAULT_TRANSLATIONS_DIR });
  });

  it('keeps every row: 1,222 in = 1,222 out', () => {
    assert.deepEqual(real.report.rows, { in: 1222, out: 1222 });
    assert.equal(real.register.supporters.length, 1222);
    assert.equal(new Set(real.register.supporters.map((s) => s.id)).size, 1222);
  });

  it('counts the categories the official site counts', () => {
    assert.deepEqual(real.summary.counts, {
      total: 1222,
      byCategory: { state: 81, 'public-authority': 37, 'civil-society': 391, 'private-sector': 708, uncategorized: 5 },
    });
    const text = formatReport(real.report, { quiet: true });
    assert.match(text, /^rows: 1,222 in = 1,222 out$/m);
    assert.match(text, /^categories: state 81, public-authority 37, civil-society 391, private-sector 708, uncategorized 5, total 1,222$/m);
  });

  it('places Romania (ROM), Montenegro (MTG) and Serbia (SCG) on the map', () => {
    const by = new Map(real.summary.byCountry.map((c) => [c.country, c]));
    assert.equal(by.get('ME')?.alpha3, 'MNE');
    assert.equal(by.get('ME')?.counts.state, 1);
    assert.equal(by.get('RS')?.alpha3, 'SRB');
    assert.equal(by.get('RS')?.counts.state, 1);
    const ro = by.get('RO')!;
    assert.equal(ro.alpha3, 'ROU');
    assert.equal(
      Object.values(ro.counts).reduce((a, b) => a + b, 0),
      33,
    );
    assert.ok(!real.summary.byCountry.some((c) => ['ROM', 'MTG', 'SCG'].includes(c.alpha3)));
    const legacy = real.report.changes.list.filter((c) => c.rule === 'nationality-legacy');
    assert.equal(legacy.length, 35);
  });

  it('counts every state, and every row once (by country or in noCountry)', () => {
    const states = real.summary.byCountry.reduce((n, c) => n + c.counts.state, 0);
    assert.equal(states, 81);
    const placed = real.summary.byCountry.reduce((n, c) => n + Object.values(c.counts).reduce((a, b) => a + b, 0), 0);
    assert.equal(placed + real.summary.noCountry.length, 1222);
    const codes = real.summary.byCountry.map((c) => c.country);
    assert.deepEqual(codes, [...codes].sort());
    for (const c of real.summary.byCountry) assert.deepEqual(Object.keys(c.counts), [...CATEGORIES]);
  });

  it('lists the five rows with no country', () => {
    assert.deepEqual(
      real.summary.noCountry.map((r) => r.name),
      ['European Union', 'INTERPOL', 'Number Resource Organization (NRO)', 'RPHS Law', 'Transatlantic Commission on Election Integrity'],
    );
    assert.equal(real.report.unplaced.length, 5);
  });

  it('reports, without changing, the three ids that name another category', () => {
    const mismatches = real.report.warnings.filter((w) => w.code === 'id-category-mismatch').map((w) => w.id);
    assert.deepEqual(mismatches, [
      'interpol-international-organization',
      'universite_bretagne_sud-public-authority-FRA',
      'women4_cyber_foundation-private-sector-BEL',
    ]);
    const interpol = real.register.supporters.find((s) => s.id === 'interpol-international-organization')!;
    assert.equal(interpol.category, 'public-authority');
  });

  it('maps every nature label; UE marks the 27 EU member states', () => {
    assert.equal(real.report.changes.list.filter((c) => c.rule === 'nature-unknown').length, 0);
    const eu = real.register.supporters.filter((s) => s.euMember);
    assert.equal(eu.length, 27);
    assert.ok(eu.every((s) => s.category === 'state' && s.nature === null));
    assert.equal(real.register.supporters.filter((s) => s.nature === null).length, 231 + 27);
  });

  it('cleans text, URLs, handles and dates', () => {
    const s = real.register.supporters;
    const andersen = s.find((x) => x.id === 'andersen_tax_legal-private-sector-ESP')!;
    assert.equal(andersen.name, 'Andersen Tax & Legal');
    assert.equal(andersen.twitter, 'AndersenTL_ES');
    for (const x of s) {
      for (const v of [x.name, x.website, x.twitter]) {
        if (v === null) continue;
        assert.doesNotMatch(v, /&(amp|lt|gt|quot|nbsp);|^\s|\s$|\s\s|\u00a0/, x.id);
      }
      if (x.website) assert.match(x.website, /^https?:\/\/[a-z0-9.-]+\.[a-z]+(\/|$|\?)/, x.id);
    }
    assert.equal(s.find((x) => x.id === 'hikanotes_consultancy_ltd-undefined-ZMB')!.website, null);
    assert.equal(s.filter((x) => x.dateSigned).length, 138);
    assert.equal(
      real.texts.signedByDate.reduce((n, d) => n + d.count, 0),
      138,
    );
  });

  it('dates the snapshot from the register-snapshot milestone, never the clock', () => {
    assert.equal(real.summary.asOf, '2025-12-25');
    assert.equal(real.register.asOf, '2025-12-25');
    assert.equal(real.report.asOfFrom, 'register-snapshot milestone');
    assert.ok(!real.report.warnings.some((w) => w.code === 'snapshot-count-mismatch'));
  });

  it('publishes nine principles and the milestones with resolved sources', () => {
    assert.deepEqual(
      real.texts.principles.map((p) => p.number),
      [1, 2, 3, 4, 5, 6, 7, 8, 9],
    );
    for (const p of real.texts.principles) {
      assert.deepEqual(p.official, ['en', 'fr']);
      assert.deepEqual(Object.keys(p.short), [...LOCALES]);
    }
    const launch = real.texts.milestones.find((m) => m.kind === 'launch')!;
    assert.equal(launch.sources[0]!.url, null);
    assert.equal(launch.sources[0]!.language, 'hu');
    assert.equal(launch.sources[0]!.kind, 'press-article');
    const web = launch.sources.find((x) => x.url !== null)!;
    assert.deepEqual(web, {
      url: 'https://incyber.org/en/the-fic-endorses-the-paris-call/',
      label: 'incyber.org',
      language: null,
      kind: 'web-page',
      published: null,
    });
    for (const m of real.texts.milestones) {
      assert.ok(!m.translated.includes('en'));
      for (const src of m.sources) if (src.url) assert.match(src.url, /^https?:\/\//);
    }
    const dates = real.texts.milestones.map((m) => m.date);
    assert.deepEqual(dates, [...dates].sort());
  });

  it('validates against its schemas', () => {
    assert.deepEqual(validate(real.summary, summarySchema), []);
    assert.deepEqual(validate(real.register, registerSchema), []);
    assert.deepEqual(validate(JSON.parse(real.files.get('summary.json')!), summarySchema), []);
    assert.deepEqual(validate(JSON.parse(real.files.get('register.json')!), registerSchema), []);
    assert.deepEqual(validate(real.texts, textsSchema), []);
    assert.deepEqual(validate(JSON.parse(real.files.get('texts.json')!), textsSchema), []);
  });

  it('builds byte-identical files twice, and writes exactly those bytes', () => {
    const again = buildDataset({ sourceDir: CSV_SOURCE_DIR, translationsDir: DEFAULT_TRANSLATIONS_DIR });
    assert.deepEqual([...again.files.keys()], [...OUTPUT_FILES]);
    for (const [name, text] of real.files) assert.equal(again.files.get(name), text, name);
    const [a, b] = [mkdtempSync(join(tmpdir(), 'pc-a-')), mkdtempSync(join(tmpdir(), 'pc-b-'))];
    try {
      writeDataset(a, real.files);
      writeDataset(b, again.files);
      assert.deepEqual(readdirSync(a).sort(), [...OUTPUT_FILES].sort());
      for (const name of OUTPUT_FILES) assert.ok(readFileSync(join(a, name)).equals(readFileSync(join(b, name))), name);
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });

  it('writes one supporter per line in register.json, and a trailing newline everywhere', () => {
    const lines = real.files.get('register.json')!.split('\n');
    assert.equal(lines.filter((l) => l.startsWith('    {"id":')).length, 1222);
    for (const [name, text] of real.files) assert.ok(text.endsWith('}\n'), name);
  });
});

describe('crafted sources', () => {
  const dirs: string[] = [];
  const track = (d: string) => (dirs.push(d), d);
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('normalises the crafted rows and validates', () => {
    const r = buildDataset({ sourceDir: track(makeSource()), translationsDir: track(makeTranslations()) });
    assert.deepEqual(r.report.rows, { in: 3, out: 3 });
    assert.deepEqual(r.summary.counts.byCategory, {
      state: 1,
      'public-authority': 0,
      'civil-society': 0,
      'private-sector': 1,
      uncategorized: 1,
    });
    const [alpha, beta, gamma] = r.register.supporters;
    assert.equal(alpha!.euMember, true);
    assert.equal(beta!.name, 'Beta & Co');
    assert.equal(beta!.country, 'RO');
    assert.equal(gamma!.website, null);
    assert.equal(gamma!.nature, null);
    assert.deepEqual(r.summary.noCountry, [{ id: 'gamma-undefined-', name: 'Gamma', category: 'uncategorized' }]);
    assert.equal(r.summary.asOf, '2020-01-01');
    assert.deepEqual(validate(r.summary, summarySchema), []);
    assert.deepEqual(validate(r.register, registerSchema), []);
    const rules = r.report.changes.byRule.map((b) => b.rule);
    for (const rule of [
      'html-entity',
      'whitespace',
      'nationality-legacy',
      'nationality-missing',
      'category-missing',
      'nature-eu-member',
      'nature-unknown',
      'website-bare-domain',
      'website-scheme',
      'twitter-from-url',
      'twitter-none',
      'date-invalid',
    ] as const) {
      assert.ok(rules.includes(rule), rule);
    }
  });

  it('falls back to English when translations are missing, marks it and warns', () => {
    const r = buildDataset({ sourceDir: track(makeSource()), translationsDir: join(tmpdir(), 'no-such-translations-dir') });
    for (const m of r.texts.milestones) {
      assert.deepEqual(m.translated, []);
      for (const l of LOCALES) assert.equal(m.text[l], m.text.en);
    }
    assert.equal(r.texts.principles[0]!.short.fr, 'Principe 1');
    assert.equal(r.texts.principles[0]!.short.ja, 'Principle 1');
    const codes = r.report.warnings.filter((w) => w.code === 'translations-missing').map((w) => w.message);
    assert.equal(codes.length, 2);
    assert.match(codes[0]!, /principles\.json not found: ar, ja, hu, sv, de, es/);
    assert.equal(r.report.translations.englishFallbacks, 9 * 2 * 6 + 2 * 7);
  });

  it('uses translations where given and reports each missing text', () => {
    const translations = track(
      makeTranslations({
        'principles.json': {
          about: 't',
          locales: { de: { '1': { short: 'Grundsatz 1', full: 'Volltext 1.' } }, ja: { '2': { short: '原則2' } } },
        },
        'milestones.json': {
          about: 't',
          milestones: { '2018-11-12/launch': { fr: 'Lancement.', de: 'Start.' }, '2030-01-01/none': { fr: 'x' } },
        },
      }),
    );
    const r = buildDataset({ sourceDir: track(makeSource()), translationsDir: translations });
    const [p1, p2] = r.texts.principles;
    assert.equal(p1!.short.de, 'Grundsatz 1');
    assert.equal(p1!.full.de, 'Volltext 1.');
    assert.equal(p2!.short.ja, '原則2');
    assert.equal(p2!.full.ja, 'Full text 2.');
    const launch = r.texts.milestones.find((m) => m.kind === 'launch')!;
    assert.deepEqual(launch.translated, ['fr', 'de']);
    assert.equal(launch.text.fr, 'Lancement.');
    assert.equal(launch.text.ar, 'Launch.');
    const messages = r.report.warnings.map((w) => `${w.code}: ${w.message}`);
    assert.ok(
      messages.some((m) => /^translation-missing: .*principles\.json: no ja text for principle 1 short, 1 full, 2 full, 3 short/.test(m)),
      messages.join('\n'),
    );
    assert.ok(messages.some((m) => /^translation-unmatched: .*2030-01-01 none/.test(m)));
  });

  it('survives an unreadable or unrecognised translations file', () => {
    const r = buildDataset({
      sourceDir: track(makeSource()),
      translationsDir: track(makeTranslations({ 'principles.json': '{ not json', 'milestones.json': { something: 'else' } })),
    });
    const codes = r.report.warnings.map((w) => w.code);
    assert.ok(codes.includes('translations-unreadable'));
    assert.ok(codes.includes('translations-unrecognised'));
    assert.equal(r.texts.principles[0]!.short.ar, 'Principle 1');
  });

  it('resolves milestone sources: documents unlinked, only http(s) linked', () => {
    const r = buildDataset({ sourceDir: track(makeSource()), translationsDir: track(makeTranslations()) });
    const snapshot = r.texts.milestones.find((m) => m.kind === 'register-snapshot')!;
    assert.deepEqual(snapshot.sources, [
      { url: null, label: 'The register', language: 'en', kind: 'register', published: '2020-01-01' },
      { url: 'https://www.example.org/news', label: 'example.org', language: null, kind: 'web-page', published: null },
      { url: null, label: 'ftp://example.org/file', language: null, kind: 'other', published: null },
    ]);
    assert.ok(r.report.warnings.some((w) => w.code === 'milestone-source' && w.message.includes('ftp://')));
    const warned: string[] = [];
    for (const ref of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'https://https:www.x']) {
      assert.equal(resolveSource(ref, {}, (m) => warned.push(m)).url, null, ref);
    }
    assert.equal(warned.length, 4);
  });

  it('takes --as-of, refuses a bad one, and otherwise never uses the clock', () => {
    const source = track(makeSource());
    const translationsDir = track(makeTranslations());
    assert.equal(buildDataset({ sourceDir: source, translationsDir, asOf: '2021-05-06' }).summary.asOf, '2021-05-06');
    assert.throws(() => buildDataset({ sourceDir: source, translationsDir, asOf: '2021-02-30' }), DataError);
    // Without a snapshot milestone: the latest date_signed.
    const noSnapshot = track(makeSource({ milestones: JSON.stringify({ milestones: [], documents: {} }) }));
    const r = buildDataset({ sourceDir: noSnapshot, translationsDir });
    assert.equal(r.summary.asOf, '2019-11-12');
    assert.equal(r.report.asOfFrom, 'latest date_signed');
  });

  it('warns when the snapshot milestone disagrees with the register', () => {
    const milestones = JSON.stringify({
      milestones: [{ date: '2020-01-01', kind: 'register-snapshot', facts: 'x', counts: { total: 4 }, sources: [] }],
    });
    const r = buildDataset({ sourceDir: track(makeSource({ milestones })), translationsDir: track(makeTranslations()) });
    assert.ok(r.report.warnings.some((w) => w.code === 'snapshot-count-mismatch' && /total reported 4, register has 3/.test(w.message)));
  });

  it('the schema files describe the data precisely', () => {
    const r = buildDataset({ sourceDir: track(makeSource()), translationsDir: track(makeTranslations()) });
    const summary = JSON.parse(r.files.get('summary.schema.json')!);
    const register = JSON.parse(r.files.get('register.schema.json')!);
    assert.equal(summary.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.match(summary.$id, /summary/);
    assert.match(register.$id, /register/);
    assert.deepEqual(summary.properties.schemaVersion, { const: SCHEMA_VERSION });
    assert.deepEqual(register.$defs.category.enum, [...CATEGORIES]);
    assert.deepEqual(summary.required, Object.keys(r.summary));
    assert.deepEqual(register.$defs.supporter.required, Object.keys(r.register.supporters[0]!));
  });
});

describe('schema validator', () => {
  const dirs = [makeSource(), makeTranslations()];
  const r = buildDataset({ sourceDir: dirs[0]!, translationsDir: dirs[1]! });
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));

  it('rejects wrong data', () => {
    const cases: [string, 'summary' | 'texts', (s: any) => void, RegExp][] = [
      ['missing key', 'summary', (s) => delete s.asOf, /missing "asOf"/],
      ['extra key', 'summary', (s) => (s.extra = 1), /unexpected "extra"/],
      ['bad version', 'summary', (s) => (s.schemaVersion = 2), /schemaVersion/],
      ['bad date', 'summary', (s) => (s.asOf = '2020-1-1'), /asOf/],
      ['bad alpha-2', 'summary', (s) => (s.byCountry[0].country = 'FRA'), /country/],
      ['missing category', 'summary', (s) => delete s.counts.byCategory.uncategorized, /uncategorized/],
      ['texts in the summary', 'summary', (s) => (s.principles = []), /unexpected "principles"/],
      ['bad kind', 'texts', (s) => (s.kind = 'paris-call-summary'), /kind/],
      ['bad locale', 'texts', (s) => (s.milestones[0].translated = ['xx']), /translated/],
      ['missing locale', 'texts', (s) => delete s.principles[0].short.ja, /missing "ja"/],
      ['javascript url', 'texts', (s) => (s.milestones.find((m: any) => m.sources.length).sources[0].url = 'javascript:alert(1)'), /url/],
      ['eight principles', 'texts', (s) => s.principles.pop(), /fewer than 9/],
    ];
    for (const [name, file, mutate, expected] of cases) {
      const s = clone(file === 'summary' ? r.summary : r.texts);
      mutate(s);
      const errors = validate(s, file === 'summary' ? summarySchema : textsSchema);
      assert.ok(
        errors.some((e) => expected.test(e)),
        `${name}: ${errors.join('; ')}`,
      );
    }
    const reg = clone(r.register) as any;
    reg.supporters[0].category = 'states';
    reg.supporters[1].twitter = '@handle';
    reg.supporters[2].website = 'JaVaScRiPt:alert(1)';
    reg.supporters[0].nature = 'Entreprise';
    assert.equal(validate(reg, registerSchema).length, 4);
  });

  it('names where each error is, in document order', () => {
    const reg = clone(r.register) as any;
    reg.kind = 'x';
    reg.supporters[2].website = 'ftp://x.example';
    reg.supporters[0].name = '';
    reg.supporters[0].extra = 1;
    reg.source.license = 5;
    assert.deepEqual(validate(reg, registerSchema), [
      '$.kind: expected "paris-call-register"',
      '$.source.license: expected string, got integer',
      '$.supporters[0].name: shorter than 1',
      '$.supporters[0]: unexpected "extra"',
      `$.supporters[2].website: "ftp://x.example" does not match ${HTTP_URL_PATTERN}`,
    ]);
    const texts = clone(r.texts) as any;
    texts.principles[8].short.ja = '';
    texts.milestones[0].translated = ['fr', 'fr'];
    assert.deepEqual(validate(texts, textsSchema), [
      '$.principles[8].short.ja: shorter than 1',
      '$.milestones[0].translated: items not unique',
    ]);
  });
});

describe('the streaming build (build:data, check:data)', () => {
  const dirs: string[] = [];
  const track = (d: string) => (dirs.push(d), d);
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  /** The streaming build written to disk must hold, file for file, the bytes of the in-memory build. */
  async function assertSameAsInMemory(options: { sourceDir: string; translationsDir: string; asOf?: string }) {
    const whole = buildDataset(options);
    const streamed = await buildDatasetStreaming(options);
    assert.deepEqual(streamed, { summary: whole.summary, texts: whole.texts, register: whole.register, report: whole.report });
    const out = track(mkdtempSync(join(tmpdir(), 'pc-stream-')));
    const files = datasetFiles(streamed);
    assert.deepEqual([...files.keys()], [...OUTPUT_FILES]);
    writeDataset(out, files);
    assert.deepEqual(readdirSync(out).sort(), [...OUTPUT_FILES].sort());
    for (const [name, text] of whole.files) assert.ok(readFileSync(join(out, name)).equals(Buffer.from(text)), name);
    return whole;
  }

  it('writes the same bytes as buildDataset on the real register', { skip }, async () => {
    const whole = await assertSameAsInMemory({ sourceDir: CSV_SOURCE_DIR, translationsDir: DEFAULT_TRANSLATIONS_DIR });
    assert.equal(whole.register.supporters.length, 1222);
  });

  it('writes the same bytes as buildDataset on crafted sources (extra column, blank lines, quoted line breaks, --as-of)', async () => {
    await assertSameAsInMemory({ sourceDir: track(makeSource()), translationsDir: track(makeTranslations()) });
    const csv = [
      `${HEADER},notes`,
      '',
      ...FIXTURE_ROWS.map((r, i) => `${r},"note ${i}\nline 2"`),
      '',
      'delta-civil-society-DEU,"Delta\n e.V.",civil-society,DEU,ONG,delta.example,@delta,,',
      '',
    ].join('\n');
    const whole = await assertSameAsInMemory({
      sourceDir: track(makeSource({ csv })),
      translationsDir: join(tmpdir(), 'no-such-translations-dir'),
      asOf: '2021-05-06',
    });
    assert.deepEqual(
      whole.report.unplaced.map((u) => [u.line, u.id]),
      [[7, 'gamma-undefined-']],
    );
    assert.ok(whole.report.warnings.some((w) => w.code === 'extra-columns'));
  });

  it('fails as buildDataset does', async () => {
    const sources = [
      makeSource({ csv: [HEADER, ...FIXTURE_ROWS, FIXTURE_ROWS[1]].join('\n') }),
      makeSource({ csv: 'id,name\n' }),
      makeSource({ csv: null }),
      makeSource({ milestones: null }),
      makeSource({ principles: '{ nope' }),
      // No snapshot milestone and no date_signed: no date for the register.
      makeSource({ csv: [HEADER, 'a-state-FRA,A,state,FRA,,,,'].join('\n'), milestones: JSON.stringify({ milestones: [] }) }),
    ].map(track);
    for (const sourceDir of sources) {
      const options = { sourceDir, translationsDir: track(makeTranslations()) };
      let expected: Error | undefined;
      try {
        buildDataset(options);
      } catch (err) {
        expected = err as Error;
      }
      assert.ok(expected instanceof DataError, sourceDir);
      await assert.rejects(buildDatasetStreaming(options), (err: Error) => err instanceof DataError && err.message === expected!.message);
    }
  });
});
