/**
 * Reading the register in its own format: the Paris Call website's repository
 * (ambanum/pariscall.international), one Markdown file per supporter under
 * `_supporters/` with YAML front matter, the principles in
 * `_data/translations/principles.yml`, the site's country table in
 * `_data/country-codes.csv`. From a directory (a checkout or a copy) or from
 * a `.tar.gz` of the repository as its host serves it.
 *
 * Files are read one at a time and handed on as register rows, so memory does
 * not grow with the files' text. Anything the build cannot read for certain
 * (bad YAML, no closing `---`, a list where a text belongs) is a DataError
 * naming the file: a supporter must never vanish because its file was misread.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import { extract as tarExtract } from 'tar-stream';
import { isMap, isScalar, parse as parseYaml, parseDocument, type Node, type Pair } from 'yaml';
import { DataError } from './errors.ts';
import { COLUMNS, type Column, type RawRow } from './normalise.ts';
import type { SourcePrinciple } from './sources.ts';

export const SUPPORTERS_DIR = '_supporters';
export const PRINCIPLES_YML = '_data/translations/principles.yml';
export const COUNTRY_CODES_CSV = '_data/country-codes.csv';

/** What `--source` points at. */
export type SourceKind = 'register-dir' | 'register-archive' | 'csv-dir' | 'csv-file';

/** Tell the kind of a source path, or fail naming what was expected. */
export function sourceKind(path: string): SourceKind {
  if (!existsSync(path)) throw new DataError(`source directory not found: ${path}`);
  const stat = statSync(path);
  if (stat.isDirectory()) {
    if (existsSync(join(path, SUPPORTERS_DIR)) && statSync(join(path, SUPPORTERS_DIR)).isDirectory()) return 'register-dir';
    if (existsSync(join(path, 'supporters.csv'))) return 'csv-dir';
    throw new DataError(`source file not found: ${join(path, 'supporters.csv')} (nor a ${SUPPORTERS_DIR}/ folder of the register)`);
  }
  if (/\.(tar\.gz|tgz)$/i.test(path)) return 'register-archive';
  if (/\.csv$/i.test(path)) return 'csv-file';
  throw new DataError(
    `source must be a directory holding ${SUPPORTERS_DIR}/ or supporters.csv, a .tar.gz of the register, or a .csv file: ${path}`,
  );
}

// ---------------------------------------------------------------------------
// One supporter file

/** A register row read from a Markdown file, with the line of each field in that file. */
export interface MarkdownRow {
  raw: RawRow;
  /** Line of each front-matter field in the file (the opening `---` is line 1). */
  fieldLines: Partial<Record<Column, number>>;
  /** Front-matter keys that are not register columns (e.g. linkedin): read, not published. */
  otherFields: string[];
  /** Whether the file has text after the front matter (the supporter's statement, not published). */
  hasBody: boolean;
}

const FIELD_COLUMNS = COLUMNS.filter((c) => c !== 'id');

/**
 * Parse one supporter file. `file` names it in errors
 * (`_supporters/<id>.md`); `id` is its stem.
 */
export function parseSupporterFile(text: string, id: string, file: string): MarkdownRow {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines = src.split('\n');
  const isFence = (l: string | undefined) => l === '---' || l === '---\r';
  if (!isFence(lines[0])) throw new DataError(`${file}: does not start with a front matter line "---"`);
  // Front matter ends at a line that is exactly `---`; `---` inside a value (a URL) does not end it.
  let end = -1;
  for (let i = 1; i < lines.length; i++) {
    if (isFence(lines[i])) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new DataError(`${file}: front matter has no closing line "---"`);
  const yamlText = lines.slice(1, end).join('\n');
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const line = e.linePos?.[0]?.line;
    throw new DataError(`${file}: front matter is not valid YAML${line ? ` (line ${line + 1})` : ''}: ${e.message.split('\n')[0]}`);
  }
  const raw = { id } as RawRow;
  for (const c of FIELD_COLUMNS) raw[c] = '';
  const fieldLines: MarkdownRow['fieldLines'] = {};
  const otherFields: string[] = [];
  const contents = doc.contents;
  if (contents !== null && !isMap(contents)) throw new DataError(`${file}: front matter is not a list of "key: value" fields`);
  const lineOf = (offset: number) => {
    let n = 2; // the line after the opening `---`
    for (let i = yamlText.indexOf('\n'); i !== -1 && i < offset; i = yamlText.indexOf('\n', i + 1)) n++;
    return n;
  };
  for (const pair of (contents?.items ?? []) as Pair<Node | null, Node | null>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : null;
    if (key === null) throw new DataError(`${file}: front matter has a key that is not a name`);
    if (!(FIELD_COLUMNS as readonly string[]).includes(key)) {
      otherFields.push(key);
      continue;
    }
    const column = key as Column;
    fieldLines[column] = lineOf(pair.key && isScalar(pair.key) && pair.key.range ? pair.key.range[0] : 0);
    raw[column] = scalarText(pair.value, `${file}: ${key}`);
  }
  const hasBody = lines.slice(end + 1).some((l) => l.trim() !== '');
  return { raw, fieldLines, otherFields, hasBody };
}

