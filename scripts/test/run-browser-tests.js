// Runs Web Test Runner in Chromium, Firefox ESR and WebKit. WebKitGTK needs
// an X display, so the runner goes under `xvfb-run` when WebKit is wanted.
// Extra arguments are passed to `wtr` (e.g. --files test/core/*.test.ts).
//
// When tests fail, the runner prints every failure again at the end (a CI log
// is often read from its tail), then runs each failing file once more, in the
// engines it failed in only. A test that fails again fails the run. A test
// that passes the second time is printed as FLAKY with its first error, and
// the run passes: a shared CI machine under load must not hide the rest of
// the suite's verdict, and the flake stays in the log to be fixed.
// RERUN=0 turns the second run off.
import { spawn } from 'node:child_process';
import { failuresIn } from './wtr-failures.js';

function run(browsers, extra) {
  const wtr = ['node_modules/@web/test-runner/dist/bin.js', ...extra];
  const needX = browsers.includes('webkit') && !process.env.DISPLAY;
  const cmd = needX ? 'xvfb-run' : process.execPath;
  const args = needX ? ['-a', '-s', '-screen 0 1280x1024x24', process.execPath, ...wtr] : wtr;
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['inherit', 'pipe', 'inherit'], env: { ...process.env, BROWSERS: browsers } });
    let out = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      out += chunk;
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const browsers = process.env.BROWSERS ?? 'chromium,firefox,webkit';
const extra = process.argv.slice(2);
const first = await run(browsers, extra);
if (first.code === 0) process.exit(0);

const failures = failuresIn(first.out, browsers);
console.log('\n=== Browser test failures (first run) ===');
for (const f of failures) console.log(`✗ [${f.engines.join(', ')}] ${f.file} › ${f.title}\n    ${f.error}`);
if (!failures.length || failures.some((f) => !f.file) || process.env.RERUN === '0') {
  console.log(failures.length ? '' : 'No test failure was reported: the run itself failed (see above).');
  process.exit(first.code);
}

// Second run: each failing file, in the engines it failed in.
const byFile = new Map();
for (const f of failures) byFile.set(f.file, new Set([...(byFile.get(f.file) ?? []), ...f.engines]));
// The other arguments stand; `--files` is replaced by the one failing file.
const rest = extra.filter((a, i) => a !== '--files' && extra[i - 1] !== '--files');
let still = 0;
for (const [file, engines] of byFile) {
  const list = [...engines].join(',');
  console.log(`\n=== Running ${file} again in ${list} ===`);
  const again = await run(list, [...rest, '--files', file]);
  if (again.code !== 0) still++;
}
if (still) {
  console.log(`\n✗ ${still} test file(s) failed twice: a real failure.`);
  process.exit(1);
}
console.log('\n=== FLAKY: these failed once and passed when run again. Fix them. ===');
for (const f of failures) console.log(`FLAKY [${f.engines.join(', ')}] ${f.file} › ${f.title}\n    first error: ${f.error}`);
process.exit(0);
