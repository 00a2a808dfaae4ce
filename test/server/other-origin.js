// A second origin for the embed tests: a plain static server on another port
// (and host, 127.0.0.1), serving dist/ and test/embed/ as a CDN would, so
// the host page and the embed page are cross-origin as on a real site.
// GET /test/embed/origin.json on the test server says where it is.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

export function otherOrigin() {
  let server;
  let origin = '';
  return {
    name: 'other-origin',
    async serverStart() {
      server = createServer(async (req, res) => {
        const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
        if (!/^\/(dist|test\/embed)\//.test(path) || path.includes('..')) return res.writeHead(404).end();
        try {
          const body = await readFile(root + path.slice(1));
          res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Access-Control-Allow-Origin': '*' });
          res.end(body);
        } catch {
          res.writeHead(404).end();
        }
      });
      await new Promise((r) => server.listen(0, '127.0.0.1', r));
      origin = `http://127.0.0.1:${server.address().port}`;
    },
    serve(context) {
      if (context.path === '/test/embed/origin.json') return { body: JSON.stringify({ origin }), type: 'json' };
      return undefined;
    },
    async serverStop() {
      await new Promise((r) => server?.close(r));
    },
  };
}
