// The demo's pre-rendered snippets carry their widget's CSS inline, allowed
// by its hash (scripts/demo/serve-demo.js reads dist/css/hashes.json): after a CSS
// change they must be re-made (`node scripts/build/prerender.js --update-demo`), or
// the demo page would show them unstyled under its CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const root = new URL('../../', import.meta.url);

test('demo/prerender.html: every inline snippet style is the built CSS of its widget', () => {
  const html = readFileSync(new URL('demo/prerender.html', root), 'utf8');
  const snippets = [...html.matchAll(/<(paris-call-[a-z]+)[^>]*>\s*<template shadowrootmode="open">(?:<style>([^<]*)<\/style>)?/g)];
  assert.ok(snippets.length >= 1, 'no pre-rendered snippet found in demo/prerender.html');
  let inline = 0;
  for (const [, tag, style] of snippets) {
    if (style === undefined) continue; // a <link> snippet: the file itself is served
    inline++;
    const css = readFileSync(new URL(`dist/css/${tag}.css`, root), 'utf8');
    assert.equal(style, css, `${tag}: stale inline style, run: node scripts/build/prerender.js --update-demo`);
  }
  assert.ok(inline >= 1, 'no inline-style snippet checked');
});

const pages = readdirSync(new URL('demo/', root)).filter((f) => f.endsWith('.html'));
const read = (page: string) => readFileSync(new URL(`demo/${page}`, root), 'utf8');

test('every demo page has a description and an icon the CSP allows (no favicon.ico 404)', () => {
  assert.ok(pages.length >= 8, `only ${pages.length} demo pages found`);
  for (const page of pages) {
    const html = read(page);
    assert.match(html, /<meta name="description" content="[^"]{50,}"/, `${page}: no meta description`);
    const icon = html.match(/<link rel="icon" href="([^"]+)"/);
    assert.ok(icon, `${page}: no <link rel="icon">`);
    assert.ok(!/^(https?:|data:|\/\/)/.test(icon[1]), `${page}: the icon is not a same-origin file (CSP img-src 'self')`);
    assert.ok(existsSync(new URL(`demo/${icon[1]}`, root)), `${page}: ${icon[1]} does not exist`);
  }
});

test("the pages with language controls run their own script before the widget module (lang is set before the widgets' first render)", () => {
  let checked = 0;
  for (const page of pages) {
    const html = read(page);
    if (!html.includes('id="lang"') || page === 'builder.html') continue;
    const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]);
    const own = scripts.findIndex((s) => !s.includes('dist/'));
    const widgets = scripts.findIndex((s) => s.includes('dist/'));
    assert.ok(own >= 0 && widgets >= 0, `${page}: expected a page script and a widget module, got ${scripts.join(', ')}`);
    assert.ok(own < widgets, `${page}: ${scripts[own]} must come before ${scripts[widgets]}`);
    checked++;
  }
  assert.ok(checked >= 6, `only ${checked} pages with controls checked`);
});

test('demo/badge.html: a badge meant to fail to load points into a folder that does not exist', () => {
  // The badge reads register.json beside its src: a missing file in dist/data/ still finds the real register.
  const srcs = [...read('badge.html').matchAll(/<paris-call-badge [^>]*src="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((s) => !s.startsWith('/slow/'));
  assert.ok(srcs.length >= 1, 'no failing badge in demo/badge.html');
  for (const src of srcs) {
    const file = new URL(src, new URL('demo/', root));
    assert.ok(!existsSync(new URL('./', file)), `${src}: its folder exists, so the badge finds a register there`);
  }
});

/** Starts scripts/demo/serve-demo.js on a free port; resolves with its origin and a stop function. */
async function serveDemo(): Promise<{ origin: string; stop: () => void }> {
  const port = await new Promise<number>((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
  const child = spawn(process.execPath, ['scripts/demo/serve-demo.js', '--port', String(port)], {
    cwd: fileURLToPath(root),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.once('data', resolve);
    child.once('exit', reject);
  });
  return { origin: `http://localhost:${port}`, stop: () => child.kill() };
}

/** GETs `path` with Accept-Encoding `accept`, without decoding: status, headers and the raw bytes. */
function get(
  origin: string,
  path: string,
  accept: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    httpGet(origin + path, { headers: { 'Accept-Encoding': accept } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

test('scripts/demo/serve-demo.js compresses text per Accept-Encoding, with Vary, and keeps the CSP', async () => {
  const { origin, stop } = await serveDemo();
  try {
    const original = readFileSync(new URL('demo/demo.css', root));
    const cases: [string, string | undefined, (b: Buffer) => Buffer][] = [
      ['br, gzip, deflate', 'br', brotliDecompressSync],
      ['gzip, deflate', 'gzip', gunzipSync],
      ['br;q=0, gzip', 'gzip', gunzipSync],
      ['identity', undefined, (b) => b],
      ['', undefined, (b) => b],
    ];
    for (const [accept, encoding, decode] of cases) {
      const res = await get(origin, '/demo/demo.css', accept);
      assert.equal(res.status, 200);
      assert.equal(res.headers['content-encoding'], encoding, `Accept-Encoding: ${accept}`);
      assert.equal(res.headers['vary'], 'Accept-Encoding');
      assert.equal(Number(res.headers['content-length']), res.body.length);
      assert.match(String(res.headers['content-security-policy']), /script-src 'self'; style-src 'self'/);
      assert.ok(decode(res.body).equals(original), `Accept-Encoding: ${accept}: the body is not the file`);
    }
    const page = await get(origin, '/demo/prerender.html', 'br');
    assert.equal(page.headers['content-encoding'], 'br');
    assert.match(String(page.headers['content-security-policy']), /style-src 'self' 'sha256-/, 'prerender.html keeps its style hashes');
    assert.equal((await get(origin, '/demo/no-such-page.html', 'br')).status, 404);
  } finally {
    stop();
  }
});
