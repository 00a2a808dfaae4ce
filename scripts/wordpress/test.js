// `npm run test:wordpress`: the plugin in a real WordPress on a real MariaDB.
//
// 1. Installs what a clean Debian machine lacks (apt, as
//    scripts/test/ensure-browsers.js does): WordPress 6.1 with its language files
//    and the Twenty Twenty-Three theme, PHP 8.2 (CLI, MySQL driver), MariaDB,
//    Chromium.
// 2. Builds the plugin zip (scripts/wordpress/build.js).
// 3. Starts a throw-away MariaDB (its own data folder and socket) and a copy
//    of WordPress served by `php -S`, installs the site, uploads the zip
//    through Plugins → Add New → Upload as an administrator and activates it.
// 4. Runs test/wordpress/*.test.js (node:test, one file at a time: they share
//    the site) with PCW_WP_* variables describing the site.
// 5. Stops both servers and removes the folder (PCW_WP_KEEP=1 keeps it).
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../test/app-harness.js';
import { aptInstall } from '../test/ensure-browsers.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const started = Date.now();
const step = (s) => console.log(`▶ wordpress: ${s} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

// --- 1. packages ------------------------------------------------------------
export const needs = [
  { pkg: 'wordpress', path: '/usr/share/wordpress/wp-load.php' },
  { pkg: 'wordpress-l10n', path: '/usr/share/wordpress/wp-content/languages/fr_FR.mo' },
  { pkg: 'wordpress-theme-twentytwentythree', path: '/usr/share/wordpress/wp-content/themes/twentytwentythree/theme.json' },
  { pkg: 'php-cli', path: '/usr/bin/php' },
  { pkg: 'php-mysql', path: '/usr/share/php-mysql' },
  { pkg: 'mariadb-server', path: '/usr/sbin/mariadbd' },
  { pkg: 'mariadb-client', path: '/usr/bin/mariadb' },
  { pkg: 'chromium', path: '/usr/bin/chromium' },
];
function hasPhpMysql() {
  try {
    return execFileSync('php', ['-r', 'echo extension_loaded("mysqli") ? 1 : 0;'], { encoding: 'utf8' }) === '1';
  } catch {
    return false;
  }
}
const missing = needs
  .filter((n) => (n.pkg === 'php-mysql' ? !existsSync('/usr/bin/php') || !hasPhpMysql() : !existsSync(n.path)))
  .map((n) => n.pkg);
aptInstall(missing, 'WordPress, PHP and MariaDB packages');

// --- 2. the zip -------------------------------------------------------------
step('building the plugin');
execFileSync(process.execPath, [join(root, 'scripts/wordpress/build.js')], { stdio: 'inherit' });
const zip = join(root, 'dist/wordpress/paris-call-widgets.zip');

// --- 3. database and site -----------------------------------------------------
const work = mkdtempSync(join(tmpdir(), 'pcw-wp-'));
const db = join(work, 'db');
const sock = join(work, 'mysqld.sock');
const site = join(work, 'site');
const children = [];

function cleanup() {
  try {
    execFileSync('mariadb-admin', ['--no-defaults', `--socket=${sock}`, '-uroot', 'shutdown'], { stdio: 'ignore', timeout: 20000 });
  } catch {
    // not started, or already stopped
  }
  for (const c of children.reverse()) {
    try {
      // Each server leads its own process group: php -S forks its workers, which must go too.
      process.kill(-c.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  if (!process.env.PCW_WP_KEEP) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
}
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
step('starting MariaDB');
execFileSync(
  'mariadb-install-db',
  ['--no-defaults', `--datadir=${db}`, ...asRoot, '--auth-root-authentication-method=normal', '--skip-test-db'],
  { stdio: 'ignore' },
);
const mysqld = spawn(
  'mariadbd',
  [
    '--no-defaults',
    `--datadir=${db}`,
    ...asRoot,
    `--socket=${sock}`,
    '--skip-networking',
    `--pid-file=${join(work, 'mysqld.pid')}`,
    `--log-error=${join(work, 'mysqld.err')}`,
    '--innodb-buffer-pool-size=32M',
  ],
  { stdio: 'ignore', detached: true },
);
children.push(mysqld);
for (let i = 0; ; i++) {
  try {
    execFileSync('mariadb-admin', ['--no-defaults', `--socket=${sock}`, '-uroot', 'ping'], { stdio: 'ignore' });
    break;
  } catch {
    if (i > 100) throw new Error(`MariaDB did not start (see ${join(work, 'mysqld.err')})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
execFileSync('mariadb', ['--no-defaults', `--socket=${sock}`, '-uroot', '-e', 'CREATE DATABASE wordpress CHARACTER SET utf8mb4']);

step('copying WordPress 6.1 and installing the site');
execFileSync('cp', ['-rL', '/usr/share/wordpress', site]);
rmSync(join(site, 'wp-config.php'), { force: true });
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
writeFileSync(
  join(site, 'wp-config.php'),
  `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${sock}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE']
  .flatMap((k) => [`define( '${k}_KEY', '${k}-key-${port}' );`, `define( '${k}_SALT', '${k}-salt-${port}' );`])
  .join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${join(work, 'debug.log')}' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
if ( ! defined( 'ABSPATH' ) ) define( 'ABSPATH', __DIR__ . '/' );
require_once ABSPATH . 'wp-settings.php';
`,
);
// The site's own plugins folder starts empty but for what the upload adds.
for (const p of readdirSync(join(site, 'wp-content/plugins')))
  if (p !== 'index.php') rmSync(join(site, 'wp-content/plugins', p), { recursive: true });

// What the tests compare the pages with (the library's renderer, the dataset,
// the module the CDN option pins), copied now: the same build as the zip,
// whatever happens to dist/ while the tests run.
const snapshot = join(work, 'dist');
for (const p of ['npm/server', 'npm/chunks', 'data/summary.json', 'paris-call-widgets.en.js'])
  cpSync(join(root, 'dist', p), join(snapshot, p), { recursive: true });
cpSync(zip, join(work, 'paris-call-widgets.zip'));
const env = {
  ...process.env,
  PCW_WP_DIR: site,
  PCW_WP_URL: url,
  PCW_WP_ZIP: join(work, 'paris-call-widgets.zip'),
  PCW_WP_DIST: snapshot,
  PCW_WP_WORK: work,
};
const fixtures = JSON.parse(execFileSync('php', [join(root, 'test/wordpress/install.php')], { env, encoding: 'utf8' }));

const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', site, join(root, 'test/wordpress/router.php')], {
  env: { ...env, PHP_CLI_SERVER_WORKERS: '4' },
  stdio: ['ignore', 'ignore', 'ignore'],
  detached: true,
});
children.push(server);
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${url}/wp-login.php`)).ok) break;
  } catch {
    if (i > 100) throw new Error('php -S did not start');
  }
  await new Promise((r) => setTimeout(r, 100));
}

// --- 4. tests -----------------------------------------------------------------
step(`site up at ${url}; running test/wordpress`);
const files = readdirSync(join(root, 'test/wordpress'))
  .filter((f) => f.endsWith('.test.js'))
  .sort()
  .map((f) => join('test/wordpress', f));
const run = spawn(process.execPath, ['--test', '--test-concurrency=1', ...files], {
  cwd: root,
  env: { ...env, PCW_WP_FIXTURES: JSON.stringify(fixtures) },
  stdio: 'inherit',
});
const exitCode = await new Promise((ok) => run.on('exit', (code) => ok(code ?? 1)));
step(exitCode === 0 ? 'passed' : 'FAILED');
process.exit(exitCode);
