/**
 * The two commands as a user runs them (spawned): exit codes, one-line
 * errors, --quiet, and check:data's skip / OK / differs paths.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { OUTPUT_FILES } from './build.ts';
import { FIXTURE_ROWS, HEADER, PRINCIPLES, makeSource, makeTranslations } from './fixtures.ts';
import { DEFAULT_SOURCE_DIR, PROJECT_ROOT } from './paths.ts';

const CLI = join(PROJECT_ROOT, 'pipeline/dataset/cli.ts');
const CHECK = join(PROJECT_ROOT, 'pipeline/dataset/check-published.ts');
const TSX = pathToFileURL(createRequire(join(PROJECT_ROOT, 'package.json')).resolve('tsx')).href;

const dirs: string[] = [];
const track = (d: string) => (dirs.push(d), d);
const tempDir = () => track(mkdtempSync(join(tmpdir(), 'paris-call-out-')));
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function run(script: string, args: string[], cwd = PROJECT_ROOT) {
  // tsx resolved from the project, so the command also runs from another working directory.
  const r = spawnSync(process.execPath, ['--import', TSX, script, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const build = (source: string, out = tempDir(), extra: string[] = []) =>
  run(CLI, ['--source', source, '--out', out, '--translations', track(makeTranslations()), ...extra]);

/** A failed run: non-zero, one line on stderr naming the problem, no stack trace, nothing written. */
function assertFails(r: ReturnType<typeof run>, message: RegExp, code = 1) {
  assert.equal(r.code, code, r.stderr);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0]!, /^build:data: error: /);
  assert.match(lines[0]!, message);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
}

