// The browser-test runner reruns failing files from what WTR printed: this
// checks that the report is read right (file, test, engines).
import { test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error plain JS script without types
import { failuresIn } from '../../scripts/test/wtr-failures.js';

const report = [
  '\x1b[2K\x1b[1A\x1b[2K\x1b[Gtest/components/map.test.ts:',
  '',
  ' 🚧 Browser logs:',
  '      Lit is in dev mode.',
  '',
  ' ❌ <paris-call-map> > downloads map.json once (failed on Firefox)',
  '      AssertionError: expected 1012 to be below 950',
  '',
  'test/csp/prerender.test.ts:',
  '',
  ' ❌ pre-rendered snippets > link styles (failed on Firefox and MiniBrowser)',
  '      Error: not ready',
  ' ❌ pre-rendered snippets > inline styles ',
  '      Error: no frame',
  '',
  'Chrome:      |██████████| 28/28 test files | 328 passed, 0 failed',
].join('\n');

test('failuresIn reads file, test title, engines and first error line from a WTR report', () => {
  assert.deepEqual(failuresIn(report, 'chromium,firefox,webkit'), [
    {
      file: 'test/components/map.test.ts',
      title: '<paris-call-map> > downloads map.json once',
      engines: ['firefox'],
      error: 'AssertionError: expected 1012 to be below 950',
    },
    {
      file: 'test/csp/prerender.test.ts',
      title: 'pre-rendered snippets > link styles',
      engines: ['firefox', 'webkit'],
      error: 'Error: not ready',
    },
    {
      file: 'test/csp/prerender.test.ts',
      title: 'pre-rendered snippets > inline styles',
      engines: ['chromium', 'firefox', 'webkit'],
      error: 'Error: no frame',
    },
  ]);
  assert.deepEqual(failuresIn('Chrome: 328 passed, 0 failed', 'chromium'), []);
});
