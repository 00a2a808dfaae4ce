// Serves the published dataset with faults, for loader and widget tests:
//   /__fault/<case>/<name>?key=<k>   <name> without ".json": the test runner marks
//                                     paths with an extension cacheable for a year,
//                                     which would hide retries. case: ok | delay-<ms> | 404 | 500 | 500-then-ok
//                                       | truncated | html | version | hang
//   /__fault/count?key=<k>            how many requests <k> has had (JSON number)
//   /__fault/arrivals?key=<k>         when they arrived (JSON array of ms since the epoch)
// Every response is `no-store`, so request counts are not hidden by caches.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const dataDir = fileURLToPath(new URL('../../dist/data/', import.meta.url));
/** Per key, when each request arrived (ms since the epoch); its length is the request count. */
const arrivals = new Map();

export async function faultMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/__fault/')) return next();
  const key = ctx.query.key ?? ctx.path;
  ctx.set('Cache-Control', 'no-store');
  if (ctx.path === '/__fault/count') {
    ctx.type = 'application/json';
    ctx.body = String(arrivals.get(key)?.length ?? 0);
    return;
  }
  if (ctx.path === '/__fault/arrivals') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(arrivals.get(key) ?? []);
    return;
  }
  const times = arrivals.get(key) ?? [];
  arrivals.set(key, times);
  const n = times.push(Date.now());
  // `<case>~<tag>` is the same case under a path of its own (e.g. a register
  // resolved from a summary URL, which drops the query's key).
  const [, , caseTag, name] = ctx.path.split('/');
  const fault = caseTag.split('~')[0];
  if (!/^[a-z-]+(\.json)?$/.test(name ?? '')) {
    ctx.status = 400;
    return;
  }
  const body = await readFile(dataDir + name.replace(/(\.json)?$/, '.json'), 'utf8');
  const sendJson = (text) => {
    ctx.type = 'application/json';
    ctx.body = text;
  };
  if (fault === 'ok') return sendJson(body);
  if (fault.startsWith('delay-')) {
    await new Promise((r) => setTimeout(r, Number(fault.slice(6))));
    return sendJson(body);
  }
  switch (fault) {
    case '404':
      ctx.status = 404;
      ctx.body = 'Not found';
      return;
    case '500':
      ctx.status = 500;
      ctx.body = 'Internal error';
      return;
    case '500-then-ok':
      if (n === 1) {
        ctx.status = 500;
        ctx.body = 'Internal error';
        return;
      }
      return sendJson(body);
    case 'truncated':
      return sendJson(body.slice(0, Math.floor(body.length / 2)));
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Oops</title><h1>Service unavailable</h1>';
      return;
    case 'version': {
      const data = JSON.parse(body);
      data.schemaVersion = 999;
      return sendJson(JSON.stringify(data));
    }
    case 'schema':
      return sendJson(JSON.stringify({ schemaVersion: 1, kind: 'paris-call-summary', counts: 'lots' }));
    case 'hang':
      // Never answers within any test's patience; the loader's timeout must fire.
      await new Promise((r) => setTimeout(r, 120000));
      ctx.status = 504;
      return;
    default:
      ctx.status = 400;
  }
}
