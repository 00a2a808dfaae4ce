/**
 * data:update as the scheduled refresh runs it (spawned), against a copy of
 * a register that each test modifies: added, removed, renamed, moved,
 * corrupt (bad YAML, unknown category, a javascript: website), implausible
 * and interrupted refreshes. The published folder must always be the old
 * one or the new one, whole.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { sameOrganisation } from './changes.ts';
import { makeRegister, makeTranslations, supporterMarkdown } from './fixtures.ts';
import { PROJECT_ROOT } from './paths.ts';
import { recoverInterrupted } from './refresh.ts';

const UPDATE = join(PROJECT_ROOT, 'pipeline/dataset/update.ts');
const TSX = pathToFileURL(createRequire(join(PROJECT_ROOT, 'package.json')).resolve('tsx')).href;

const dirs: string[] = [];
const track = (d: string) => (dirs.push(d), d);
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

interface Setup {
  register: string;
  milestones: string;
  translations: string;
  out: string;
}

function run(s: Setup, extra: string[] = [], env: Record<string, string> = {}) {
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      TSX,
      UPDATE,
      '--from',
      s.register,
      '--out',
      s.out,
      '--translations',
      s.translations,
      '--milestones',
      s.milestones,
      ...extra,
    ],
    { encoding: 'utf8', env: { ...process.env, ...env } },
  );
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Every file of a folder, by name (to check a folder is exactly as it was). */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

const changes = (s: Setup) => JSON.parse(readFileSync(join(s.out, 'changes.json'), 'utf8'));
const register = (s: Setup) => JSON.parse(readFileSync(join(s.out, 'register.json'), 'utf8'));
const md = (s: Setup, id: string) => join(s.register, '_supporters', `${id}.md`);

/** A register of 40 (10 per category), published once; map.json stands for a file another step publishes there. */
function setup(): Setup {
  const { dir, milestones } = makeRegister(40);
  track(dirname(dir));
  const out = join(track(mkdtempSync(join(tmpdir(), 'paris-call-pub-'))), 'data');
  const s = { register: dir, milestones, translations: track(makeTranslations()), out };
  const first = run(s);
  assert.equal(first.code, 0, first.stderr + first.stdout);
  writeFileSync(join(out, 'map.json'), '{"kind":"map"}\n');
  return s;
}

