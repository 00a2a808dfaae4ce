/**
 * The register's own format: front matter parsing, a directory, an archive
 * and the CSV export giving the same dataset, and provenance.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { buildDatasetStreaming, datasetFiles } from './build.ts';
import { DataError } from './errors.ts';
import { makeRegister, makeTranslations, supporterMarkdown } from './fixtures.ts';
import { formatJson } from './json.ts';
import { DEFAULT_SOURCE_DIR, DEFAULT_TRANSLATIONS_DIR, SHARED_DIR } from './paths.ts';
import { paxGlobalCommit, parsePrinciplesYaml, parseSupporterFile } from './register-source.ts';
import { summarySchema, validate } from './schema.ts';

const dirs: string[] = [];
const track = (d: string) => (dirs.push(d), d);
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const git = (cwd: string, ...args: string[]) => {
  const r = spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_COMMITTER_DATE: '2025-12-25T10:00:00Z', GIT_AUTHOR_DATE: '2025-12-25T10:00:00Z' },
  });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim();
};

describe('supporter files', () => {
  const parse = (text: string) => parseSupporterFile(text, 'x-state-FRA', '_supporters/x-state-FRA.md');

  it('reads the front matter with a YAML parser, up to a line that is exactly ---', () => {
    const r = parse(
      '---\nname: "A --- B"\ncategory: state\nnature:\nnationality: NO\nlinkedin: "https://www.linkedin.com/company/a---b"\ndate_signed: 2021-04-01\nwebsite: null\n---\nWe support it.\n---\nmore\n',
    );
    assert.equal(r.raw.name, 'A --- B');
    assert.equal(r.raw.nationality, 'NO', 'YAML 1.2: NO is a text, not false');
    assert.equal(r.raw.date_signed, '2021-04-01', 'a date stays a text');
    assert.equal(r.raw.nature, '');
    assert.equal(r.raw.website, '', 'null is empty');
    assert.equal(r.raw.twitter, '', 'an absent field is empty');
    assert.deepEqual(r.otherFields, ['linkedin']);
    assert.equal(r.hasBody, true);
    assert.deepEqual(r.fieldLines, { name: 2, category: 3, nature: 4, nationality: 5, date_signed: 7, website: 8 });
    assert.equal(parse('---\nname: 1.50\ncategory: state\n---\n').raw.name, '1.50', 'a number as written');
  });

  it('fails, naming the file, on what it cannot read for certain', () => {
    const fails = (text: string, message: RegExp) =>
      assert.throws(
        () => parse(text),
        (e: Error) => e instanceof DataError && message.test(e.message),
      );
    fails('name: A\n', /x-state-FRA\.md: does not start with a front matter line/);
    fails('---\nname: A\n', /no closing line "---"/);
    fails('---\nname: "A\ncategory: state\n---\n', /front matter is not valid YAML/);
    fails('---\nname: A\nname: B\n---\n', /not valid YAML/);
    fails('---\nname: [A, B]\n---\n', /name is a list or a map/);
    fails('---\n- a\n- b\n---\n', /not a list of "key: value" fields/);
  });

  it('reads the nine principles from principles.yml', () => {
    const { dir } = makeRegister(1);
    track(dirname(dir));
    const p = parsePrinciplesYaml(readFileSync(join(dir, '_data/translations/principles.yml'), 'utf8'));
    assert.equal(p.length, 9);
    assert.deepEqual(p[2], {
      number: 3,
      short: { en: 'Principle 3', fr: 'Principe 3' },
      full: { en: 'Full text 3.', fr: 'Texte complet 3.' },
    });
    assert.throws(() => parsePrinciplesYaml('principle-1:\n  short:\n    en: x\n'), /principle-1\.short\.fr is missing/);
  });

  it("finds the commit in a git archive's first header", () => {
    const head = Buffer.alloc(1024);
    head.write('pax_global_header', 0);
    head.write('00000000064\0', 124);
    head.write('g', 156);
    head.write(`52 comment=${'a'.repeat(40)}\n`, 512);
    assert.equal(paxGlobalCommit(head), 'a'.repeat(40));
    assert.equal(paxGlobalCommit(Buffer.alloc(1024)), null);
  });
});

describe('register sources', () => {
  it('a directory, a Git checkout and its .tar.gz give the same dataset; provenance says which', async () => {
    const { dir, milestones } = makeRegister(12);
    track(dirname(dir));
    const translationsDir = track(makeTranslations());
    const build = (sourceDir: string) => buildDatasetStreaming({ sourceDir, translationsDir, milestonesFile: milestones });
    const plain = await build(dir);
    assert.deepEqual(plain.report.provenance, {
      format: 'register',
      commit: null,
      committedAt: null,
      contentSha256: plain.report.provenance.contentSha256,
      archiveSha256: null,
    });
    // summary.json carries it in short (every counter downloads it).
    assert.deepEqual(plain.summary.provenance, {
      format: 'register',
      content: `sha256:${plain.report.provenance.contentSha256.slice(0, 16)}`,
    });
    assert.deepEqual(validate(plain.summary, summarySchema), []);

    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'snapshot');
    const commit = git(dir, 'rev-parse', 'HEAD');
    const checkout = await build(dir);
    assert.deepEqual(checkout.report.provenance, { ...plain.report.provenance, commit, committedAt: '2025-12-25T10:00:00Z' });
    assert.deepEqual(checkout.summary.provenance, {
      ...plain.summary.provenance,
      commit: commit.slice(0, 12),
      committedAt: '2025-12-25T10:00:00Z',
    });

    const archive = join(dirname(dir), 'register.tar.gz');
    git(dir, 'archive', '--format=tar.gz', '--prefix=owner-register-abc1234/', '-o', archive, 'HEAD');
    const fromArchive = await build(archive);
    assert.equal(fromArchive.report.provenance.format, 'register-archive');
    assert.equal(fromArchive.report.provenance.commit, commit);
    assert.equal(fromArchive.report.provenance.committedAt, '2025-12-25T10:00:00Z');
    assert.equal(fromArchive.report.provenance.contentSha256, plain.report.provenance.contentSha256);
    assert.match(fromArchive.report.provenance.archiveSha256!, /^[0-9a-f]{64}$/);
    assert.match(fromArchive.summary.provenance!.archive!, /^sha256:[0-9a-f]{16}$/);
    for (const d of [checkout, fromArchive]) {
      assert.deepEqual(d.register, plain.register);
      assert.deepEqual(d.texts, plain.texts);
      assert.deepEqual({ ...d.summary, provenance: null }, { ...plain.summary, provenance: null });
    }
  });

  it('reports what it read but does not publish, the changes by file and line, and the country-table cross-check', async () => {
    const { dir, milestones } = makeRegister(4);
    track(dirname(dir));
    writeFileSync(
      join(dir, '_supporters/zed-civil-society-ROM.md'),
      supporterMarkdown({
        name: ' Zed ',
        category: 'civil-society',
        nationality: 'ROM',
        website: 'javascript:alert(1)',
        body: 'Statement.',
      }),
    );
    const d = await buildDatasetStreaming({ sourceDir: dir, translationsDir: track(makeTranslations()), milestonesFile: milestones });
    const zed = d.register.supporters.find((s) => s.id === 'zed-civil-society-ROM')!;
    assert.deepEqual([zed.name, zed.country, zed.website], ['Zed', 'RO', null]);
    const changes = d.report.changes.list.filter((c) => c.id === 'zed-civil-society-ROM').map((c) => [c.line, c.field, c.rule]);
    assert.deepEqual(changes, [
      [2, 'name', 'whitespace'],
      [5, 'nationality', 'nationality-legacy'],
      [6, 'website', 'website-scheme'],
    ]);
    assert.match(
      d.report.warnings.find((w) => w.code === 'fields-not-published')!.message,
      /linkedin \(2 files\), the statement below the front matter \(2 files\)/,
    );
    // The fixture's table has FRA, ROM and DEU; the four generated supporters use FRA, DEU, ROM and JPN.
    assert.deepEqual(d.report.countryTable!.notInTable, ['JPN']);
  });

  it('fails when milestones or principles are missing', async () => {
    const { dir, milestones } = makeRegister(2);
    track(dirname(dir));
    const translationsDir = track(makeTranslations());
    await assert.rejects(
      buildDatasetStreaming({ sourceDir: dir, translationsDir, milestonesFile: join(dir, 'nope.json') }),
      /source file not found: .*nope\.json/,
    );
    rmSync(join(dir, '_data/translations/principles.yml'));
    await assert.rejects(
      buildDatasetStreaming({ sourceDir: dir, translationsDir, milestonesFile: milestones }),
      /source file not found: .*principles\.yml/,
    );
  });
});

const haveBoth = existsSync(DEFAULT_SOURCE_DIR) && existsSync(join(SHARED_DIR, 'supporters.csv'));
describe('the real register, from its own files and from its CSV export', { skip: haveBoth ? false : 'shared register not found' }, () => {
  it('publishes the same supporters, texts and counts; only provenance and the report differ', async () => {
    const [md, csv] = await Promise.all([
      buildDatasetStreaming({ sourceDir: DEFAULT_SOURCE_DIR, translationsDir: DEFAULT_TRANSLATIONS_DIR }),
      buildDatasetStreaming({ sourceDir: SHARED_DIR, translationsDir: DEFAULT_TRANSLATIONS_DIR }),
    ]);
    const [a, b] = [datasetFiles(md), datasetFiles(csv)];
    for (const f of ['texts.json', 'register.json', 'texts.schema.json', 'register.schema.json']) {
      assert.equal(formatJson(a.get(f)!.value, a.get(f)!.options), formatJson(b.get(f)!.value, b.get(f)!.options), f);
    }
    assert.deepEqual({ ...md.summary, provenance: null }, { ...csv.summary, provenance: null });
    assert.equal(md.summary.provenance!.format, 'register');
    assert.equal(csv.summary.provenance!.format, 'csv');
    // The same changes, values and rules; only where they are (file line vs CSV line) differs.
    const strip = (l: typeof md.report.changes.list) => l.map(({ line: _line, ...c }) => c);
    assert.deepEqual(strip(md.report.changes.list), strip(csv.report.changes.list));
    assert.match(md.report.warnings.find((w) => w.code === 'fields-not-published')!.message, /linkedin \(128 files\)/);
    // The site's own table names BTN (Bhutan) "Cyprus": the cross-check shows it.
    assert.ok(md.report.countryTable!.namesDiffer.some((d) => d.code === 'BTN' && d.site === 'Cyprus'));
    assert.deepEqual(md.report.countryTable!.notInTable, []);
  });

  it('a copy of the register in a temporary folder builds the same dataset as the shared one', async () => {
    const copy = track(mkdtempSync(join(tmpdir(), 'paris-call-copy-')));
    cpSync(DEFAULT_SOURCE_DIR, copy, { recursive: true });
    const [x, y] = await Promise.all([
      buildDatasetStreaming({ sourceDir: copy, translationsDir: DEFAULT_TRANSLATIONS_DIR }),
      buildDatasetStreaming({ sourceDir: DEFAULT_SOURCE_DIR, translationsDir: DEFAULT_TRANSLATIONS_DIR }),
    ]);
    assert.deepEqual(x.summary, y.summary);
  });
});
