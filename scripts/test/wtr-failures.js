// Reads Web Test Runner's report (its default reporter's text) for the
// failures: which file, which test, in which engines, and the first error line.
const ENGINE = { Chrome: 'chromium', Chromium: 'chromium', Firefox: 'firefox', MiniBrowser: 'webkit' };

/**
 * @param {string} out the runner's output
 * @param {string} browsers the engines that ran, as in BROWSERS ("chromium,firefox,webkit")
 * @returns {{ file: string, title: string, engines: string[], error: string }[]}
 */
export function failuresIn(out, browsers) {
  // eslint-disable-next-line no-control-regex
  const lines = out.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').split('\n');
  const found = [];
  let file = '';
  for (let i = 0; i < lines.length; i++) {
    const header = /^(test\/\S+\.test\.ts):$/.exec(lines[i].trim());
    if (header) file = header[1];
    // WTR names the engines only when some, not all, failed: "(failed on A, B and C)".
    const fail = /^❌ (.*?)(?: \(failed on ([^)]+)\))?$/.exec(lines[i].trim());
    if (!fail) continue;
    const engines = fail[2]
      ? fail[2].split(/, | and /).map((b) => ENGINE[b.trim()] ?? b.trim().toLowerCase())
      : browsers.split(',').map((b) => b.trim());
    found.push({ file, title: fail[1], engines, error: (lines[i + 1] ?? '').trim() });
  }
  return found;
}