describe('data:update', () => {
  let s: Setup;
  before(() => {
    s = setup();
  });

  it('first run: everything added, nothing flagged, changes.json beside the data', () => {
    const fresh = setup();
    const c = changes(fresh);
    assert.equal(c.before, null);
    assert.equal(c.added.length, 40);
    assert.deepEqual(c.flags, []);
    assert.equal(c.verdict, 'published');
  });

  it('no change: published, nothing a reader sees changed, other files kept', () => {
    const r = run(s);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(changes(s).changed, false);
    assert.deepEqual(changes(s).filesChanged, []);
    assert.match(r.stdout, /published \(no change a reader would see\)/);
    assert.equal(readFileSync(join(s.out, 'map.json'), 'utf8'), '{"kind":"map"}\n');
  });

  it('added, renamed (same id), moved country, a javascript: website: published and reported', () => {
    writeFileSync(
      md(s, 'newcomer-civil-society-FRA'),
      supporterMarkdown({ name: 'Newcomer', category: 'civil-society', nationality: 'FRA', website: 'javascript:alert(document.cookie)' }),
    );
    writeFileSync(
      md(s, 'org_001-public-authority-DEU'),
      supporterMarkdown({ name: 'Organisation 1 Example (renamed)', category: 'public-authority', nationality: 'DEU' }),
    );
    writeFileSync(
      md(s, 'org_002-civil-society-ROM'),
      supporterMarkdown({ name: 'Organisation 2 Example', category: 'civil-society', nationality: 'SWE' }),
    );
    const md5 = join(dirname(s.out), 'body.md');
    const r = run(s, ['--report-md', md5]);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    const c = changes(s);
    assert.deepEqual(
      c.added.map((e: { id: string }) => e.id),
      ['newcomer-civil-society-FRA'],
    );
    assert.deepEqual(c.renamed, [
      { id: 'org_001-public-authority-DEU', before: 'Organisation 1 Example', after: 'Organisation 1 Example (renamed)' },
    ]);
    assert.deepEqual(c.movedCountry, [{ id: 'org_002-civil-society-ROM', name: 'Organisation 2 Example', before: 'RO', after: 'SE' }]);
    assert.deepEqual(c.removed, []);
    assert.deepEqual(c.flags, []);
    assert.equal(c.changed, true);
    assert.deepEqual(
      c.counts.find((x: { category: string }) => x.category === 'civil-society'),
      { category: 'civil-society', before: 10, after: 11 },
    );
    const newcomer = register(s).supporters.find((x: { id: string }) => x.id === 'newcomer-civil-society-FRA');
    assert.equal(newcomer.website, null);
    assert.doesNotMatch(readFileSync(join(s.out, 'register.json'), 'utf8'), /javascript:/);
    const report = JSON.parse(readFileSync(join(s.out, 'build-report.json'), 'utf8'));
    assert.ok(
      report.changes.list.some((x: { id: string; rule: string }) => x.id === 'newcomer-civil-society-FRA' && x.rule === 'website-scheme'),
    );
    assert.match(r.stdout, /^added \(1\):\n {2}Newcomer \(newcomer-civil-society-FRA\), civil-society, FR$/m);
    assert.match(
      readFileSync(md5, 'utf8'),
      /^### Renamed \(1\)\n\n- org\\_001-public-authority-DEU: "Organisation 1 Example" → "Organisation 1 Example \(renamed\)"$/m,
    );
  });

  it('a file renamed (new id): one removed, one added, counts unchanged: published', () => {
    renameSync(md(s, 'org_003-private-sector-JPN'), md(s, 'org_003_kk-private-sector-JPN'));
    const r = run(s);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    const c = changes(s);
    assert.deepEqual(
      [c.added.map((e: { id: string }) => e.id), c.removed.map((e: { id: string }) => e.id)],
      [['org_003_kk-private-sector-JPN'], ['org_003-private-sector-JPN']],
    );
  });

  it('a file deleted: a category count falls, so refused (exit 3, nothing published) until --accept', () => {
    const was = snapshot(s.out);
    rmSync(md(s, 'org_004-state-SWE'));
    const r = run(s);
    assert.equal(r.code, 3, r.stderr + r.stdout);
    assert.match(r.stdout, /\[category-fell\] state: 10 → 9/);
    assert.match(r.stdout, /^REFUSED/m);
    assert.deepEqual(snapshot(s.out), was);
    const ok = run(s, ['--accept']);
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(changes(s).verdict, 'published-accepted');
    assert.deepEqual(
      changes(s).removed.map((e: { id: string }) => e.id),
      ['org_004-state-SWE'],
    );
  });

  it('an unknown category: published as uncategorized only with --accept, and the build report says why', () => {
    writeFileSync(
      md(s, 'org_005-public-authority-HUN'),
      supporterMarkdown({ name: 'Organisation 5 Example', category: 'public-authorities', nationality: 'HUN' }),
    );
    const was = snapshot(s.out);
    const r = run(s);
    assert.equal(r.code, 3, r.stdout);
    assert.deepEqual(snapshot(s.out), was);
    assert.equal(run(s, ['--accept']).code, 0);
    assert.deepEqual(changes(s).recategorised, [
      { id: 'org_005-public-authority-HUN', name: 'Organisation 5 Example', before: 'public-authority', after: 'uncategorized' },
    ]);
    const report = JSON.parse(readFileSync(join(s.out, 'build-report.json'), 'utf8'));
    assert.ok(
      report.warnings.some((w: { code: string; message: string }) => w.code === 'category-unknown' && /public-authorities/.test(w.message)),
    );
  });

  it('an id given to another organisation: refused', () => {
    writeFileSync(
      md(s, 'org_006-civil-society-FRA'),
      supporterMarkdown({ name: 'Totally Different Foundation', category: 'civil-society', nationality: 'FRA' }),
    );
    const was = snapshot(s.out);
    const r = run(s);
    assert.equal(r.code, 3, r.stdout);
    assert.match(
      r.stdout,
      /\[id-reused\] id given to another organisation\? org_006-civil-society-FRA \("Organisation 6 Example" → "Totally Different Foundation"\)/,
    );
    assert.deepEqual(snapshot(s.out), was);
    writeFileSync(
      md(s, 'org_006-civil-society-FRA'),
      supporterMarkdown({ name: 'Organisation 6 Example', category: 'civil-society', nationality: 'FRA' }),
    );
  });

  it('bad YAML: an error naming the file, nothing published', () => {
    const was = snapshot(s.out);
    const file = md(s, 'org_007-private-sector-DEU');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('name: "Organisation 7 Example"', 'name: "Organisation 7 Example'));
    const r = run(s);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^data:update: error: _supporters\/org_007-private-sector-DEU\.md: front matter is not valid YAML/);
    assert.deepEqual(snapshot(s.out), was);
    writeFileSync(file, good);
  });

  it('more than 5 % removed: refused', () => {
    const was = snapshot(s.out);
    const moved = track(mkdtempSync(join(tmpdir(), 'paris-call-moved-')));
    // Three of the private sector (about 7.5 %): the same category, so the count falls too; the share is flagged on its own.
    const ids = ['org_011-private-sector-HUN', 'org_015-private-sector-JPN', 'org_019-private-sector-DEU'];
    for (const id of ids) renameSync(md(s, id), join(moved, `${id}.md`));
    const r = run(s);
    assert.equal(r.code, 3);
    assert.match(r.stdout, /\[removed-too-many\] 3 of 40 supporters removed \(7\.5 %, more than 5 %\)/);
    assert.deepEqual(snapshot(s.out), was);
    for (const id of ids) renameSync(join(moved, `${id}.md`), md(s, id));
  });

  it('interrupted after staging: the published folder is untouched, the next run cleans up', () => {
    writeFileSync(md(s, 'late-state-FRA'), supporterMarkdown({ name: 'Late State', category: 'state', nationality: 'FRA' }));
    const was = snapshot(s.out);
    const r = run(s, [], { PCW_DATA_UPDATE_INTERRUPT: 'staged' });
    assert.equal(r.signal, 'SIGKILL');
    assert.deepEqual(snapshot(s.out), was);
    assert.ok(
      readdirSync(dirname(s.out)).some((n) => n.startsWith('.data.staging-')),
      'the staging folder is left behind',
    );
    const again = run(s);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /removed \.data\.staging-\d+ left by an interrupted refresh/);
    assert.ok(register(s).supporters.some((x: { id: string }) => x.id === 'late-state-FRA'));
    assert.deepEqual(
      readdirSync(dirname(s.out)),
      ['body.md', 'data'].filter((n) => existsSync(join(dirname(s.out), n))),
    );
  });

  it('interrupted between the two renames: the previous folder is put back whole', () => {
    rmSync(md(s, 'late-state-FRA'));
    const was = snapshot(s.out);
    const r = run(s, ['--accept'], { PCW_DATA_UPDATE_INTERRUPT: 'swapping' });
    assert.equal(r.signal, 'SIGKILL');
    assert.equal(existsSync(s.out), false, 'the published folder is aside, not half-written');
    assert.deepEqual(
      recoverInterrupted(s.out).map((l) => l.replace(/\d+/, 'N')),
      ['restored data/ from an interrupted refresh (.data.previous-N)', 'removed .data.staging-N left by an interrupted refresh'],
    );
    assert.deepEqual(snapshot(s.out), was);
  });
});

