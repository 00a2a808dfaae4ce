/**
 * Reading and validating the source files. Anything structurally wrong is a
 * DataError naming the file and the place: the build must stop rather than
 * publish a dataset built from a file it misread.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse as parseCsvStream } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { CATEGORIES } from '../../src/data/types.ts';
import { DataError } from './errors.ts';
import { COLUMNS, cleanText, isIsoDate, type RawRow } from './normalise.ts';

export const SOURCE_FILES = ['supporters.csv', 'principles.json', 'milestones.json'] as const;

/** The path of a required source file, or fail with a message that names it. */
export function sourcePath(dir: string, file: string): string {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new DataError(`source directory not found: ${dir}`);
  const path = join(dir, file);
  if (!existsSync(path)) throw new DataError(`source file not found: ${path}`);
  return path;
}

/** Read a required source file, or fail with a message that names it. */
export function readSourceFile(dir: string, file: string): string {
  return readFileSync(sourcePath(dir, file), 'utf8');
}

// ---------------------------------------------------------------------------
// supporters.csv

export interface CsvRow {
  raw: RawRow;
  /** Line where the record starts (header = line 1). */
  line: number;
}

export interface SupportersCsv {
  rows: CsvRow[];
  /** Columns beyond the register's own, ignored (reported as a warning). */
  extraColumns: string[];
}

/** What reading supporters.csv as a stream tells besides the rows themselves. */
export interface SupportersCsvStreamed {
  /** Number of rows (records after the header). */
  rows: number;
  extraColumns: string[];
  /** SHA-256 of the file's text, as the build report names its inputs. */
  sha256: string;
}

/** The same csv-parse options for a whole text and for a stream, so both give the same records. */
const CSV_OPTIONS = { bom: true, skip_empty_lines: true, info: true, raw: true } as const;

interface CsvRecord {
  record: string[];
  raw: string;
  info: { lines: number };
}

/**
 * The line a record starts on. info.lines is where the record ends; a quoted
 * field may span lines, and `raw` also holds the skipped blank lines before
 * the record.
 */
function startLine(raw: string, endLine: number): number {
  // Most records are one line: no newline in `raw` but its last character.
  const nl = raw.indexOf('\n');
  if (nl === -1 || nl === raw.length - 1) return endLine;
  const body = raw.replace(/^(?:\r?\n)+/, '').replace(/\r?\n$/, '');
  return endLine - (body.match(/\n/g)?.length ?? 0);
}

/**
 * Turns csv-parse records, the header first, into register rows one at a
 * time, so the file never has to be held whole. The checks on the header and
 * the ids fail in end(), after the parser has read the whole file and in the
 * order a whole-file read meets them, so a file gives the same error whether
 * it is read at once or streamed.
 */
class SupportersReader {
  private header: string[] | null = null;
  private headerError: string | null = null;
  private index = {} as Record<(typeof COLUMNS)[number], number>;
  private rows = 0;
  private emptyIdLine: number | null = null;
  /** Cleaned id → line of its first row; ids seen more than once → all their lines. */
  private firstLines = new Map<string, number>();
  private duplicates = new Map<string, number[]>();

  constructor(
    private readonly file: string,
    private readonly onRow: (row: CsvRow) => void,
  ) {}

  add({ record, raw, info }: CsvRecord): void {
    if (this.header === null) {
      this.readHeader(record);
      return;
    }
    // A bad header is reported once the parser has had its say on the rest of the file.
    if (this.headerError !== null) return;
    const line = startLine(raw, info.lines);
    const row = {} as RawRow;
    for (const c of COLUMNS) row[c] = record[this.index[c]] ?? '';
    this.rows++;
    // Compared as published after cleaning, so two spellings of one id cannot both get through.
    const id = cleanText(row.id).value;
    if (id === '') this.emptyIdLine ??= line;
    else {
      const first = this.firstLines.get(id);
      if (first === undefined) this.firstLines.set(id, line);
      else if (this.duplicates.has(id)) this.duplicates.get(id)!.push(line);
      else this.duplicates.set(id, [first, line]);
    }
    this.onRow({ raw: row, line });
  }

