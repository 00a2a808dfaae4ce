/**
 * Builds the published dataset from the source directory and the project's
 * translations. Pure apart from reading the inputs: the same inputs give
 * byte-identical files (no clock, no paths, no locale-dependent sorting),
 * which check:data relies on.
 *
 * Scales with the register: supporters.csv is read as a stream and each row
 * normalised as it arrives (buildDatasetStreaming), only the published values
 * are kept, and the JSON is written to disk in batches (writeDataset). The
 * in-memory buildDataset gives the same values and bytes as strings.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import countries from 'i18n-iso-countries';
import {
  CATEGORIES,
  LOCALES,
  SCHEMA_VERSION,
  type CategoryCounts,
  type CategoryKey,
  type CountryCounts,
  type LocaleCode,
  type Localized,
  type Milestone,
  type MilestoneSource,
  type Principle,
  type Provenance,
  summaryProvenance,
  type Register,
  type Summary,
  type Texts,
  type Supporter,
} from '../../src/data/types.ts';
import { DataError } from './errors.ts';
import { formatJson, writeJsonFile, type FormatOptions } from './json.ts';
import { isIsoDate, normaliseRow, normaliseWebsite, type Change, type Column, type Warning } from './normalise.ts';
import { DEFAULT_MILESTONES_FILE } from './paths.ts';
import {
  PRINCIPLES_YML,
  SUPPORTERS_DIR,
  parseCountryCodes,
  parsePrinciplesYaml,
  readRegisterArchive,
  readRegisterDir,
  sourceKind,
  type OnMarkdownRow,
  type RegisterRead,
} from './register-source.ts';
import { ruleTally, type Report } from './report.ts';
import { registerSchema, summarySchema, textsSchema, validate } from './schema.ts';
import {
  parseMilestones,
  parsePrinciples,
  parseSupportersCsv,
  readSourceFile,
  readSupportersCsv,
  sourcePath,
  type CsvRow,
  type SourceDocument,
  type SourceMilestone,
  type SourcePrinciple,
} from './sources.ts';
import { loadTranslations, milestoneTexts, type LocaleTexts, type Translations } from './translations.ts';

export const SOURCE = {
  name: 'Paris Call register (pariscall.international public repository, ambanum/pariscall.international)',
  url: 'https://github.com/ambanum/pariscall.international',
  license: 'EUPL-1.2',
} as const;
export const OFFICIAL_LIST_URL = 'https://pariscall.international/en/supporters';
export const OFFICIAL_LOCALES: LocaleCode[] = ['en', 'fr'];

/** Files build:data writes, in writing order. */
export const OUTPUT_FILES = [
  'summary.json',
  'texts.json',
  'register.json',
  'summary.schema.json',
  'texts.schema.json',
  'register.schema.json',
  'build-report.json',
] as const;

export interface BuildOptions {
  /**
   * The register: a directory holding `_supporters/` (a checkout or a copy of
   * the register's repository), a `.tar.gz` of that repository, or the older
   * CSV export (a `.csv` file, or a directory holding supporters.csv,
   * principles.json and milestones.json).
   */
  sourceDir: string;
  /** The project's milestones, for a register source (the CSV layout has its own beside it). */
  milestonesFile?: string;
  translationsDir: string;
  /** YYYY-MM-DD; otherwise derived from the data, never from the clock. */
  asOf?: string;
}

/** The four published values; the files are their JSON text. */
export interface Dataset {
  summary: Summary;
  texts: Texts;
  register: Register;
  report: Report;
}

export interface BuildResult extends Dataset {
  /** File name → exact text to write. */
  files: Map<string, string>;
}

/** A file to publish before it is text: the value and its layout (formatJson options). */
export interface JsonDocument {
  value: unknown;
  options: FormatOptions;
}

const zeroCounts = (): CategoryCounts => Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as CategoryCounts;
/** Code-unit order: the same on every machine, unlike localeCompare. */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = (a: { id: string }, b: { id: string }) => byCodeUnit(a.id, b.id);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Build the dataset in memory, reading supporters.csv whole: the published
 * files as strings. For tests and small registers; the CLI and check:data use
 * buildDatasetStreaming, which gives the same dataset and the same bytes.
 */
