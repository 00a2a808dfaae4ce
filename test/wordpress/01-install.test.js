// The zip installs the way a site owner installs it: Plugins → Add New →
// Upload Plugin, then "Activate Plugin", as an administrator over HTTP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PLUGIN_DIR, ZIP, decode, http, login, php } from './helpers.js';

function phpFiles(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? phpFiles(p) : n.endsWith('.php') ? [p] : [];
  });
}

test('the zip uploads through Plugins → Add New → Upload and activates', async () => {
  const jar = await login('admin');
  const form = await http('/wp-admin/plugin-install.php?tab=upload', { jar });
  assert.equal(form.status, 200);
  const nonce = form.text.match(/<form[^>]*action="[^"]*update\.php\?action=upload-plugin"[^]*?name="_wpnonce" value="([^"]+)"/)?.[1];
  assert.ok(nonce, 'the upload form has a nonce');

  const body = new FormData();
  body.set('_wpnonce', nonce);
  body.set('_wp_http_referer', '/wp-admin/plugin-install.php?tab=upload');
  body.set('pluginzip', new Blob([readFileSync(ZIP)], { type: 'application/zip' }), 'paris-call-widgets.zip');
  body.set('install-plugin-submit', 'Install Now');
  const upload = await http('/wp-admin/update.php?action=upload-plugin', { jar, method: 'POST', body });
  assert.equal(upload.status, 200);
  assert.match(upload.text, /Plugin installed successfully/);
  assert.ok(existsSync(join(PLUGIN_DIR, 'paris-call-widgets.php')), 'one top-level folder, paris-call-widgets/');

  const activate = decode(upload.text.match(/href="([^"]*action=activate[^"]*paris-call-widgets[^"]*)"/)?.[1] ?? '');
  assert.ok(activate, 'the result page offers "Activate Plugin"');
  const res = await http(new URL(activate, new URL('/wp-admin/', process.env.PCW_WP_URL)).href, { jar });
  assert.equal(res.status, 302);
  assert.match(res.headers.get('location'), /plugins\.php\?activate=true/);
  assert.equal(php(`echo is_plugin_active('paris-call-widgets/paris-call-widgets.php') ? 'yes' : 'no';`), 'yes');
});

test('the plugin follows the directory format: readme.txt with a stable tag, a GPL-compatible licence', () => {
  const readme = readFileSync(join(PLUGIN_DIR, 'readme.txt'), 'utf8');
  assert.match(readme, /^=== Paris Call Widgets ===/);
  assert.match(readme, /^Stable tag: \d+\.\d+\.\d+$/m);
  assert.match(readme, /^License: (MIT|GPLv2 or later)$/m);
  const header = readFileSync(join(PLUGIN_DIR, 'paris-call-widgets.php'), 'utf8');
  assert.match(header, /Version:\s+\d+\.\d+\.\d+/);
  assert.doesNotMatch(header + readme, /\{\{version\}\}/);
});

test('php -l passes on every PHP file of the plugin and of these tests', () => {
  const files = [...phpFiles(PLUGIN_DIR), ...phpFiles(import.meta.dirname)];
  assert.ok(files.length >= 7);
  for (const f of files) assert.match(execFileSync('php', ['-l', f], { encoding: 'utf8' }), /No syntax errors/, f);
});
