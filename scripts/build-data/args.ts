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
  const options: CliOptions = {
    sourceDir: DEFAULT_SOURCE_DIR,
    outDir: DEFAULT_OUT_DIR,
    translationsDir: DEFAULT_TRANSLATIONS_DIR,
    quiet: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quiet' || arg === '-q') {
      options.quiet = true;
      continue;
    }
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!(flag in VALUE_FLAGS)) throw new UsageError(`unknown argument "${arg}" (usage: ${USAGE})`);
    const value = inline ?? argv[++i];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--')))
      throw new UsageError(`${flag} needs a value`);
    const key = VALUE_FLAGS[flag as keyof typeof VALUE_FLAGS];
    if (key === 'asOf') options.asOf = value;
    else options[key] = resolve(value);
  }
  return options;
}