export function buildDataset(options: BuildOptions): BuildResult {
  checkOptions(options);
  // The same checks and messages as buildDatasetStreaming; only the CSV layout is read whole.
  if (sourceKind(options.sourceDir) !== 'csv-dir')
    throw new DataError(`buildDataset reads a CSV source directory only: ${options.sourceDir}`);
  const csvText = readSourceFile(options.sourceDir, 'supporters.csv');
  const principlesText = readSourceFile(options.sourceDir, 'principles.json');
  const milestonesText = readSourceFile(options.sourceDir, 'milestones.json');

  const csv = parseSupportersCsv(csvText);
  const rows = new RegisterRows('line');
  for (const row of csv.rows) rows.add(row);
  const dataset = assembleDataset(options, {
    rows,
    rowsIn: csv.rows.length,
    extraColumns: csv.extraColumns,
    csvSha256: sha256(csvText),
    principles: parsePrinciples(principlesText),
    principlesText,
    milestonesText,
  });
  const files = new Map<string, string>();
  for (const [name, { value, options: layout }] of datasetFiles(dataset)) files.set(name, formatJson(value, layout));
  return { ...dataset, files };
}

/**
 * Build the dataset reading supporters.csv as a stream: each row is
 * normalised as it is read and only what is published is kept (one supporter
 * object per row, the report's changes and warnings). Write the result with
 * writeDataset(outDir, datasetFiles(dataset)), which streams the JSON text.
 */
export async function buildDatasetStreaming(options: BuildOptions): Promise<Dataset> {
  checkOptions(options);
  const kind = sourceKind(options.sourceDir);
  if (kind === 'register-dir' || kind === 'register-archive') return buildFromRegister(options, kind);
  const dir = kind === 'csv-dir' ? options.sourceDir : dirname(options.sourceDir);
  // Every source file must be there before any is read, as buildDataset checks them.
  const csvPath = kind === 'csv-dir' ? sourcePath(dir, 'supporters.csv') : options.sourceDir;
  const principlesText = readSourceFile(dir, 'principles.json');
  const milestonesText = readSourceFile(dir, 'milestones.json');

  const rows = new RegisterRows('line');
  const csv = await readSupportersCsv(csvPath, (row) => rows.add(row));
  return assembleDataset(options, {
    rows,
    rowsIn: csv.rows,
    extraColumns: csv.extraColumns,
    csvSha256: csv.sha256,
    principles: parsePrinciples(principlesText),
    principlesText,
    milestonesText,
  });
}

/**
 * The register in its own format: one Markdown file per supporter, read and
 * normalised one at a time (a directory in name order, an archive in its
 * order), then the same assembly as the CSV.
 */
async function buildFromRegister(options: BuildOptions, kind: 'register-dir' | 'register-archive'): Promise<Dataset> {
  const milestonesFile = options.milestonesFile ?? DEFAULT_MILESTONES_FILE;
  if (!existsSync(milestonesFile)) throw new DataError(`source file not found: ${milestonesFile} (the milestones: --milestones FILE)`);
  const milestonesText = readFileSync(milestonesFile, 'utf8');
  const rows = new RegisterRows('id');
  const onRow: OnMarkdownRow = (row) => rows.add({ raw: row.raw, line: 1 }, row.fieldLines);
  const read: RegisterRead =
    kind === 'register-dir' ? readRegisterDir(options.sourceDir, onRow) : await readRegisterArchive(options.sourceDir, onRow);
  return assembleDataset(options, {
    rows,
    rowsIn: read.files,
    extraColumns: [],
    csvSha256: '',
    principles: parsePrinciplesYaml(read.principlesText),
    principlesText: read.principlesText,
    milestonesText,
    register: read,
  });
}

