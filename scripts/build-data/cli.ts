/**
 * npm run build:data — build the published dataset (dist/data/) from the
 * Paris Call source register. A thin wrapper: the work is in build.ts.
 */
import { relative } from 'node:path';
import { parseArgs } from './args.ts';
import { buildDataset, writeDataset } from './build.ts';
import { fail } from './errors.ts';
import { formatReport } from './report.ts';

function main(argv: string[]): number {
  try {
    const options = parseArgs(argv);
    const { files, report } = buildDataset(options);
    writeDataset(options.outDir, files);
    process.stdout.write(formatReport(report, { quiet: options.quiet }));
    // Outside the report on purpose: it names a path, and the report must not depend on one.
    process.stdout.write(`wrote ${files.size} files to ${relative(process.cwd(), options.outDir) || '.'}\n`);
    return 0;
  } catch (err) {
    return fail(err);
  }
}

process.exitCode = main(process.argv.slice(2));
