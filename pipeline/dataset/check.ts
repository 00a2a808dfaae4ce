/**
 * Compare the committed dataset with a fresh build, byte for byte.
 */
import { closeSync, existsSync, fstatSync, mkdtempSync, openSync, readSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDatasetStreaming, datasetFiles, writeDataset } from './build.ts';

export interface CheckResult {
  ok: boolean;
  files: number;
  /** Produced files that differ from, or are missing in, the committed directory. */
  differ: { file: string; why: 'missing' | 'differs' }[];
  /** Files in the committed directory that build:data does not produce (not an error: other steps may publish there). */
  others: string[];
}

export async function checkPublished(options: {
  sourceDir: string;
  translationsDir: string;
  outDir: string;
  asOf?: string;
}): Promise<CheckResult> {
  const tmp = mkdtempSync(join(tmpdir(), 'paris-call-check-'));
  try {
    const files = datasetFiles(await buildDatasetStreaming(options));
    // Written and read back, so the comparison covers exactly what build:data would write.
    writeDataset(tmp, files);
    const differ: CheckResult['differ'] = [];
    for (const name of files.keys()) {
      const committed = join(options.outDir, name);
      if (!existsSync(committed)) differ.push({ file: name, why: 'missing' });
      else if (!sameBytes(committed, join(tmp, name))) differ.push({ file: name, why: 'differs' });
    }
    const others = existsSync(options.outDir)
      ? readdirSync(options.outDir)
          .filter((f) => !files.has(f))
          .sort()
      : [];
    return { ok: differ.length === 0, files: files.size, differ, others };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Do two files hold the same bytes? Read in blocks, so a large register is never read whole. */
export function sameBytes(pathA: string, pathB: string, blockSize = 1 << 20): boolean {
  const [a, b] = [openSync(pathA, 'r'), openSync(pathB, 'r')];
  try {
    if (fstatSync(a).size !== fstatSync(b).size) return false;
    const [bufA, bufB] = [Buffer.alloc(blockSize), Buffer.alloc(blockSize)];
    for (;;) {
      const n = readSync(a, bufA, 0, blockSize, null);
      // Equal sizes: fill B with as many bytes as A gave (a read may return fewer than asked).
      let m = 0;
      while (m < n) {
        const got = readSync(b, bufB, m, n - m, null);
        if (got === 0) return false;
        m += got;
      }
      if (n === 0) return true;
      if (!bufA.subarray(0, n).equals(bufB.subarray(0, n))) return false;
    }
  } finally {
    closeSync(a);
    closeSync(b);
  }
}