/** The published files in writing order (OUTPUT_FILES), each with its layout. */
export function datasetFiles({ summary, texts, register, report }: Dataset): Map<string, JsonDocument> {
  return new Map<string, JsonDocument>([
    ['summary.json', { value: summary, options: { inlineWidth: 160 } }],
    ['texts.json', { value: texts, options: { inlineWidth: 160 } }],
    // One supporter per line: a register update shows as a per-supporter diff.
    ['register.json', { value: register, options: { inlineWidth: Infinity } }],
    ['summary.schema.json', { value: summarySchema, options: {} }],
    ['texts.schema.json', { value: textsSchema, options: {} }],
    ['register.schema.json', { value: registerSchema, options: {} }],
    ['build-report.json', { value: report, options: { inlineWidth: 240 } }],
  ]);
}

function checkOptions(options: BuildOptions): void {
  if (options.asOf !== undefined && !isIsoDate(options.asOf)) {
    throw new DataError(`--as-of must be a YYYY-MM-DD date, got "${options.asOf}"`);
  }
}

// ---------------------------------------------------------------------------
// Register rows

/**
 * The register, one row at a time: each row is normalised as it comes and
 * only what the dataset publishes is kept (the supporter, its report changes
 * and warnings, the rows with no country) plus running counts. Nothing else
 * of a row (its raw values, its RowResult) outlives add().
 */
class RegisterRows {
  /**
   * `order`: how changes and warnings are listed — by CSV line, or (Markdown
   * files, one per supporter, read in any order) by id then line.
   */
  constructor(private readonly order: 'line' | 'id') {}
  /** Nationality as published → normalised alpha-3 (null: no country), for the country-table cross-check. */
  readonly codes = new Map<string, string | null>();
  /** In file order until finish(), then by id. */
  readonly supporters: Supporter[] = [];
  readonly changes: Change[] = [];
  /** Rows with at least one change (ids are unique, so also the distinct ids changed). */
  changedRows = 0;
  readonly warnings: Warning[] = [];
  readonly byCategory = zeroCounts();
  readonly countries = new Map<string, CountryCounts>();
  readonly noCountry: Summary['noCountry'] = [];
  readonly unplaced: Report['unplaced'] = [];
  readonly signed = new Map<string, number>();
  readonly natureTally = new Map<string, { label: string; key: string; rows: number }>();
  alpha3ToAlpha2 = 0;
  twitterAtDropped = 0;

  add({ raw, line }: CsvRow, fieldLines?: Partial<Record<Column, number>>): void {
    const r = normaliseRow(raw, line, fieldLines);
    if (r.nationality !== '' && !this.codes.has(r.nationality)) this.codes.set(r.nationality, r.alpha3);
    const s = r.supporter;
    this.supporters.push(s);
    for (const c of r.changes) this.changes.push(c);
    if (r.changes.length > 0) this.changedRows++;
    for (const w of r.warnings) this.warnings.push(w);

    this.byCategory[s.category]++;
    if (s.country && r.alpha3) {
      let entry = this.countries.get(s.country);
      if (!entry) this.countries.set(s.country, (entry = { country: s.country, alpha3: r.alpha3, counts: zeroCounts() }));
      entry.counts[s.category]++;
    }
    if (s.country === null) this.noCountry.push({ id: s.id, name: s.name, category: s.category });
    else this.alpha3ToAlpha2++;
    if (r.unplaced !== null) {
      this.unplaced.push({ line: r.line, id: s.id, name: s.name, category: s.category, nationality: r.nationality, reason: r.unplaced });
    }
    if (s.dateSigned) this.signed.set(s.dateSigned, (this.signed.get(s.dateSigned) ?? 0) + 1);

    const label = r.recoded.natureLabel;
    if (label !== null && s.nature !== null) {
      const entry = this.natureTally.get(label) ?? { label, key: s.nature, rows: 0 };
      entry.rows++;
      this.natureTally.set(label, entry);
    }
    if (r.recoded.twitterAt) this.twitterAtDropped++;
  }

