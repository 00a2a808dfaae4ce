// A small static server for the demo: serves the project folder (the demo
// pages import dist/paris-call-widgets.js, which fetches dist/data/), under
// the strict Content-Security-Policy a careful news site would send, so the
// demo proves the widgets need no inline script or style. Text files are
// sent compressed (brotli or gzip, as the browser accepts), as a real host
// would, so the demo's transfer sizes are the ones readers would get.
// Usage: node scripts/demo/serve-demo.js [--port 8000]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { encodingFor } from './accept-encoding.js';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const portArg = process.argv.indexOf('--port');
const port = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.PORT ?? 8000));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg']);
const compress = {
  // Quality 5: within 15% of the smallest brotli output, in milliseconds (11 takes 0.3 s on register.json).
  br: promisify((buf, cb) =>
    brotliCompress(buf, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: buf.length } }, cb),
  ),
  gzip: promisify(gzip),
};

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

// The pre-rendered snippets page adds the widgets' inline-style hashes, as
// the README tells a host to (dist/css/hashes.json, written by the build).
async function cspFor(path) {
  if (path !== '/demo/prerender.html') return CSP;
  const hashes = JSON.parse(await readFile(join(root, 'dist/css/hashes.json'), 'utf8').catch(() => '{}'));
  const sources = Object.values(hashes)
    .map((h) => h.sha256)
    .join(' ');
  return CSP.replace("style-src 'self'", `style-src 'self' ${sources}`);
}

const server = createServer(async (req, res) => {
  try {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    // /slow/<path>: the same file 8 s later, to show the loading state.
    if (path.startsWith('/slow/')) {
      path = path.slice(5);
      await new Promise((r) => setTimeout(r, 8000));
    }
    if (path === '/') path = '/demo/index.html';
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root + '/') || file.includes('/node_modules/') || file.includes('/.git/'))
      throw Object.assign(new Error('forbidden'), { code: 'ENOENT' });
    if (!(await stat(file)).isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
    let body = await readFile(file);
    const headers = {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': await cspFor(path),
      'Cache-Control': 'no-cache',
    };
    if (compressible.has(extname(file))) {
      headers['Vary'] = 'Accept-Encoding';
      const encoding = encodingFor(req.headers['accept-encoding']);
      if (encoding) {
        body = await compress[encoding](body);
        headers['Content-Encoding'] = encoding;
      }
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(body);
  } catch (e) {
    res.writeHead(e.code === 'ENOENT' ? 404 : 500, { 'Content-Type': 'text/plain' });
    res.end(e.code === 'ENOENT' ? 'Not found' : 'Server error');
  }
});
server.on('error', (e) => {
  if (e.code !== 'EADDRINUSE') throw e;
  // Most often the demo itself, still running in another terminal.
  console.error(
    `paris-call-widgets demo: port ${port} is taken (is the demo already running? open http://localhost:${port}/), or pick another: npm start -- --port 8001`,
  );
  process.exit(1);
});
server.listen(port, () => {
  console.log(`paris-call-widgets demo: http://localhost:${port}/  (Ctrl+C to stop)`);
  stat(join(root, 'dist/paris-call-widgets.js')).catch(() => console.warn('dist/ is not built: run `npm run build` first.'));
});
