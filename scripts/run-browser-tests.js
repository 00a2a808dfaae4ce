// Runs Web Test Runner in Chromium, Firefox ESR and WebKit. WebKitGTK needs
// an X display, so the runner goes under `xvfb-run` when WebKit is wanted.
// Extra arguments are passed to `wtr` (e.g. --files test/core/*.test.ts).
import { spawnSync } from 'node:child_process';

const browsers = process.env.BROWSERS ?? 'chromium,firefox,webkit';
const wtr = ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)];
const needX = browsers.includes('webkit') && !process.env.DISPLAY;
const cmd = needX ? 'xvfb-run' : process.execPath;
const args = needX ? ['-a', '-s', '-screen 0 1280x1024x24', process.execPath, ...wtr] : wtr;
const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, BROWSERS: browsers } });
process.exit(r.status ?? 1);