describe('data:update from a Git URL', () => {
  it('clones the register and records its commit and date', () => {
    const s = setup();
    const g = (...args: string[]) => {
      const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
        cwd: s.register,
        encoding: 'utf8',
        env: { ...process.env, GIT_COMMITTER_DATE: '2025-12-25T10:00:00Z', GIT_AUTHOR_DATE: '2025-12-25T10:00:00Z' },
      });
      assert.equal(r.status, 0, r.stderr);
      return r.stdout.trim();
    };
    g('init', '-q');
    g('add', '-A');
    g('commit', '-q', '-m', 'snapshot');
    const commit = g('rev-parse', 'HEAD');
    const r = run({ ...s, register: pathToFileURL(s.register).href });
    assert.equal(r.code, 0, r.stderr + r.stdout);
    const summary = JSON.parse(readFileSync(join(s.out, 'summary.json'), 'utf8'));
    assert.deepEqual(
      [summary.provenance.commit, summary.provenance.committedAt, summary.asOf],
      [commit.slice(0, 12), '2025-12-25T10:00:00Z', '2025-12-25'],
    );
    assert.equal(changes(s).changed, false, 'provenance alone is not a change');
    assert.match(
      run({ ...s, register: 'file:///no/such/repository' }).stderr,
      /^data:update: error: git clone file:\/\/\/no\/such\/repository failed/,
    );
    assert.equal(basename(s.out), 'data');
  });
});

describe('sameOrganisation', () => {
  it('tells a rename from an id reused for another organisation', () => {
    assert.equal(sameOrganisation('ABB', 'ABB Ltd'), true);
    assert.equal(sameOrganisation('Université Bretagne Sud', 'Universite de Bretagne-Sud'), true);
    assert.equal(sameOrganisation('Number Resource Organization', 'NRO'), true);
    assert.equal(sameOrganisation('ABB', 'Siemens'), false);
  });
});
