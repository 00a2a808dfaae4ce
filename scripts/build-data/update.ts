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
import { fail, UsageError } from './errors.ts';
import { DEFAULT_OUT_DIR, DEFAULT_SOURCE_DIR, DEFAULT_TRANSLATIONS_DIR } from './paths.ts';
import { isGitUrl, refresh, type RefreshOptions } from './refresh.ts';

const USAGE =
  '--from DIR|ARCHIVE.tar.gz|GIT-URL [--accept] [--report-md FILE] [--out DIR] [--translations DIR] [--milestones FILE] [--as-of YYYY-MM-DD] [--quiet]';
const VALUE_FLAGS = ['--from', '--out', '--translations', '--milestones', '--as-of', '--report-md'] as const;

export function parseUpdateArgs(argv: string[]): RefreshOptions {
  const o: RefreshOptions = {
    from: DEFAULT_SOURCE_DIR,
    outDir: DEFAULT_OUT_DIR,
    translationsDir: DEFAULT_TRANSLATIONS_DIR,
    accept: false,
    quiet: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--accept') o.accept = true;
    else if (arg === '--quiet' || arg === '-q') o.quiet = true;
    else {
      const eq = arg.indexOf('=');
      const [flag, inline] = eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
      if (!(VALUE_FLAGS as readonly string[]).includes(flag)) throw new UsageError(`unknown argument "${arg}" (usage: ${USAGE})`);
      const value = inline ?? argv[++i];
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--')))
        throw new UsageError(`${flag} needs a value`);
      if (flag === '--from') o.from = isGitUrl(value) ? value : resolve(value);
      else if (flag === '--out') o.outDir = resolve(value);
      else if (flag === '--translations') o.translationsDir = resolve(value);
      else if (flag === '--milestones') o.milestonesFile = resolve(value);
      else if (flag === '--as-of') o.asOf = value;
      else o.reportMarkdown = resolve(value);
    }
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