  /** Put everything in publishing order: supporters and no-country lists by id, changes and warnings by line. */
  finish(): void {
    this.supporters.sort(byId);
    this.noCountry.sort(byId);
    this.unplaced.sort(byId);
    if (this.order === 'id') {
      // Field order within a supporter (the order normaliseRow records them) is kept: the sort is stable.
      this.changes.sort((a, b) => byCodeUnit(a.id, b.id));
      this.warnings.sort((a, b) => byCodeUnit(a.id ?? '', b.id ?? ''));
      return;
    }
    // Rows come in file order, so these are in line order already; sorted (stably) all the same.
    this.changes.sort((a, b) => a.line - b.line);
    this.warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  }

  /** Is `id` a supporter's id? (After finish(): a binary search in the id order.) */
  has(id: string): boolean {
    let [lo, hi] = [0, this.supporters.length];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const here = this.supporters[mid]!.id;
      if (here === id) return true;
      if (here < id) lo = mid + 1;
      else hi = mid;
    }
    return false;
  }
}

interface AssembleInput {
  rows: RegisterRows;
  rowsIn: number;
  extraColumns: string[];
  csvSha256: string;
  principles: SourcePrinciple[];
  principlesText: string;
  milestonesText: string;
  /** For a register source (Markdown files): what reading it told. */
  register?: RegisterRead;
}

