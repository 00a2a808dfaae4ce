// Pre-rendered snippet host pages, parsed by the browser's own HTML parser
// (declarative shadow DOM is only honoured there) and served under real CSP
// headers:
//   POST /__snippet                      body: the snippet HTML; answers its id
//   GET  /test/prerender/page.html?id=<id>&policy=<p>[&module=<url>…]
//                                        page.html with <!--snippet--> replaced by that snippet,
//                                        and a <script type="module"> per module URL after it
//   GET  /__slow/<ms>/<path>             <path>, <ms> later (a slow stylesheet, a slow module)
// Policies: strict (the README's), strict-hash (strict + the 'sha256-…' of every
// widget's dist/css text), trusted-types-hash, blocked (no script may run), none.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const snippets = new Map();
let next = 0;

function hashes() {
  const h = JSON.parse(readFileSync(root + 'dist/css/hashes.json', 'utf8'));
  return Object.values(h)
    .map((x) => x.sha256)
    .join(' ');
}
const STRICT = "script-src 'self'; style-src 'self'; object-src 'none'";
const POLICIES = {
  strict: () => STRICT,
  'strict-hash': () => `script-src 'self'; style-src 'self' ${hashes()}; object-src 'none'`,
  'trusted-types-hash': () =>
    `script-src 'self'; style-src 'self' ${hashes()}; object-src 'none'; require-trusted-types-for 'script'; trusted-types lit-html`,
  blocked: () => `script-src 'none'; style-src 'self' ${hashes()}; object-src 'none'`,
  none: () => '',
};

export async function snippetMiddleware(ctx, nextMw) {
  if (ctx.path === '/__snippet' && ctx.method === 'POST') {
    let body = '';
    for await (const chunk of ctx.req) body += chunk;
    const id = String(++next);
    snippets.set(id, body);
    ctx.body = id;
    return;
  }
  const slow = /^\/__slow\/(\d+)(\/.*)$/.exec(ctx.path);
  if (slow) {
    await new Promise((r) => setTimeout(r, Number(slow[1])));
    ctx.url = slow[2] + (ctx.querystring ? `?${ctx.querystring}` : '');
    return nextMw();
  }
  if (ctx.path === '/test/prerender/page.html' && snippets.has(ctx.query.id)) {
    const policy = POLICIES[ctx.query.policy ?? 'none'];
    if (!policy) {
      ctx.status = 400;
      return;
    }
    const page = await readFile(root + 'test/prerender/page.html', 'utf8');
    const csp = policy();
    if (csp) ctx.set('Content-Security-Policy', csp);
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html';
    const modules = [].concat(ctx.query.module ?? []).filter((m) => /^\/[\w./~?=-]+$/.test(m));
    const scripts = modules.map((m) => `<script type="module" src="${m}"></script>`).join('');
    ctx.body = page.replace('<!--snippet-->', () => snippets.get(ctx.query.id) + scripts);
    return;
  }
  return nextMw();
}
