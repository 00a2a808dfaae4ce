/**
 * npm run data:update -- --from <dir|archive.tar.gz|git URL> [--accept]
 * [--report-md FILE] [--out DIR] [--translations DIR] [--milestones FILE]
 * [--as-of YYYY-MM-DD] [--quiet]
 *
 * Refresh the published dataset from the register: build and validate in a
 * staging folder, report what changed, and replace dist/data/ only when every
 * check passes. Exit 0: published; 3: refused as implausible (nothing
 * published; rerun with --accept if the changes are real); 1: error; 2: usage.
 */
import { resolve } from 'node:path';
import { readFlags } from './args.ts';
import { fail } from './errors.ts';
import { DEFAULT_OUT_DIR, DEFAULT_SOURCE_DIR, DEFAULT_TRANSLATIONS_DIR } from './paths.ts';
import { isGitUrl, refresh, type RefreshOptions } from './refresh.ts';

const USAGE =
  '--from DIR|ARCHIVE.tar.gz|GIT-URL [--accept] [--report-md FILE] [--out DIR] [--translations DIR] [--milestones FILE] [--as-of YYYY-MM-DD] [--quiet]';
const VALUE_FLAGS = ['--from', '--out', '--translations', '--milestones', '--as-of', '--report-md'] as const;

export function parseUpdateArgs(argv: string[]): RefreshOptions {
  const { values, flags } = readFlags(argv, VALUE_FLAGS, ['--accept', '--quiet'], USAGE);
  const o: RefreshOptions = {
    from: DEFAULT_SOURCE_DIR,
    outDir: DEFAULT_OUT_DIR,
    translationsDir: DEFAULT_TRANSLATIONS_DIR,
    accept: flags.has('--accept'),
    quiet: flags.has('--quiet'),
  };
  for (const [flag, value] of values) {
    if (flag === '--from') o.from = isGitUrl(value) ? value : resolve(value);
    else if (flag === '--out') o.outDir = resolve(value);
    else if (flag === '--translations') o.translationsDir = resolve(value);
    else if (flag === '--milestones') o.milestonesFile = resolve(value);
    else if (flag === '--as-of') o.asOf = value;
    else o.reportMarkdown = resolve(value);
  }
  return o;
}

async function main(argv: string[]): Promise<number> {
  try {
    const result = await refresh(parseUpdateArgs(argv));
    return result.published ? 0 : 3;
  } catch (err) {
    return fail(err, 'data:update');
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
