/** Reading the source files: columns, line numbers, duplicates, validation. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { DataError } from './errors.ts';
import { HEADER } from './fixtures.ts';
import { parseMilestones, parsePrinciples, parseSupportersCsv, readSupportersCsv, type CsvRow } from './sources.ts';

describe('supporters.csv', () => {
  it('reads columns by name, in any order and case, with a BOM', () => {
    const csv = '\ufeffName,ID,category,nationality,nature,website,twitter,date_signed,extra\nA,a-state-FRA,state,FRA,,,,,x\n';
    const r = parseSupportersCsv(csv);
    assert.equal(r.rows[0]!.raw.id, 'a-state-FRA');
    assert.equal(r.rows[0]!.raw.name, 'A');
    assert.deepEqual(r.extraColumns, ['extra']);
  });
  it('numbers rows by the file line they start on, across quoted newlines and blank lines', () => {
    const csv = [HEADER, 'a-state-FRA,"A\nstill A",state,FRA,,,,', '', 'b-state-FRA,B,state,FRA,,,,'].join('\n');
    const r = parseSupportersCsv(csv);
    assert.deepEqual(
      r.rows.map((x) => x.line),
      [2, 5],
    );
    assert.equal(r.rows[0]!.raw.name, 'A\nstill A');
  });
  it('refuses duplicate ids, also when they differ only by stray whitespace', () => {
    const csv = [HEADER, 'a-state-FRA,A,state,FRA,,,,', ' a-state-FRA ,A,state,FRA,,,,'].join('\n');
    assert.throws(
      () => parseSupportersCsv(csv),
      (e: Error) => e instanceof DataError && /duplicate id\(s\): a-state-FRA \(lines 2, 3\)/.test(e.message),
    );
  });
  it('refuses an empty id, a missing column, an empty file', () => {
    assert.throws(() => parseSupportersCsv([HEADER, ',A,state,FRA,,,,'].join('\n')), /line 2 has an empty id/);
    assert.throws(
      () => parseSupportersCsv('id,name,category\n'),
      /missing required column\(s\): nationality, nature, website, twitter, date_signed/,
    );
    assert.throws(() => parseSupportersCsv(''), /empty file/);
  });
});

describe('principles.json and milestones.json', () => {
  it('refuses duplicated principle numbers', () => {
    const p = (n: number) => ({ number: n, short: { en: 'a', fr: 'b' }, full: { en: 'c', fr: 'd' } });
    const list = [1, 2, 3, 4, 5, 6, 7, 8, 8].map(p);
    assert.throws(() => parsePrinciples(JSON.stringify({ principles: list })), /found 1, 2, 3, 4, 5, 6, 7, 8, 8/);
  });
  it('refuses unknown count keys and malformed documents', () => {
    const m = (extra: object) => JSON.stringify({ milestones: [{ date: '2020-01-01', kind: 'k', facts: 'f', sources: [], ...extra }] });
    assert.throws(() => parseMilestones(m({ counts: { states: 3 } })), /unknown key "states"/);
    assert.throws(() => parseMilestones(m({ counts: { state: -1 } })), /counts\.state is not a count/);
    assert.throws(() => parseMilestones(m({ sources: ['ok', 3] })), /sources must be a list/);
    const docs = JSON.stringify({ milestones: [], documents: { 'a.txt': { kind: 'press-article', about: 'x', published: 'Nov 2018' } } });
    assert.throws(() => parseMilestones(docs), /published must be YYYY/);
  });
});

describe('supporters.csv read as a stream', () => {
  const dir = mkdtempSync(join(tmpdir(), 'paris-call-csv-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;

  type Outcome = { rows: CsvRow[]; extraColumns: string[]; count?: number; sha256?: string } | { error: string };
  const attempt = async (read: () => Outcome | Promise<Outcome>): Promise<Outcome> => {
    try {
      return await read();
    } catch (err) {
      assert.ok(err instanceof DataError, String(err));
      return { error: err.message };
    }
  };

  /** Both readers on one file: the whole text (as readFileSync gives it) and the stream. */
  async function readBoth(content: string | Buffer) {
    const path = join(dir, `case-${n++}.csv`);
    writeFileSync(path, content);
    const text = readFileSync(path, 'utf8');
    const whole = await attempt(() => parseSupportersCsv(text));
    const streamed = await attempt(async () => {
      const rows: CsvRow[] = [];
      const r = await readSupportersCsv(path, (row) => rows.push(row));
      return { rows, extraColumns: r.extraColumns, count: r.rows, sha256: r.sha256 };
    });
    return { text, whole, streamed };
  }

  /** A register of `rows` rows that crosses many 64 KB chunks, with what makes chunk boundaries hard. */
  function bigRegister(rows: number, eol: string): string {
    const names = ['Société Générale', 'Łódź Cyber', '東京セキュリティ', 'Emoji 😀 Ltd', 'Plain Name'];
    const lines = ['\ufeffid,name,category,nationality,nature,website,twitter,date_signed,extra'];
    for (let i = 0; i < rows; i++) {
      const base = names[i % names.length]!;
      // Every 7th name is quoted with a doubled quote and a line break in it; every 11th row follows blank lines.
      const name = i % 7 === 0 ? `"${base} ""${i}""${eol}second line"` : `${base} ${i}`;
      if (i % 11 === 0) lines.push('', '');
      lines.push(`s${i}-private-sector-FRA,${name},private-sector,FRA,Entreprise,https://s${i}.example,@s${i},2020-01-0${1 + (i % 9)},x`);
    }
    return lines.join(eol) + eol;
  }

  it('gives the rows, lines, columns and checksum of the whole-text reader, across chunk boundaries', async () => {
    for (const eol of ['\n', '\r\n']) {
      const { text, whole, streamed } = await readBoth(bigRegister(6000, eol));
      assert.ok(text.length > 10 * 65_536);
      assert.ok('rows' in whole && 'rows' in streamed);
      assert.equal(whole.rows.length, 6000);
      assert.deepEqual(streamed.rows, whole.rows);
      assert.deepEqual(streamed.extraColumns, ['extra']);
      assert.equal(streamed.count, 6000);
      assert.equal(streamed.sha256, createHash('sha256').update(text).digest('hex'));
      // Spot checks, so the comparison is not between two equally wrong readers.
      assert.equal(whole.rows[0]!.raw.name, `Société Générale "0"${eol}second line`);
      // Header, two blank lines, a row on two lines (4–5), then one-line rows.
      if (eol === '\n')
        assert.deepEqual(
          whole.rows.slice(0, 3).map((r) => r.line),
          [4, 6, 7],
        );
    }
  });

  it('decodes a file with invalid UTF-8 as readFileSync does', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`${HEADER}\n`),
      ...Array.from({ length: 3000 }, (_, i) =>
        Buffer.concat([Buffer.from(`b${i}-state-FRA,B`), Buffer.from([0xe2, 0x82, 0xff, 0xc3]), Buffer.from(`x${i},state,FRA,,,,\n`)]),
      ),
    ]);
    const { whole, streamed } = await readBoth(bytes);
    assert.ok('rows' in whole && 'rows' in streamed);
    assert.match(whole.rows[0]!.raw.name, /\ufffd/);
    assert.deepEqual(streamed.rows, whole.rows);
  });

  it('fails with the same message as the whole-text reader', async () => {
    const cases: [string, RegExp][] = [
      ['', /empty file/],
      ['id,name,category\n', /missing required column\(s\): nationality/],
      [`${HEADER},name\na,A,state,FRA,,,,,A\n`, /column\(s\) appear twice: name/],
      // A malformed record after a bad header: the parser's error comes first, as when the text is parsed whole.
      ['id,name\na,b\nc,d,e\n', /Invalid Record Length/],
      [[HEADER, 'a-state-FRA,A,state,FRA,,,,', ',B,state,FRA,,,,', 'a-state-FRA,A,state,FRA,,,,'].join('\n'), /line 3 has an empty id$/],
      // Duplicates are listed in the order the ids first appear, each with all its lines.
      [
        [HEADER, ...['a', 'b', 'b', ' a', 'c', 'b'].map((id) => `${id},X,state,FRA,,,,`)].join('\n'),
        /duplicate id\(s\): a \(lines 2, 5\); b \(lines 3, 4, 7\)$/,
      ],
      [[HEADER, 'a-state-FRA,"A,state,FRA,,,,'].join('\n'), /Quote Not Closed/i],
    ];
    for (const [csv, message] of cases) {
      const { whole, streamed } = await readBoth(csv);
      assert.ok('error' in whole, `${JSON.stringify(csv)} should fail`);
      assert.match(whole.error, message);
      assert.deepEqual(streamed, whole, JSON.stringify(csv));
    }
  });
});