describe('build:data', () => {
  it('builds a crafted source and prints the report', () => {
    const out = tempDir();
    const r = build(track(makeSource()), out);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^rows: 3 in = 3 out$/m);
    assert.match(r.stdout, /^categories: state 1, public-authority 0, civil-society 0, private-sector 1, uncategorized 1, total 3$/m);
    assert.match(r.stdout, /^changes by rule:$/m);
    assert.match(r.stdout, /beta_corp-private-sector-ROM nationality \[nationality-legacy\] "ROM" → "ROU"/);
    assert.match(r.stdout, /^could not place \(no country\):\n {2}4 gamma-undefined- "Gamma" \(uncategorized\): no nationality$/m);
    assert.deepEqual(readdirSync(out).sort(), [...OUTPUT_FILES].sort());
    const report = JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8'));
    assert.deepEqual(report.rows, { in: 3, out: 3 });
  });

  it('--quiet prints only the summary lines', () => {
    const r = build(track(makeSource()), tempDir(), ['--quiet']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 9, r.stdout);
    assert.match(lines[1]!, /^source: CSV export, content sha256 [0-9a-f]{16}…$/);
    assert.match(lines[2]!, /^rows: 3 in = 3 out$/);
    assert.match(lines.at(-1)!, /^wrote 7 files to /);
  });

  it('fails on a missing source directory or file', () => {
    assertFails(build(join(tmpdir(), 'no-such-source-dir')), /source directory not found: .*no-such-source-dir/);
    assertFails(build(track(makeSource({ csv: null }))), /source file not found: .*supporters\.csv/);
    assertFails(build(track(makeSource({ principles: null }))), /source file not found: .*principles\.json/);
    assertFails(build(track(makeSource({ milestones: null }))), /source file not found: .*milestones\.json/);
  });

  it('fails on a CSV missing required columns', () => {
    const csv = ['id,name,category,nationality,nature,website,date_signed', 'a-state-FRA,A,state,FRA,,,'].join('\n');
    assertFails(build(track(makeSource({ csv }))), /supporters\.csv: missing required column\(s\): twitter$/);
  });

  it('fails on duplicate ids, listing them', () => {
    const csv = [HEADER, ...FIXTURE_ROWS, FIXTURE_ROWS[0], FIXTURE_ROWS[1]].join('\n');
    assertFails(
      build(track(makeSource({ csv }))),
      /duplicate id\(s\): alpha-state-FRA \(lines 2, 5\); beta_corp-private-sector-ROM \(lines 3, 6\)$/,
    );
  });

  it('fails on malformed CSV', () => {
    const csv = [HEADER, 'a-state-FRA,A,state,FRA,,,,,extra'].join('\n');
    assertFails(build(track(makeSource({ csv }))), /supporters\.csv: .*Invalid Record Length/i);
  });

  it('fails on invalid principles or milestones files', () => {
    assertFails(build(track(makeSource({ principles: '{ nope' }))), /principles\.json: not valid JSON/);
    const eight = JSON.stringify({ principles: PRINCIPLES.principles.slice(0, 8) });
    assertFails(build(track(makeSource({ principles: eight }))), /principles\.json: expected principles numbered 1 to 9/);
    const noFrench = JSON.stringify({ principles: [{ number: 1, short: { en: 'x' }, full: { en: 'y', fr: 'z' } }] });
    assertFails(build(track(makeSource({ principles: noFrench }))), /principles\[0\]\.short needs non-empty "en" and "fr"/);
    assertFails(build(track(makeSource({ milestones: '[]' }))), /milestones\.json: expected an object with a "milestones" array/);
    const badDate = JSON.stringify({ milestones: [{ date: '2018-13-12', kind: 'launch', facts: 'x', sources: [] }] });
    assertFails(build(track(makeSource({ milestones: badDate }))), /milestones\[0\]\.date is not a YYYY-MM-DD date/);
  });

  it('fails on bad arguments with exit code 2', () => {
    assertFails(run(CLI, ['--frobnicate']), /unknown argument "--frobnicate"/, 2);
    assertFails(run(CLI, ['--out']), /--out needs a value/, 2);
    assertFails(build(track(makeSource()), tempDir(), ['--as-of', '2020-02-30']), /--as-of must be a YYYY-MM-DD date/);
  });

  it(
    'gives the same bytes from another working directory (paths come from the module, not cwd)',
    { skip: !existsSync(DEFAULT_SOURCE_DIR) },
    () => {
      const [a, b] = [tempDir(), tempDir()];
      assert.equal(run(CLI, ['--out', a, '--quiet']).code, 0);
      assert.equal(run(CLI, ['--out', b, '--quiet'], tmpdir()).code, 0);
      for (const f of OUTPUT_FILES) assert.ok(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f);
    },
  );
});

describe('check:data', () => {
  it('skips, with exit 0, when the source register is absent', () => {
    const missing = join(tmpdir(), 'no-such-register');
    const r = run(CHECK, ['--source', missing]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^check:data: SKIPPED — source register not found at .*no-such-register$/m);
  });

  it('passes on a fresh build and fails, naming the files, after an edit', () => {
    const source = track(makeSource());
    const translations = track(makeTranslations());
    const out = tempDir();
    assert.equal(run(CLI, ['--source', source, '--out', out, '--translations', translations, '--quiet']).code, 0);
    const ok = run(CHECK, ['--source', source, '--out', out, '--translations', translations]);
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /^check:data: OK — .* matches a fresh build of .* \(7 files\)$/m);

    writeFileSync(
      join(out, 'summary.json'),
      readFileSync(join(out, 'summary.json'), 'utf8').replace('"asOf": "2020-01-01"', '"asOf": "2020-01-02"'),
    );
    rmSync(join(out, 'register.schema.json'));
    const bad = run(CHECK, ['--source', source, '--out', out, '--translations', translations]);
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /FAILED .*summary\.json \(differs\), register\.schema\.json \(missing\)/);
  });

  it('fails cleanly when the source is there but broken', () => {
    const r = run(CHECK, ['--source', track(makeSource({ csv: 'id,name\n' })), '--out', tempDir()]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^check:data: error: supporters\.csv: missing required column\(s\)/);
  });
});