/** Everything after the register rows: texts, counts, asOf, validation, report. */
function assembleDataset(options: BuildOptions, input: AssembleInput): Dataset {
  const { rows, rowsIn, extraColumns, csvSha256, principlesText, milestonesText, register: read } = input;
  const sourcePrinciples = input.principles;
  const sourceMilestones = parseMilestones(milestonesText);
  const translations = loadTranslations(options.translationsDir);

  const warnings: Warning[] = [];
  if (extraColumns.length > 0) {
    warnings.push({ code: 'extra-columns', message: `supporters.csv: column(s) ignored: ${extraColumns.join(', ')}` });
  }
  if (read) {
    const fields = [...read.otherFields].sort(([a], [b]) => byCodeUnit(a, b)).map(([k, n]) => `${k} (${n} files)`);
    if (read.bodies > 0) fields.push(`the statement below the front matter (${read.bodies} files)`);
    if (fields.length > 0) {
      warnings.push({
        code: 'fields-not-published',
        message: `${SUPPORTERS_DIR}/: read but not published (the widgets show none of them): ${fields.join(', ')}`,
      });
    }
    if (read.ignored.length > 0) {
      warnings.push({
        code: 'files-ignored',
        message: `not supporter files (*.md), ignored: ${read.ignored.slice(0, 10).join(', ')}${read.ignored.length > 10 ? ` (+${read.ignored.length - 10} more)` : ''}`,
      });
    }
    for (const note of read.notes) warnings.push({ code: 'source-note', message: note });
  }

  // --- register rows
  rows.finish();
  const { supporters, changes, byCategory, noCountry } = rows;
  for (const w of rows.warnings) warnings.push(w);

  // --- counts
  const byCountry = [...rows.countries.values()].sort((a, b) => byCodeUnit(a.country, b.country));
  const signedByDate = [...rows.signed].sort(([a], [b]) => byCodeUnit(a, b)).map(([date, count]) => ({ date, count }));

  // --- principles and milestones
  const fallbacks: Fallback[] = [];
  const principles = sourcePrinciples.map((p) => buildPrinciple(p, translations, fallbacks));
  const milestones = [...sourceMilestones.milestones]
    .sort((a, b) => byCodeUnit(a.date, b.date))
    .map((m) => buildMilestone(m, sourceMilestones.documents, translations, fallbacks, (id) => rows.has(id), warnings));
  warnings.push(...translationWarnings(translations, sourcePrinciples, sourceMilestones.milestones, fallbacks));

  // --- asOf: given, else the register snapshot the milestones describe, else the latest signature
  const snapshots = milestones
    .filter((m) => m.kind === 'register-snapshot')
    .map((m) => m.date)
    .sort(byCodeUnit);
  let asOf: string;
  let asOfFrom: string;
  if (options.asOf) [asOf, asOfFrom] = [options.asOf, '--as-of'];
  else if (snapshots.length > 0) [asOf, asOfFrom] = [snapshots[snapshots.length - 1]!, 'register-snapshot milestone'];
  else if (signedByDate.length > 0) [asOf, asOfFrom] = [signedByDate[signedByDate.length - 1]!.date, 'latest date_signed'];
  else
    throw new DataError('cannot tell the date of the register (no register-snapshot milestone, no date_signed): pass --as-of YYYY-MM-DD');

  // A snapshot milestone of this date states the counts the official site showed: they must match ours.
  const total = supporters.length;
  for (const m of milestones.filter((x) => x.kind === 'register-snapshot' && x.date === asOf)) {
    for (const [key, reported] of Object.entries(m.counts)) {
      const ours = key === 'total' ? total : byCategory[key as CategoryKey];
      if (ours !== reported) {
        warnings.push({
          code: 'snapshot-count-mismatch',
          message: `milestone ${m.date}: ${key} reported ${reported}, register has ${ours}`,
        });
      }
    }
  }

  const provenance: Provenance = read
    ? {
        format: read.origin.archiveSha256 !== null ? 'register-archive' : 'register',
        commit: read.origin.commit,
        committedAt: read.origin.committedAt,
        contentSha256: read.contentSha256,
        archiveSha256: read.origin.archiveSha256,
      }
    : { format: 'csv', commit: null, committedAt: null, contentSha256: csvSha256, archiveSha256: null };
  const summary: Summary = {
    schemaVersion: SCHEMA_VERSION,
    kind: 'paris-call-summary',
    asOf,
    officialListUrl: OFFICIAL_LIST_URL,
    source: { ...SOURCE },
    counts: { total, byCategory },
    byCountry,
    noCountry,
    provenance: summaryProvenance(provenance),
  };
  const texts: Texts = { schemaVersion: SCHEMA_VERSION, kind: 'paris-call-texts', asOf, principles, milestones, signedByDate };
  const register: Register = { schemaVersion: SCHEMA_VERSION, kind: 'paris-call-register', asOf, source: { ...SOURCE }, supporters };

  // Refuse to publish anything the schemas would reject.
  for (const [name, value, schema] of [
    ['summary.json', summary, summarySchema],
    ['texts.json', texts, textsSchema],
    ['register.json', register, registerSchema],
  ] as const) {
    const errors = validate(value, schema);
    if (errors.length > 0) {
      throw new DataError(
        `${name} would not match its schema: ${errors.slice(0, 3).join('; ')}${errors.length > 3 ? ` (+${errors.length - 3} more)` : ''}`,
      );
    }
  }

  // --- report
  const inputs: Report['inputs'] = [
    ...(read
      ? [
          { file: `${SUPPORTERS_DIR}/*.md (${read.files} files)`, sha256: null, note: 'in contentSha256' },
          { file: PRINCIPLES_YML, sha256: sha256(principlesText) },
        ]
      : [
          { file: 'supporters.csv', sha256: csvSha256 },
          { file: 'principles.json', sha256: sha256(principlesText) },
        ]),
    { file: 'milestones.json', sha256: sha256(milestonesText) },
    ...(['principles.json', 'milestones.json'] as const).map((f) => {
      const path = join(options.translationsDir, f);
      return { file: `translations/${f}`, sha256: existsSync(path) ? sha256(readFileSync(path, 'utf8')) : null };
    }),
  ];
  const report: Report = {
    kind: 'paris-call-build-report',
    schemaVersion: SCHEMA_VERSION,
    asOf,
    asOfFrom,
    provenance,
    inputs,
    rows: { in: rowsIn, out: supporters.length },
    counts: { byCategory, total, countries: byCountry.length, noCountry: noCountry.length },
    changes: {
      values: changes.length,
      rows: rows.changedRows,
      byRule: ruleTally(changes),
      list: changes,
    },
    unplaced: rows.unplaced,
    recoded: {
      natureLabels: [...rows.natureTally.values()].sort((a, b) => b.rows - a.rows || byCodeUnit(a.label, b.label)),
      alpha3ToAlpha2: rows.alpha3ToAlpha2,
      twitterAtDropped: rows.twitterAtDropped,
    },
    translations: { ...translations.files, englishFallbacks: fallbacks.length },
    countryTable: read?.countryCodesText ? crossCheckCountries(read.countryCodesText, rows.codes) : null,
    warnings,
  };
  return { summary, texts, register, report };
}

