// Settings → Paris Call: only for people who manage options, saved only with
// the form's nonce, and switching to the pinned CDN module with its SHA-384.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, http, login, moduleScripts, page, php, posts } from './helpers.js';

const option = () => php(`echo wp_json_encode(get_option('paris_call_options'));`);
const PAGE = '/wp-admin/options-general.php?page=paris-call';

test('the settings page needs the capability', async () => {
  const anonymous = await http(PAGE);
  assert.equal(anonymous.status, 302);
  assert.match(anonymous.headers.get('location'), /wp-login\.php/);
  for (const who of ['author', 'editor']) {
    const res = await http(PAGE, { jar: await login(who) });
    assert.equal(res.status, 403, `${who} is refused`);
    assert.doesNotMatch(res.text, /paris_call_options\[source\]/);
  }
  const admin = await http(PAGE, { jar: await login('admin') });
  assert.equal(admin.status, 200);
  assert.match(admin.text, /<form method="post" action="options\.php">/);
  assert.match(admin.text, /name="paris_call_options\[source\]" value="self" checked/);
});

test('saving needs the nonce (and the capability)', async () => {
  const before = option();
  const admin = await login('admin');
  const noNonce = await http('/wp-admin/options.php', {
    jar: admin,
    method: 'POST',
    form: { option_page: 'paris_call', action: 'update', 'paris_call_options[source]': 'cdn' },
  });
  assert.equal(noNonce.status, 403);
  const badNonce = await http('/wp-admin/options.php', {
    jar: admin,
    method: 'POST',
    form: { option_page: 'paris_call', action: 'update', _wpnonce: '0123456789', 'paris_call_options[source]': 'cdn' },
  });
  assert.equal(badNonce.status, 403);
  const author = await http('/wp-admin/options.php', {
    jar: await login('author'),
    method: 'POST',
    form: { option_page: 'paris_call', action: 'update', 'paris_call_options[source]': 'cdn' },
  });
  assert.equal(author.status, 403);
  assert.equal(option(), before);
});

async function save(source) {
  const jar = await login('admin');
  const form = (await http(PAGE, { jar })).text;
  const nonce = form.match(/name="_wpnonce" value="([^"]+)"/)[1];
  const res = await http('/wp-admin/options.php', {
    jar,
    method: 'POST',
    form: { option_page: 'paris_call', action: 'update', _wpnonce: nonce, _wp_http_referer: PAGE, 'paris_call_options[source]': source },
  });
  assert.equal(res.status, 302);
  assert.match(res.headers.get('location'), /settings-updated=true/);
}

test('the CDN option loads the pinned module with its integrity hash; back to self-hosted', async () => {
  await save('cdn');
  assert.equal(option(), '{"source":"cdn"}');
  const [tag] = moduleScripts(await page(posts.blocks));
  const version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
  const sri = `sha384-${createHash('sha384')
    .update(readFileSync(join(DIST, 'paris-call-widgets.en.js')))
    .digest('base64')}`;
  assert.equal(
    tag,
    `<script type="module" src="https://cdn.jsdelivr.net/npm/paris-call-widgets@${version}/dist/paris-call-widgets.en.js" integrity="${sri}" crossorigin="anonymous" id="paris-call-widgets-js">`,
  );
  await save('something-else');
  assert.equal(option(), '{"source":"self"}', 'an unknown value is stored as the default');
  assert.match(moduleScripts(await page(posts.blocks))[0], /\/wp-content\/plugins\/paris-call-widgets\/assets\//);
});
