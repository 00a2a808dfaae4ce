// `npm test`: everything, in the order a failure is cheapest to read.
// 1. installs missing browsers (apt), 2. dataset builder tests (node),
// 3. checks dist/data equals a fresh build of the source register (skips
// when ../shared is absent), 4. type-check and lint, 5. build, 6. what npm pack
// ships and the custom-elements manifest, 7. apps built from the packed
// tarball (Vite, webpack 5, TypeScript, React 19; test/consumers, installs
// its own dependencies outside the repository on first use), 8. server-
// rendered apps from the same tarball (Next.js, Astro, SvelteKit, Lit;
// test/ssr-apps, likewise), 9. the WordPress plugin in a real WordPress on
// MariaDB (installs its Debian packages on first use), 10. browser tests in
// Chromium, Firefox ESR and WebKit.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureBrowsers } from './ensure-browsers.js';

function run(label, cmd, args) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`✗ ${label} failed`);
    process.exit(r.status ?? 1);
  }
}

if (!existsSync('node_modules/.package-lock.json')) run('install dependencies', 'npm', ['ci']);
ensureBrowsers();
run('dataset builder tests', 'npm', ['run', '-s', 'test:node']);
run('published dataset check', 'npm', ['run', '-s', 'check:data']);
run('type-check', 'npm', ['run', '-s', 'typecheck']);
run('lint (ESLint: TypeScript, Lit, web components)', 'npm', ['run', '-s', 'lint']);
run('build', 'npm', ['run', '-s', 'build']);
run('package contents, manifest and generated docs', 'npm', ['run', '-s', 'test:package']);
run('apps built from the packed tarball (Vite, webpack 5, TypeScript, React 19)', process.execPath, ['scripts/test/test-consumers.js']);
run('server-rendered apps built from the packed tarball (Next.js, Astro, SvelteKit, a Lit app)', process.execPath, [
  'scripts/test/test-ssr-apps.js',
]);
run('WordPress plugin in WordPress 6.1 on MariaDB (Chromium)', process.execPath, ['scripts/wordpress/test.js']);
run('browser tests (Chromium, Firefox ESR, WebKit)', process.execPath, ['scripts/test/run-browser-tests.js']);
