import { resolve } from 'node:path';
import { UsageError } from './errors.ts';
import { DEFAULT_OUT_DIR, DEFAULT_SOURCE_DIR, DEFAULT_TRANSLATIONS_DIR } from './paths.ts';

export interface CliOptions {
  sourceDir: string;
  milestonesFile?: string;
  outDir: string;
  translationsDir: string;
  asOf?: string;
  quiet: boolean;
}

const VALUE_FLAGS = {
  '--source': 'sourceDir',
  '--milestones': 'milestonesFile',
  '--out': 'outDir',
  '--translations': 'translationsDir',
  '--as-of': 'asOf',
} as const;
const USAGE = '[--source DIR|ARCHIVE.tar.gz|FILE.csv] [--milestones FILE] [--out DIR] [--translations DIR] [--as-of YYYY-MM-DD] [--quiet]';

/**
 * Parse `[--source DIR|ARCHIVE.tar.gz|FILE.csv] [--milestones FILE] [--out DIR]
 * [--translations DIR] [--as-of YYYY-MM-DD] [--quiet]` (also `--flag=value`). Paths given on the command line are
 * relative to the working directory, as users expect; the defaults are
 * relative to the project root.
 */
export function parseArgs(argv: string[]): CliOptions {
  const { values, flags } = readFlags(argv, Object.keys(VALUE_FLAGS), ['--quiet'], USAGE);
  const options: CliOptions = {
    sourceDir: DEFAULT_SOURCE_DIR,
    outDir: DEFAULT_OUT_DIR,
    translationsDir: DEFAULT_TRANSLATIONS_DIR,
    quiet: flags.has('--quiet'),
  };
  for (const [flag, value] of values) {
    const key = VALUE_FLAGS[flag as keyof typeof VALUE_FLAGS];
    if (key === 'asOf') options.asOf = value;
    else options[key] = resolve(value);
  }
  return options;
}

/**
 * The command line as flags: `--flag value` or `--flag=value` for the
 * `valueFlags` (the last one given wins; an empty or missing value is
 * refused), and the bare `booleanFlags` (`-q` is `--quiet`). Anything else
 * is refused with the command's `usage`.
 */
export function readFlags(
  argv: string[],
  valueFlags: readonly string[],
  booleanFlags: readonly string[],
  usage: string,
): { values: Map<string, string>; flags: Set<string> } {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const bare = arg === '-q' ? '--quiet' : arg;
    if (booleanFlags.includes(bare)) {
      flags.add(bare);
      continue;
    }
    const eq = arg.indexOf('=');
    const [flag, inline] = eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    if (!valueFlags.includes(flag)) throw new UsageError(`unknown argument "${arg}" (usage: ${usage})`);
    const value = inline ?? argv[++i];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--')))
      throw new UsageError(`${flag} needs a value`);
    values.set(flag, value);
  }
  return { values, flags };
}
