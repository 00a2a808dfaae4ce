// Shared by scripts/test/test-consumers.js and scripts/test/test-ssr-apps.js: the
// cache folder the apps are built in, the packed library installed there,
// a static server for built apps, and a free port for the ones that bring
// their own server.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';

/**
 * `$TMPDIR/<prefix>-<hash of the apps' package.json and lockfile>` (or under
 * `envDir`): OUTSIDE the repository, so Node, TypeScript and the bundlers
 * cannot walk up to the library's own node_modules and find what a user
 * does not have. Exits when a node_modules sits above it.
 */
export function appsCacheDir(appsDir, prefix, envDir) {
  const key = createHash('sha256')
    .update(readFileSync(join(appsDir, 'package-lock.json')))
    .update(readFileSync(join(appsDir, 'package.json')))
    .digest('hex')
    .slice(0, 12);
  const work = join(envDir ?? tmpdir(), `${prefix}-${key}`);
  for (let d = dirname(work); d !== dirname(d); d = dirname(d)) {
    if (existsSync(join(d, 'node_modules'))) {
      console.error(`${d}/node_modules exists above ${work}: the apps would resolve packages from it. Set the cache folder elsewhere.`);
      process.exit(1);
    }
  }
  return work;
}

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/** Serves a built app's folder on a free loopback port (a favicon request gets 204). */
export function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = resolve(dir, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** A loopback port nothing listens on now. */
export function freePort() {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/**
 * On first use of this lockfile (no `node_modules` in `work` yet): `npm ci`
 * of the apps' own package.json and lockfile in `work`. Returns whether it
 * installed, so the caller can report the time it took.
 */
export function installAppDependencies(appsDir, work) {
  if (existsSync(join(work, 'node_modules/.package-lock.json'))) return false;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(join(appsDir, 'package.json'), join(work, 'package.json'));
  cpSync(join(appsDir, 'package-lock.json'), join(work, 'package-lock.json'));
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: work, stdio: ['ignore', 'pipe', 'inherit'] });
  return true;
}

/** Copies each app folder of `appsDir` into `work`, fresh (last run's build output goes with it). */
export function freshApps(appsDir, work) {
  const apps = readdirSync(appsDir).filter((f) => statSync(join(appsDir, f)).isDirectory() && f !== 'node_modules');
  for (const app of apps) {
    rmSync(join(work, app), { recursive: true, force: true });
    cpSync(join(appsDir, app), join(work, app), { recursive: true });
  }
  return apps;
}

/**
 * `npm pack` of the library at `root`, installed (`--no-save`) into `work`.
 * Returns the pack's metadata, the unpacked package folder, and whether the
 * installed copy is byte for byte the tarball just packed (by `probe` files).
 */
export function packAndInstall(root, work, probe) {
  const packDir = mkdtempSync(join(tmpdir(), 'pcw-pack-'));
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--loglevel=error', '--pack-destination', packDir], {
      cwd: root,
      encoding: 'utf8',
    }),
  )[0];
  const tarball = join(packDir, packed.filename);
  execFileSync('tar', ['-xzf', tarball, '-C', packDir]);
  const pkgDir = join(packDir, 'package');
  rmSync(join(work, 'node_modules/paris-call-widgets'), { recursive: true, force: true });
  execFileSync('npm', ['install', '--no-save', tarball, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: work,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const installed = join(work, 'node_modules/paris-call-widgets');
  const same = probe.every((f) => readFileSync(join(installed, f)).equals(readFileSync(join(pkgDir, f))));
  return { packed, packDir, pkgDir, same };
}
