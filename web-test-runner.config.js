// Browser tests in Chromium, Firefox ESR and WebKit (WebKitGTK 2.50, close to
// current Safari). See ../shared/docs/toolchain.md for why each is launched
// this way. BROWSERS=chromium,firefox,webkit picks engines (default: all).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { faultMiddleware } from './test/server/fault-middleware.js';
import { snippetMiddleware } from './test/server/snippet-middleware.js';
import { tailwindMiddleware } from './test/server/tailwind-css.js';
import { otherOrigin } from './test/server/other-origin.js';
import { dataDefines } from './scripts/build/data-defines.js';
import { leanSource } from './scripts/build/lean-build.js';
import { resolve } from 'node:path';

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim());

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitForPort(port, ms = 15000) {
  const { connect } = await import('node:net');
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const ok = await new Promise((r) => {
      const s = connect(port, '127.0.0.1', () => {
        s.destroy();
        r(true);
      });
      s.on('error', () => r(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not open port ${port}`);
}

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      },
    }),
  );
}
if (wanted.includes('firefox')) {
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr',
        headless: true,
      },
    }),
  );
}
if (wanted.includes('webkit')) {
  // WebKitWebDriver must run under an X server: scripts/test/run-browser-tests.js
  // starts this whole runner under xvfb-run.
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', detached: true });
  const stop = () => {
    try {
      process.kill(-driver.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  process.on('exit', stop);
  for (const sig of ['SIGINT', 'SIGTERM'])
    process.on(sig, () => {
      stop();
      process.exit(1);
    });
  await waitForPort(port);
  browsers.push(
    webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
  );
}

// Host pages with the strict policies the README documents (test/csp/).
const CSP = {
  strict: "script-src 'self'; style-src 'self'; object-src 'none'",
  'trusted-types': "script-src 'self'; style-src 'self'; object-src 'none'; require-trusted-types-for 'script'; trusted-types lit-html",
};
function cspMiddleware(ctx, next) {
  if (ctx.path === '/test/csp/page.html' && CSP[ctx.query.policy]) {
    ctx.set('Content-Security-Policy', CSP[ctx.query.policy]);
  }
  return next();
}

export default {
  // WTR_PORT, or a free port: the tests run beside a demo still serving on 8000.
  port: Number(process.env.WTR_PORT) || (await freePort()),
  files: ['test/**/*.test.ts', '!test/consumers/**', '!test/node/**'],
  nodeResolve: { exportConditions: ['development'] },
  browsers,
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 20000 } },
  browserStartTimeout: 60000,
  // WTR_FINISH (ms) shortens the wait when a deliberately broken build hangs a run.
  testsFinishTimeout: Number(process.env.WTR_FINISH) || 240000,
  middleware: [faultMiddleware, cspMiddleware, snippetMiddleware, tailwindMiddleware],
  plugins: [
    // The embed tests' second origin (test/server/other-origin.js).
    otherOrigin(),
    // React ships CommonJS only: the React test is served as one esbuild
    // bundle (React, the wrappers and the widgets together), as an app's
    // bundler would build it.
    {
      name: 'bundle-react-tests',
      async serve(context) {
        if (!context.path.startsWith('/test/react/')) return undefined;
        const out = await build({
          entryPoints: ['.' + context.path],
          bundle: true,
          write: false,
          format: 'esm',
          target: 'es2021',
          tsconfig: 'tsconfig.json',
          conditions: ['development'],
          define: {
            'process.env.NODE_ENV': '"development"',
            ...dataDefines('/dist/data/'),
          },
        });
        return { body: out.outputFiles[0].text, type: 'js' };
      },
    },
    // The build's source transforms (scripts/build/lean-build.js), so the tests
    // run the code the bundles ship: minified template text, string tables
    // with keys once, static properties instead of decorators.
    {
      name: 'lean-build',
      transform(context) {
        if (!/^\/src\/.*\.ts$/.test(context.path) || typeof context.body !== 'string') return undefined;
        return { body: leanSource(context.body, resolve('.' + context.path)) };
      },
    },
    esbuildPlugin({
      ts: true,
      target: 'es2021',
      tsconfig: 'tsconfig.json',
      // Source modules sit in /src/data/: the published dataset is /dist/data/.
      define: dataDefines('../../dist/data/'),
    }),
  ],
};
