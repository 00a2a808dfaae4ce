/**
 * The whole refresh (npm run data:update): get the register, build the
 * dataset into a staging folder beside the published one, validate it,
 * compare it with what is published, and only then swap the folders.
 *
 * The published folder is never written into: the new one is complete on disk
 * before a rename puts it in place, and the previous one is moved aside first
 * (two renames on one file system). A refresh stopped between those two
 * renames leaves the previous folder under its aside name; the next run of
 * data:update (or recoverInterrupted) puts it back before doing anything.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Register, Summary } from '../../src/data/types.ts';
import { validateRegister, validateSummary, validateTexts } from '../../src/data/validate.ts';
import { OUTPUT_FILES, buildDatasetStreaming, datasetFiles, writeDataset } from './build.ts';
import { changesMarkdown, compareDatasets, formatChanges, type ChangeReport, type Published } from './changes.ts';
import { sameBytes } from './check.ts';
import { DataError } from './errors.ts';
import { formatReport } from './report.ts';
import { registerSchema, summarySchema, textsSchema, validate } from './schema.ts';

export const CHANGES_FILE = 'changes.json';

export interface RefreshOptions {
  /** A register directory, a .tar.gz of its repository, a CSV export, or a Git URL to clone. */
  from: string;
  outDir: string;
  translationsDir: string;
  milestonesFile?: string;
  asOf?: string;
  /** Publish even when the change report flags the refresh as implausible. */
  accept: boolean;
  /** Also write the change report in Markdown here (a pull request's body). */
  reportMarkdown?: string;
  quiet: boolean;
  /** Where to print (stdout by default). */
  print?: (text: string) => void;
}

export interface RefreshResult {
  changes: ChangeReport;
  published: boolean;
}

/** `https://…`, `ssh://…`, `git://…`, `file://…` or `user@host:path`: something to clone. */
export function isGitUrl(from: string): boolean {
  return /^(?:https?|ssh|git|file):\/\//i.test(from) || /^[\w.-]+@[\w.-]+:/.test(from);
}

const aside = (outDir: string, what: 'staging' | 'previous', id: string | number) =>
  join(dirname(outDir), `.${basename(outDir)}.${what}-${id}`);

/**
 * Undo what an interrupted refresh left: a published folder moved aside and
 * not replaced is put back; staging folders are removed. Returns what it did.
 */
export function recoverInterrupted(outDir: string): string[] {
  const parent = dirname(outDir);
  const base = basename(outDir);
  if (!existsSync(parent)) return [];
  const done: string[] = [];
  const leftovers = readdirSync(parent)
    .filter((n) => n.startsWith(`.${base}.staging-`) || n.startsWith(`.${base}.previous-`))
    .sort();
  for (const name of leftovers) {
    const path = join(parent, name);
    if (name.startsWith(`.${base}.previous-`) && !existsSync(outDir)) {
      renameSync(path, outDir);
      done.push(`restored ${base}/ from an interrupted refresh (${name})`);
    } else {
      rmSync(path, { recursive: true, force: true });
      done.push(`removed ${name} left by an interrupted refresh`);
    }
  }
  return done;
}

/** Test hook: stop the process dead at a stage, as a kill or a power cut would. */
function interruptAt(stage: 'staged' | 'swapping'): void {
  if (process.env.PCW_DATA_UPDATE_INTERRUPT === stage) process.kill(process.pid, 'SIGKILL');
}

function readPublished(dir: string): Published | null {
  try {
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as Summary;
    const register = JSON.parse(readFileSync(join(dir, 'register.json'), 'utf8')) as Register;
    if (!Array.isArray(register?.supporters) || typeof summary?.counts?.total !== 'number') return null;
    return { summary, register };
  } catch {
    return null;
  }
}

/** Clone a Git URL (newest commit only) into a temporary folder. */
function cloneRegister(url: string, into: string): string {
  const dir = join(into, 'register');
  const r = spawnSync('git', ['clone', '--depth', '1', '--quiet', '--', url, dir], {
    encoding: 'utf8',
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
  });
  if (r.error) throw new DataError(`cannot run git to clone ${url}: ${r.error.message}`);
  if (r.status !== 0) throw new DataError(`git clone ${url} failed: ${(r.stderr || '').trim().split('\n').pop()}`);
  return dir;
}

/**
 * Validate the staged files as the browser loader and the schemas would:
 * what is published must load.
 */
function validateStaged(dir: string): void {
  const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown;
  for (const [name, schema, loader] of [
    ['summary.json', summarySchema, validateSummary],
    ['texts.json', textsSchema, validateTexts],
    ['register.json', registerSchema, validateRegister],
  ] as const) {
    const value = read(name);
    const errors = validate(value, schema);
    if (errors.length > 0) throw new DataError(`staged ${name} does not match its schema: ${errors.slice(0, 3).join('; ')}`);
    try {
      loader(value, name);
    } catch (err) {
      throw new DataError(`staged ${name} would be rejected by the widgets' loader: ${(err as Error).message}`);
    }
  }
}

export async function refresh(options: RefreshOptions): Promise<RefreshResult> {
  const print = options.print ?? ((t: string) => process.stdout.write(t));
  const { outDir } = options;
  for (const line of recoverInterrupted(outDir)) print(`data:update: ${line}\n`);

  const work = mkdtempSync(join(tmpdir(), 'paris-call-update-'));
  const staging = aside(outDir, 'staging', process.pid);
  try {
    const sourceDir = isGitUrl(options.from) && !existsSync(options.from) ? cloneRegister(options.from, work) : options.from;
    const dataset = await buildDatasetStreaming({
      sourceDir,
      translationsDir: options.translationsDir,
      milestonesFile: options.milestonesFile,
      asOf: options.asOf,
    });
    print(formatReport(dataset.report, { quiet: true }));

    // Staging: the files other steps publish there (map.json) as they are, then the new dataset.
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(dirname(staging), { recursive: true });
    if (existsSync(outDir)) cpSync(outDir, staging, { recursive: true, filter: (src) => src === outDir || basename(src) !== CHANGES_FILE });
    else mkdirSync(staging);
    writeDataset(staging, datasetFiles(dataset));
    validateStaged(staging);

    const previous = existsSync(outDir) ? readPublished(outDir) : null;
    const filesChanged = OUTPUT_FILES.filter((f) => !existsSync(join(outDir, f)) || !sameBytes(join(outDir, f), join(staging, f)));
    const changes = compareDatasets(
      previous,
      { summary: dataset.summary, register: dataset.register },
      {
        accept: options.accept,
        filesChanged,
        textsChanged: filesChanged.includes('texts.json'),
      },
    );
    const json = JSON.stringify(changes, null, 2) + '\n';
    writeFileSync(join(staging, CHANGES_FILE), json);
    print(formatChanges(changes));
    if (options.reportMarkdown) writeFileSync(options.reportMarkdown, changesMarkdown(changes));

    // Refused: the published folder stays as it was; the report is on stdout (and in --report-md).
    if (changes.verdict === 'refused') return { changes, published: false };
    interruptAt('staged');
    const previousAside = aside(outDir, 'previous', process.pid);
    const hadPrevious = existsSync(outDir);
    if (hadPrevious) renameSync(outDir, previousAside);
    interruptAt('swapping');
    renameSync(staging, outDir);
    if (hadPrevious) rmSync(previousAside, { recursive: true, force: true });
    return { changes, published: true };
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
}