/**
 * The register's codes against the site's own country table: every code the
 * register uses should be in it, and name the country we place the row in.
 * A check for the report only: the names we publish come from ISO data.
 */
function crossCheckCountries(csvText: string, codes: Map<string, string | null>): NonNullable<Report['countryTable']> {
  const table = parseCountryCodes(csvText);
  const notInTable: string[] = [];
  const namesDiffer: { code: string; alpha3: string | null; site: string; ours: string | null }[] = [];
  for (const code of [...codes.keys()].sort(byCodeUnit)) {
    const alpha3 = codes.get(code) ?? null;
    const site = table.get(code);
    if (site === undefined) {
      notInTable.push(code);
      continue;
    }
    const ours = alpha3 ? (countries.getName(alpha3, 'en') ?? null) : null;
    if (ours !== site) namesDiffer.push({ code, alpha3, site, ours });
  }
  return { file: '_data/country-codes.csv', codesInTable: table.size, codesUsed: codes.size, notInTable, namesDiffer };
}

// ---------------------------------------------------------------------------
// Texts in every locale

interface Fallback {
  what: 'principle' | 'milestone';
  /** "3 short", "2018-11-12 launch" */
  item: string;
  locale: LocaleCode;
}

/** Fill every locale: given texts first, then the translation, else English (recorded). */
function localize(
  given: Partial<Record<LocaleCode, string>>,
  translated: LocaleTexts,
  onFallback: (locale: LocaleCode) => void,
): { text: Localized; fromTranslations: LocaleCode[] } {
  const text = {} as Localized;
  const fromTranslations: LocaleCode[] = [];
  for (const locale of LOCALES) {
    const own = given[locale];
    const t = translated[locale];
    if (own !== undefined) text[locale] = own;
    else if (t !== undefined) {
      text[locale] = t;
      fromTranslations.push(locale);
    } else {
      text[locale] = given.en!;
      onFallback(locale);
    }
  }
  return { text, fromTranslations };
}

function buildPrinciple(p: SourcePrinciple, translations: Translations, fallbacks: Fallback[]): Principle {
  const t = translations.principles.get(p.number);
  const field = (name: 'short' | 'full') =>
    localize(p[name], t?.[name] ?? {}, (locale) => fallbacks.push({ what: 'principle', item: `${p.number} ${name}`, locale })).text;
  return { number: p.number, short: field('short'), full: field('full'), official: [...OFFICIAL_LOCALES] };
}

function buildMilestone(
  m: SourceMilestone,
  documents: Record<string, SourceDocument>,
  translations: Translations,
  fallbacks: Fallback[],
  inRegister: (id: string) => boolean,
  warnings: Warning[],
): Milestone {
  const label = `${m.date} ${m.kind}`;
  const { text, fromTranslations } = localize({ en: m.facts }, milestoneTexts(translations.milestones, m.date, m.kind), (locale) =>
    fallbacks.push({ what: 'milestone', item: label, locale }),
  );
  for (const id of m.supporters) {
    if (!inRegister(id))
      warnings.push({ code: 'milestone-unknown-supporter', message: `milestone ${label}: supporter "${id}" is not in the register` });
  }
  // Reported counts in a fixed key order, whatever order the source used.
  const counts: Milestone['counts'] = {};
  for (const key of [...CATEGORIES, 'total'] as const) if (m.counts[key] !== undefined) counts[key] = m.counts[key];
  return {
    date: m.date,
    kind: m.kind,
    text,
    translated: fromTranslations,
    counts,
    supporters: [...m.supporters],
    sources: m.sources.map((ref) =>
      resolveSource(ref, documents, (message) => warnings.push({ code: 'milestone-source', message: `milestone ${label}: ${message}` })),
    ),
  };
}