/** A front-matter value as the register's text: null or empty → "", a number or date as written. */
function scalarText(node: Node | null, where: string): string {
  if (node === null || node === undefined) return '';
  if (!isScalar(node)) throw new DataError(`${where} is a list or a map, not a text`);
  const v = node.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  // 1.0, 0x1F, true: the text as written, not YAML's reading of it.
  return node.source ?? String(v);
}

// ---------------------------------------------------------------------------
// principles.yml and country-codes.csv

/** The nine principles, `short` and `full`, in `en` and `fr`, from the site's translations file. */
export function parsePrinciplesYaml(text: string, file = PRINCIPLES_YML): SourcePrinciple[] {
  let data: unknown;
  try {
    data = parseYaml(text, { prettyErrors: false });
  } catch (err) {
    throw new DataError(`${file}: not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  if (typeof data !== 'object' || data === null) throw new DataError(`${file}: expected a map of principle-1 … principle-9`);
  const map = data as Record<string, unknown>;
  const out: SourcePrinciple[] = [];
  for (let n = 1; n <= 9; n++) {
    const p = map[`principle-${n}`] as Record<string, Record<string, unknown>> | undefined;
    const texts = { short: { en: '', fr: '' }, full: { en: '', fr: '' } };
    for (const field of ['short', 'full'] as const) {
      for (const locale of ['en', 'fr'] as const) {
        const t = p?.[field]?.[locale];
        if (typeof t !== 'string' || t.trim() === '') throw new DataError(`${file}: principle-${n}.${field}.${locale} is missing or empty`);
        texts[field][locale] = t.trim();
      }
    }
    out.push({ number: n, ...texts });
  }
  const extra = Object.keys(map).filter((k) => /^principle-\d+$/.test(k) && !/^principle-[1-9]$/.test(k));
  if (extra.length > 0) throw new DataError(`${file}: expected principles numbered 1 to 9, found also ${extra.join(', ')}`);
  return out;
}

/** The site's country table: code → usual English name. */
export function parseCountryCodes(text: string): Map<string, string> {
  const rows = parseCsv(text, { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
  const out = new Map<string, string>();
  for (const r of rows) {
    const code = (r['ISO-3166-1-alpha-3'] ?? '').trim();
    if (code) out.set(code, (r['usual-en'] ?? '').trim());
  }
  return out;
}

// ---------------------------------------------------------------------------
// Reading a whole register

/** Where the register came from, as published in summary.json. */
export interface RegisterOrigin {
  commit: string | null;
  committedAt: string | null;
  archiveSha256: string | null;
}

export interface RegisterRead {
  files: number;
  /** SHA-256 over every file read (name and bytes), the same for a checkout, a copy or an archive of one commit. */
  contentSha256: string;
  principlesText: string;
  countryCodesText: string | null;
  origin: RegisterOrigin;
  /** Front-matter keys read but not published, with the number of files that have them. */
  otherFields: Map<string, number>;
  /** Files with a statement after the front matter. */
  bodies: number;
  /** Anything in _supporters/ that is not a supporter file. */
  ignored: string[];
  /** A note for the report (e.g. a checkout with uncommitted changes). */
  notes: string[];
}

export type OnMarkdownRow = (row: MarkdownRow, id: string) => void;

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Digest of a set of files: their names and SHA-256s, in name order. */
class ContentDigest {
  private readonly files: [string, string][] = [];
  add(path: string, bytes: Buffer): void {
    this.files.push([path, sha256(bytes)]);
  }
  digest(): string {
    const h = createHash('sha256');
    for (const [path, hash] of this.files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) h.update(`${path}\0${hash}\n`);
    return h.digest('hex');
  }
}

class Tally {
  readonly otherFields = new Map<string, number>();
  bodies = 0;
  files = 0;
  add(row: MarkdownRow): void {
    this.files++;
    for (const k of row.otherFields) this.otherFields.set(k, (this.otherFields.get(k) ?? 0) + 1);
    if (row.hasBody) this.bodies++;
  }
}

/** `_supporters/<stem>.md` → stem, or null for anything else. */
function supporterStem(name: string): string | null {
  return name.endsWith('.md') && name.length > 3 ? name.slice(0, -3) : null;
}

/** Read a register directory (a checkout or a copy), one supporter file at a time in name order. */
export function readRegisterDir(dir: string, onRow: OnMarkdownRow): RegisterRead {
  const digest = new ContentDigest();
  const tally = new Tally();
  const ignored: string[] = [];
  const names = readdirSync(join(dir, SUPPORTERS_DIR), { withFileTypes: true });
  const files = names
    .filter((d) => {
      const ok = d.isFile() && supporterStem(d.name) !== null;
      if (!ok) ignored.push(`${SUPPORTERS_DIR}/${d.name}`);
      return ok;
    })
    .map((d) => d.name)
    .sort();
  for (const name of files) {
    const rel = `${SUPPORTERS_DIR}/${name}`;
    const bytes = readFileSync(join(dir, rel));
    digest.add(rel, bytes);
    const row = parseSupporterFile(bytes.toString('utf8'), supporterStem(name)!, rel);
    tally.add(row);
    onRow(row, row.raw.id);
  }
  const principlesPath = join(dir, PRINCIPLES_YML);
  if (!existsSync(principlesPath)) throw new DataError(`source file not found: ${principlesPath}`);
  const principlesBytes = readFileSync(principlesPath);
  digest.add(PRINCIPLES_YML, principlesBytes);
  const codesPath = join(dir, COUNTRY_CODES_CSV);
  const git = gitOrigin(dir);
  return {
    files: tally.files,
    contentSha256: digest.digest(),
    principlesText: principlesBytes.toString('utf8'),
    countryCodesText: existsSync(codesPath) ? readFileSync(codesPath, 'utf8') : null,
    origin: { commit: git.commit, committedAt: git.committedAt, archiveSha256: null },
    otherFields: tally.otherFields,
    bodies: tally.bodies,
    ignored: ignored.sort(),
    notes: git.notes,
  };
}

/** The commit of a Git checkout whose top is `dir`, and its date; nulls for a plain copy. */
export function gitOrigin(dir: string): { commit: string | null; committedAt: string | null; notes: string[] } {
  const none = { commit: null, committedAt: null, notes: [] };
  if (!existsSync(join(dir, '.git'))) return none;
  const git = (...args: string[]) => spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
  const log = git('log', '-1', '--format=%H %cI');
  if (log.status !== 0) return none;
  const [commit, committedAt] = log.stdout.trim().split(' ');
  const status = git('status', '--porcelain', '--', SUPPORTERS_DIR, '_data');
  const notes =
    status.status === 0 && status.stdout.trim() !== ''
      ? [
          `the checkout has uncommitted changes under ${SUPPORTERS_DIR}/ or _data/: commit ${commit!.slice(0, 12)} is not exactly what was read (contentSha256 is)`,
        ]
      : [];
  return { commit: commit ?? null, committedAt: committedAt ? new Date(committedAt).toISOString().replace('.000Z', 'Z') : null, notes };
}

/**
 * Read a `.tar.gz` of the register's repository as its host serves it (one
 * top folder, `<owner>-<repo>-<commit>/`). Streamed: entries are parsed as
 * they come out of the archive. A `git archive` header names the commit,
 * and its entries carry the commit's time.
 */
export async function readRegisterArchive(path: string, onRow: OnMarkdownRow): Promise<RegisterRead> {
  const digest = new ContentDigest();
  const tally = new Tally();
  const ignored: string[] = [];
  const archiveHash = createHash('sha256');
  let principlesText: string | null = null;
  let countryCodesText: string | null = null;
  let commit: string | null = null;
  let mtime: Date | null = null;
  let head = Buffer.alloc(0);
  let headDone = false;

  const extract = tarExtract();
  const done = new Promise<void>((resolve, reject) => {
    extract.on('entry', (header, stream, next) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: unknown) => {
        chunks.push(c as Buffer);
      });
      stream.on('error', reject);
      stream.on('end', () => {
        try {
          // Path inside the repository: without the archive's top folder.
          const name = header.name.replace(/^\.\//, '');
          const rel =
            name.includes('/') && !name.startsWith(`${SUPPORTERS_DIR}/`) && !name.startsWith('_data/')
              ? name.slice(name.indexOf('/') + 1)
              : name;
          if (mtime === null && header.mtime) mtime = header.mtime;
          if (rel.startsWith(`${SUPPORTERS_DIR}/`) && rel !== `${SUPPORTERS_DIR}/`) {
            const leaf = rel.slice(SUPPORTERS_DIR.length + 1);
            const stem = supporterStem(leaf);
            if (header.type !== 'file' || stem === null || leaf.includes('/')) ignored.push(rel);
            else {
              const bytes = Buffer.concat(chunks);
              digest.add(rel, bytes);
              const row = parseSupporterFile(bytes.toString('utf8'), stem, rel);
              tally.add(row);
              onRow(row, stem);
            }
          } else if (rel === PRINCIPLES_YML && header.type === 'file') {
            const bytes = Buffer.concat(chunks);
            digest.add(rel, bytes);
            principlesText = bytes.toString('utf8');
          } else if (rel === COUNTRY_CODES_CSV && header.type === 'file') {
            countryCodesText = Buffer.concat(chunks).toString('utf8');
          }
          next();
        } catch (err) {
          reject(err);
        }
      });
    });
    extract.on('finish', resolve);
    extract.on('error', reject);
  });

  try {
    const gunzip = createReadStream(path)
      .on('data', (c) => archiveHash.update(c as Buffer))
      .pipe(createGunzip());
    const feed = (async () => {
      for await (const chunk of gunzip as AsyncIterable<Buffer>) {
        if (!headDone) {
          head = Buffer.concat([head, chunk]);
          if (head.length >= 1024) {
            commit = paxGlobalCommit(head);
            headDone = true;
          }
        }
        if (!extract.write(chunk)) await new Promise<void>((r) => extract.once('drain', () => r()));
      }
      if (!headDone) commit = paxGlobalCommit(head);
      extract.end(undefined);
    })();
    await Promise.all([feed, done]);
  } catch (err) {
    if (err instanceof DataError) throw err;
    throw new DataError(`${basename(path)}: not a readable .tar.gz of the register (${(err as Error).message})`);
  }
  if (tally.files === 0) throw new DataError(`${basename(path)}: no ${SUPPORTERS_DIR}/*.md files in the archive`);
  if (principlesText === null) throw new DataError(`${basename(path)}: no ${PRINCIPLES_YML} in the archive`);
  const committedAt = commit !== null && mtime !== null ? (mtime as Date).toISOString().replace('.000Z', 'Z') : null;
  return {
    files: tally.files,
    contentSha256: digest.digest(),
    principlesText,
    countryCodesText,
    origin: { commit, committedAt, archiveSha256: archiveHash.digest('hex') },
    otherFields: tally.otherFields,
    bodies: tally.bodies,
    ignored: ignored.sort(),
    notes: [],
  };
}

/**
 * The commit `git archive` writes in the archive's first header (a pax
 * global header, type "g", record `comment=<sha>`), or null.
 */
export function paxGlobalCommit(head: Buffer): string | null {
  if (head.length < 512 || String.fromCharCode(head[156]!) !== 'g') return null;
  const size = parseInt(head.subarray(124, 136).toString('ascii').replace(/\0.*$/, '').trim(), 8);
  if (!Number.isFinite(size) || 512 + size > head.length) return null;
  const records = head.subarray(512, 512 + size).toString('utf8');
  const m = /(?:^|\n)\d+ comment=([0-9a-f]{40})\n/.exec(records);
  return m ? m[1]! : null;
}
