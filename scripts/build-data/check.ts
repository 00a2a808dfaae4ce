/**
 * Compare the committed dataset with a fresh build, byte for byte.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDataset, writeDataset } from './build.ts';

export interface CheckResult {
  ok: boolean;
  files: number;
  /** Produced files that differ from, or are missing in, the committed directory. */
  differ: { file: string; why: 'missing' | 'differs' }[];
  /** Files in the committed directory that build:data does not produce (not an error: other steps may publish there). */
  others: string[];
}

export function checkPublished(options: { sourceDir: string; translationsDir: string; outDir: string; asOf?: string }): CheckResult {
  const tmp = mkdtempSync(join(tmpdir(), 'paris-call-check-'));
  try {
    const { files } = buildDataset(options);
    // Written and read back, so the comparison covers exactly what build:data would write.
    writeDataset(tmp, files);
    const differ: CheckResult['differ'] = [];
    for (const name of files.keys()) {
      const committed = join(options.outDir, name);
      if (!existsSync(committed)) differ.push({ file: name, why: 'missing' });
      else if (!readFileSync(committed).equals(readFileSync(join(tmp, name)))) differ.push({ file: name, why: 'differs' });
    }
    const others = existsSync(options.outDir) ? readdirSync(options.outDir).filter((f) => !files.has(f)).sort() : [];
    return { ok: differ.length === 0, files: files.size, differ, others };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