  private readHeader(record: string[]): void {
    const header = record.map((h) => h.trim().toLowerCase());
    this.header = header;
    const missing = COLUMNS.filter((c) => !header.includes(c));
    const doubled = header.filter((h, i) => header.indexOf(h) !== i);
    if (missing.length > 0) this.headerError = `${this.file}: missing required column(s): ${missing.join(', ')}`;
    else if (doubled.length > 0) this.headerError = `${this.file}: column(s) appear twice: ${[...new Set(doubled)].join(', ')}`;
    for (const c of COLUMNS) this.index[c] = header.indexOf(c);
  }

  /** The file's verdict once every record is in; throws what is wrong with it. */
  end(): { rows: number; extraColumns: string[] } {
    const { file, header } = this;
    if (header === null) throw new DataError(`${file}: empty file (no header row)`);
    if (this.headerError !== null) throw new DataError(this.headerError);
    if (this.emptyIdLine !== null) throw new DataError(`${file}: line ${this.emptyIdLine} has an empty id`);
    if (this.duplicates.size > 0) {
      // Listed in the order the ids first appear.
      const list = [...this.duplicates]
        .sort(([, a], [, b]) => a[0]! - b[0]!)
        .map(([id, lines]) => `${id} (lines ${lines.join(', ')})`)
        .join('; ');
      throw new DataError(`${file}: duplicate id(s): ${list}`);
    }
    const extraColumns = header.filter((h) => !(COLUMNS as readonly string[]).includes(h));
    return { rows: this.rows, extraColumns };
  }
}

/** Parse a whole supporters.csv text (the tests, and any caller that has the text already). */
export function parseSupportersCsv(text: string, file = 'supporters.csv'): SupportersCsv {
  let records: CsvRecord[];
  try {
    records = parse(text, CSV_OPTIONS) as unknown as CsvRecord[];
  } catch (err) {
    throw new DataError(`${file}: ${(err as Error).message}`);
  }
  const rows: CsvRow[] = [];
  const reader = new SupportersReader(file, (row) => rows.push(row));
  for (const record of records) reader.add(record);
  return { rows, extraColumns: reader.end().extraColumns };
}

/**
 * Read supporters.csv at `path` as a stream, handing each row to `onRow` in
 * file order: memory does not grow with the file. Same rows, line numbers,
 * checks and errors as parseSupportersCsv on the file's text.
 */
export async function readSupportersCsv(
  path: string,
  onRow: (row: CsvRow) => void,
  file = 'supporters.csv',
): Promise<SupportersCsvStreamed> {
  const hash = createHash('sha256');
  const reader = new SupportersReader(file, onRow);
  try {
    await pipeline(
      // Decoded as readFileSync(path, 'utf8') would (the hash and the parser see that text).
      createReadStream(path, { encoding: 'utf8' }),
      async function* (chunks: AsyncIterable<string>) {
        for await (const chunk of chunks) {
          hash.update(chunk);
          yield chunk;
        }
      },
      parseCsvStream(CSV_OPTIONS),
      async (records: AsyncIterable<CsvRecord>) => {
        for await (const record of records) reader.add(record);
      },
    );
  } catch (err) {
    if (err instanceof CsvError) throw new DataError(`${file}: ${err.message}`);
    throw err;
  }
  return { ...reader.end(), sha256: hash.digest('hex') };
}

// ---------------------------------------------------------------------------
// JSON helpers

type Json = unknown;

function parseJson(text: string, file: string): Json {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new DataError(`${file}: not valid JSON (${(err as Error).message})`);
  }
}

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: Json): v is string => typeof v === 'string' && v.trim() !== '';

// ---------------------------------------------------------------------------
// principles.json

export interface SourcePrinciple {
  number: number;
  short: { en: string; fr: string };
  full: { en: string; fr: string };
}

