// Shared by test/wordpress/*.test.js (run by scripts/wordpress/test.js, which
// starts the site and sets PCW_WP_*): HTTP with a cookie jar, log-in,
// PHP run inside the site, and what a page's widgets hold.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const URL_ = process.env.PCW_WP_URL;
export const SITE = process.env.PCW_WP_DIR;
export const ZIP = process.env.PCW_WP_ZIP;
if (!URL_ || !SITE) {
  console.error('Run these tests through `node scripts/wordpress/test.js` (it starts the site).');
  process.exit(1);
}
export const { users, posts } = JSON.parse(process.env.PCW_WP_FIXTURES);
export const PLUGIN_DIR = join(SITE, 'wp-content/plugins/paris-call-widgets');

/** A cookie jar: name → value. */
export class Jar extends Map {
  take(res) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      const value = pair.slice(i + 1);
      if (/expires=Thu, 01[- ]Jan[- ]1970/i.test(c) || value === 'deleted') this.delete(pair.slice(0, i));
      else this.set(pair.slice(0, i), value);
    }
  }
  header() {
    return [...this].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** GET or POST a path of the site (no redirect following); returns status, headers, text. */
export async function http(path, { jar, method = 'GET', form, body, headers = {} } = {}) {
  const h = { ...headers };
  if (jar?.size) h.cookie = jar.header();
  let payload = body;
  if (form) {
    payload = new URLSearchParams(form).toString();
    h['content-type'] = 'application/x-www-form-urlencoded';
  }
  const res = await fetch(new URL(path, URL_), { method, headers: h, body: payload, redirect: 'manual' });
  jar?.take(res);
  return { status: res.status, headers: res.headers, text: await res.text() };
}

/** A logged-in cookie jar for one of the fixture users. */
export async function login(who) {
  const jar = new Jar([['wordpress_test_cookie', 'WP%20Cookie%20check']]);
  const { login: log, password: pwd } = users[who];
  const res = await http('/wp-login.php', { jar, method: 'POST', form: { log, pwd, 'wp-submit': 'Log In', testcookie: '1' } });
  if (res.status !== 302) throw new Error(`log-in as ${who} failed (${res.status})`);
  return jar;
}

/** Runs PHP inside the site (wp-load.php loaded) and returns what it echoes. */
export function php(code) {
  const dir = mkdtempSync(join(tmpdir(), 'pcw-php-'));
  const file = join(dir, 'run.php');
  const host = new URL(URL_).host;
  writeFileSync(
    file,
    `<?php\n$_SERVER['HTTP_HOST'] = '${host}';\nrequire '${SITE}/wp-load.php';\nrequire_once ABSPATH . 'wp-admin/includes/plugin.php';\n${code}\n`,
  );
  return execFileSync('php', [file], { encoding: 'utf8' });
}

/** Switches the site's language (Settings → General) and its language files. */
export function setLocale(locale) {
  php(`update_option('WPLANG', '${locale}');`);
}

/** The page of a post, as an anonymous reader (or with a jar) gets it. */
export async function page(id, jar) {
  const res = await http(`/?p=${id}`, { jar });
  if (res.status !== 200) throw new Error(`?p=${id}: HTTP ${res.status}`);
  return res.text;
}

/** Every widget tag in a page: name, attributes, inner HTML. */
export function widgets(html) {
  const out = [];
  for (const m of html.matchAll(/<paris-call-([a-z]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>([^]*?)<\/paris-call-\1>/g)) {
    const attrs = {};
    for (const a of m[2].matchAll(/([a-z-]+)(?:="([^"]*)")?/g)) attrs[a[1]] = a[2] === undefined ? true : decode(a[2]);
    out.push({ widget: m[1], attrs, inner: m[3] });
  }
  return out;
}

const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** HTML text → the characters a reader sees. */
export function decode(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, e) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (NAMED[e] ?? all),
  );
}

/** The text of an HTML fragment, whitespace collapsed (what a no-JavaScript reader reads). */
export function text(html) {
  return decode(html.replace(/<br\s*\/?>/g, ' ').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The module script tags a page holds. */
export function moduleScripts(html) {
  return [...html.matchAll(/<script\b[^>]*\bsrc="[^"]*paris-call-widgets[^"]*"[^>]*>/g)].map((m) => m[0]);
}

/** The library's own server renderer: the oracle for what the page must carry. */
export const server = await import(join(process.env.PCW_WP_DIST, 'npm/server/index.js'));

/** A file of the build under test (a copy taken when the zip was built). */
export const DIST = process.env.PCW_WP_DIST;
