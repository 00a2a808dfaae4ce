/** check:data's byte comparison, which reads the two files block by block. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { sameBytes } from './check.ts';

describe('sameBytes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'paris-call-same-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('compares whole files, over many blocks', () => {
    const text = 'abcdefghij'.repeat(1000);
    const a = file('a', text);
    assert.equal(sameBytes(a, file('b', text), 7), true);
    assert.equal(sameBytes(a, a, 1 << 20), true);
    // One byte off in the last block, in the first, and a file one byte longer.
    assert.equal(sameBytes(a, file('c', text.slice(0, -1) + 'x'), 7), false);
    assert.equal(sameBytes(a, file('d', 'x' + text.slice(1)), 7), false);
    assert.equal(sameBytes(a, file('e', text + 'a'), 7), false);
    assert.equal(sameBytes(file('empty1', ''), file('empty2', ''), 7), true);
  });
});