export function parsePrinciples(text: string, file = 'principles.json'): SourcePrinciple[] {
  const json = parseJson(text, file);
  const list = isObject(json) ? json.principles : undefined;
  if (!Array.isArray(list)) throw new DataError(`${file}: expected an object with a "principles" array`);
  const out = list.map((p: Json, i): SourcePrinciple => {
    const where = `${file}: principles[${i}]`;
    if (!isObject(p)) throw new DataError(`${where} is not an object`);
    if (!Number.isInteger(p.number)) throw new DataError(`${where}.number is not an integer`);
    for (const field of ['short', 'full'] as const) {
      const texts = p[field];
      if (!isObject(texts) || !isText(texts.en) || !isText(texts.fr)) {
        throw new DataError(`${where}.${field} needs non-empty "en" and "fr" texts`);
      }
    }
    const short = p.short as Record<string, string>;
    const full = p.full as Record<string, string>;
    return {
      number: p.number as number,
      short: { en: short.en!.trim(), fr: short.fr!.trim() },
      full: { en: full.en!.trim(), fr: full.fr!.trim() },
    };
  });
  const numbers = out.map((p) => p.number).sort((a, b) => a - b);
  // The Call has nine principles: anything else means the file is not the one we know.
  if (numbers.join() !== '1,2,3,4,5,6,7,8,9') {
    throw new DataError(`${file}: expected principles numbered 1 to 9 once each, found ${numbers.join(', ') || 'none'}`);
  }
  return out.sort((a, b) => a.number - b.number);
}

// ---------------------------------------------------------------------------
// milestones.json

export interface SourceDocument {
  language: string | null;
  kind: string;
  published: string | null;
  about: string;
}

export interface SourceMilestone {
  date: string;
  kind: string;
  facts: string;
  counts: Record<string, number>;
  supporters: string[];
  sources: string[];
}

export interface SourceMilestones {
  milestones: SourceMilestone[];
  documents: Record<string, SourceDocument>;
}

const COUNT_KEYS = new Set<string>([...CATEGORIES, 'total']);

export function parseMilestones(text: string, file = 'milestones.json'): SourceMilestones {
  const json = parseJson(text, file);
  if (!isObject(json) || !Array.isArray(json.milestones)) {
    throw new DataError(`${file}: expected an object with a "milestones" array`);
  }
  const docsJson = json.documents ?? {};
  if (!isObject(docsJson)) throw new DataError(`${file}: "documents" must be an object`);
  const documents: Record<string, SourceDocument> = {};
  for (const name of Object.keys(docsJson).sort()) {
    const d = docsJson[name];
    const where = `${file}: documents["${name}"]`;
    if (!isObject(d) || !isText(d.about) || !isText(d.kind)) throw new DataError(`${where} needs "about" and "kind" texts`);
    if (d.language != null && !isText(d.language)) throw new DataError(`${where}.language must be a text or null`);
    if (d.published != null && !(typeof d.published === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d.published))) {
      throw new DataError(`${where}.published must be YYYY, YYYY-MM or YYYY-MM-DD`);
    }
    documents[name] = {
      language: (d.language as string | undefined) ?? null,
      kind: d.kind as string,
      published: (d.published as string | undefined) ?? null,
      about: (d.about as string).trim(),
    };
  }
  const milestones = json.milestones.map((m: Json, i): SourceMilestone => {
    const where = `${file}: milestones[${i}]`;
    if (!isObject(m)) throw new DataError(`${where} is not an object`);
    if (typeof m.date !== 'string' || !isIsoDate(m.date)) throw new DataError(`${where}.date is not a YYYY-MM-DD date`);
    if (!isText(m.kind)) throw new DataError(`${where}.kind is missing`);
    if (!isText(m.facts)) throw new DataError(`${where}.facts is missing`);
    const counts = m.counts ?? {};
    if (!isObject(counts)) throw new DataError(`${where}.counts must be an object`);
    for (const [k, v] of Object.entries(counts)) {
      if (!COUNT_KEYS.has(k)) throw new DataError(`${where}.counts has an unknown key "${k}"`);
      if (!Number.isInteger(v) || (v as number) < 0) throw new DataError(`${where}.counts.${k} is not a count`);
    }
    const supporters = m.supporters ?? [];
    if (!Array.isArray(supporters) || !supporters.every(isText)) throw new DataError(`${where}.supporters must be a list of ids`);
    const sources = m.sources ?? [];
    if (!Array.isArray(sources) || !sources.every(isText)) throw new DataError(`${where}.sources must be a list of texts`);
    return {
      date: m.date,
      kind: (m.kind as string).trim(),
      facts: (m.facts as string).trim(),
      counts: counts as Record<string, number>,
      supporters: supporters.map((s) => (s as string).trim()),
      sources: sources.map((s) => (s as string).trim()),
    };
  });
  return { milestones, documents };
}
