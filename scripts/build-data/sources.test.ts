/** Reading the source files: columns, line numbers, duplicates, validation. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DataError } from './errors.ts';
import { HEADER } from './fixtures.ts';
import { parseMilestones, parsePrinciples, parseSupportersCsv } from './sources.ts';

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
    assert.deepEqual(r.rows.map((x) => x.line), [2, 5]);
    assert.equal(r.rows[0]!.raw.name, 'A\nstill A');
  });
  it('refuses duplicate ids, also when they differ only by stray whitespace', () => {
    const csv = [HEADER, 'a-state-FRA,A,state,FRA,,,,', ' a-state-FRA ,A,state,FRA,,,,'].join('\n');
    assert.throws(() => parseSupportersCsv(csv), (e: Error) => e instanceof DataError && /duplicate id\(s\): a-state-FRA \(lines 2, 3\)/.test(e.message));
  });
  it('refuses an empty id, a missing column, an empty file', () => {
    assert.throws(() => parseSupportersCsv([HEADER, ',A,state,FRA,,,,'].join('\n')), /line 2 has an empty id/);
    assert.throws(() => parseSupportersCsv('id,name,category\n'), /missing required column\(s\): nationality, nature, website, twitter, date_signed/);
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
