/**
 * npm run build:data — build the published dataset (dist/data/) from the
 * Paris Call source register. A thin wrapper: the work is in build.ts.
 */
import { relative } from 'node:path';
import { parseArgs } from './args.ts';
import { buildDatasetStreaming, datasetFiles, writeDataset } from './build.ts';
import { fail } from './errors.ts';
import { formatReport } from './report.ts';

async function main(argv: string[]): Promise<number> {
  try {
    const options = parseArgs(argv);
    // Streamed in (supporters.csv) and out (the JSON files): memory stays near the size of the published data.
    const dataset = await buildDatasetStreaming(options);
    const files = datasetFiles(dataset);
    writeDataset(options.outDir, files);
    process.stdout.write(formatReport(dataset.report, { quiet: options.quiet }));
    // Outside the report on purpose: it names a path, and the report must not depend on one.
    process.stdout.write(`wrote ${files.size} files to ${relative(process.cwd(), options.outDir) || '.'}\n`);
    return 0;
  } catch (err) {
    return fail(err);
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
