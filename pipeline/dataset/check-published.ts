/**
 * npm run check:data — is the committed dist/data/ exactly what build:data
 * makes from the source register? Builds into a temporary directory and
 * compares byte for byte. Skips (exit 0) when the source is not there, so a
 * clone of the project alone still passes its checks.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from './args.ts';
import { checkPublished } from './check.ts';
import { fail } from './errors.ts';

async function main(argv: string[]): Promise<number> {
  try {
    const options = parseArgs(argv);
    const where = relative(process.cwd(), options.sourceDir) || '.';
    if (!existsSync(options.sourceDir)) {
      process.stdout.write(`check:data: SKIPPED — source register not found at ${where}\n`);
      return 0;
    }
    const result = await checkPublished(options);
    const out = relative(process.cwd(), options.outDir) || '.';
    if (!result.ok) {
      const list = result.differ.map((d) => `${d.file} (${d.why})`).join(', ');
      process.stdout.write(`check:data: FAILED — ${out} differs from a fresh build of ${where}: ${list}\n`);
      process.stdout.write('check:data: run `npm run build:data` and commit dist/data/\n');
      return 1;
    }
    process.stdout.write(`check:data: OK — ${out} matches a fresh build of ${where} (${result.files} files)\n`);
    if (result.others.length > 0)
      process.stdout.write(`check:data: not produced by build:data (not checked): ${result.others.join(', ')}\n`);
    return 0;
  } catch (err) {
    return fail(err, 'check:data');
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