/**
 * A milestone source is a document described in `documents` (no public URL:
 * shown unlinked) or a web page. Only http(s) pages become links.
 */
export function resolveSource(ref: string, documents: Record<string, SourceDocument>, warn: (message: string) => void): MilestoneSource {
  const doc = Object.hasOwn(documents, ref) ? documents[ref] : undefined;
  if (doc) return { url: null, label: doc.about, language: doc.language, kind: doc.kind, published: doc.published };
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) {
    const web = /^https?:/i.test(ref) ? normaliseWebsite(ref).value : null;
    if (web) return { url: web, label: new URL(web).hostname.replace(/^www\./, ''), language: null, kind: 'web-page', published: null };
    warn(`source ${JSON.stringify(ref)} is not a usable http(s) URL: published without a link`);
    return { url: null, label: ref, language: null, kind: 'other', published: null };
  }
  warn(`source ${JSON.stringify(ref)} is neither a web page nor described under "documents": published without a link`);
  return { url: null, label: ref, language: null, kind: 'document', published: null };
}

/** One warning per file or locale, not per text: readable when a whole file is missing. */
function translationWarnings(
  translations: Translations,
  principles: SourcePrinciple[],
  milestones: SourceMilestone[],
  fallbacks: Fallback[],
): Warning[] {
  const out: Warning[] = [...translations.warnings];
  for (const what of ['principle', 'milestone'] as const) {
    const file = `translations/${what}s.json`;
    const mine = fallbacks.filter((f) => f.what === what);
    if (mine.length === 0) continue;
    const state = translations.files[`${what}s`];
    if (state !== 'read') {
      const locales = [...new Set(mine.map((f) => f.locale))];
      out.push({
        code: 'translations-missing',
        message: `${file} ${state === 'missing' ? 'not found' : 'unreadable'}: ${locales.join(', ')} use English for every ${what}`,
      });
      continue;
    }
    for (const locale of LOCALES) {
      const items = mine.filter((f) => f.locale === locale).map((f) => f.item);
      if (items.length > 0)
        out.push({ code: 'translation-missing', message: `${file}: no ${locale} text for ${what} ${items.join(', ')}: English used` });
    }
  }
  // Translations for items the source does not have are probably stale.
  const numbers = new Set(principles.map((p) => p.number));
  for (const n of translations.principles.keys()) {
    if (!numbers.has(n))
      out.push({ code: 'translation-unmatched', message: `translations/principles.json: principle ${n} does not exist` });
  }
  for (const t of translations.milestones) {
    if (!milestones.some((m) => m.date === t.date && (t.kind === null || t.kind === m.kind))) {
      out.push({
        code: 'translation-unmatched',
        message: `translations/milestones.json: no milestone ${t.date}${t.kind ? ` ${t.kind}` : ''} in the source`,
      });
    }
  }
  const official = [...translations.principles.values()].some((t) => OFFICIAL_LOCALES.some((l) => t.short[l] || t.full[l]));
  if (official)
    out.push({
      code: 'translation-ignored',
      message: 'translations/principles.json: en/fr texts ignored (the official texts come from the source)',
    });
  return out;
}

// ---------------------------------------------------------------------------
// Writing

/**
 * Write every file, each through a temporary name and a rename, so an
 * interrupted build leaves whole files. Other files in the directory are not
 * touched (other build steps may publish there too). A file given as text is
 * written as is; one given as a JSON document (datasetFiles) is streamed in
 * batches, never held whole.
 */
export function writeDataset(outDir: string, files: Map<string, string | JsonDocument>): void {
  try {
    mkdirSync(outDir, { recursive: true });
    for (const [name, content] of files) {
      const path = join(outDir, name);
      const tmp = `${path}.tmp-${process.pid}`;
      if (typeof content === 'string') writeFileSync(tmp, content);
      else writeJsonFile(tmp, content.value, content.options);
      renameSync(tmp, path);
    }
  } catch (err) {
    // A full disk or a read-only directory is the user's to fix, not a bug: one line.
    throw new DataError(`cannot write to ${outDir}: ${(err as Error).message}`);
  }
}
