// What a reader gets over HTTP from posts an Author wrote with every block
// and every shortcode: the widget's content in the site's language (the
// library's own server renderer is the oracle), the module once and only
// where a widget is, nothing from another site, no claim for a
// non-supporter, notes about wrong attributes only for people who can edit.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { URL_, http, login, moduleScripts, page, posts, server, setLocale, text, widgets } from './helpers.js';

const ALL = ['counter', 'principle', 'principles', 'timeline', 'badge', 'supporters', 'map'];
after(() => setLocale(''));

/** Each widget's text equals the library renderer's for the same attributes. */
function assertContent(html, lang) {
  const found = widgets(html);
  assert.deepEqual(
    found.map((w) => w.widget),
    ALL,
  );
  for (const w of found) {
    assert.equal(w.attrs.lang, lang, `<paris-call-${w.widget}> lang`);
    const expected = text(server.fallbackHtml(w.widget, w.attrs));
    assert.ok(expected.length > 20, `${w.widget}: the renderer wrote content`);
    assert.equal(text(w.inner), expected, `<paris-call-${w.widget}> content (${lang})`);
  }
  return found;
}

/** Resource URLs (what a browser fetches by itself) outside the site. */
function thirdParty(html) {
  const urls = [
    ...[...html.matchAll(/<(?:script|img|iframe|source|audio|video|embed|input)\b[^>]*?\s(?:src|srcset|data)=["']([^"']+)["']/gi)].map(
      (m) => m[1],
    ),
    ...[...html.matchAll(/<link\b[^>]*>/gi)].map((m) => m[0].match(/\shref=["']([^"']+)["']/i)?.[1]).filter(Boolean),
    ...[...html.matchAll(/url\(\s*["']?([^"')]+)/gi)].map((m) => m[1]),
  ];
  return urls.filter((u) => /^(https?:)?\/\//i.test(u) && new URL(u, URL_).origin !== URL_);
}

test('English site: every block carries its content, the module once, nothing from another site', async () => {
  setLocale('');
  const html = await page(posts.blocks);
  const found = assertContent(html, 'en');
  assert.match(text(found[0].inner), /\b81\b/, 'the counter of states shows 81 states');
  assert.match(text(found[4].inner), /Cambodge supports the Paris Call/, 'the badge names the verified supporter');
  const scripts = moduleScripts(html);
  assert.equal(scripts.length, 1, 'one module tag');
  assert.match(scripts[0], /type="module"/);
  assert.match(scripts[0], new RegExp(`src="${URL_}/wp-content/plugins/paris-call-widgets/assets/paris-call-widgets\\.en\\.js\\?ver=`));
  assert.deepEqual(thirdParty(html), []);
  assert.match(html, /<div class="wp-block-paris-call-counter">\s*<paris-call-counter /, 'the block wrapper');
});

test('English site: every shortcode carries its content, unwrapped from paragraphs', async () => {
  const res = await http(`/?p=${posts.shortcodes}`);
  assert.equal(res.headers.getSetCookie().length, 0, 'no cookie');
  const found = assertContent(res.text, 'en');
  assert.match(text(found[4].inner), /Andersen Tax & Legal supports the Paris Call/);
  assert.doesNotMatch(res.text, /<p>\s*<paris-call-/, 'no paragraph around a widget');
  assert.match(res.text, /Our support, in figures/);
  assert.equal(moduleScripts(res.text).length, 1);
  assert.deepEqual(thirdParty(res.text), []);
});

test('a page without a widget loads no module', async () => {
  const html = await page(posts.plain);
  assert.match(html, /Just words, no widget/);
  assert.deepEqual(moduleScripts(html), []);
  assert.doesNotMatch(html, /paris-call/);
});

test('French site: French content, the French module', async () => {
  setLocale('fr_FR');
  const html = await page(posts.blocks);
  assert.match(html, /<html lang="fr-FR"/);
  const found = assertContent(html, 'fr');
  for (const w of found) {
    const english = text(server.fallbackHtml(w.widget, { ...w.attrs, lang: 'en' }));
    assert.notEqual(text(w.inner), english, `<paris-call-${w.widget}> is not English`);
  }
  assert.match(moduleScripts(html)[0], /paris-call-widgets\.fr\.js/);
  assertContent(await page(posts.shortcodes), 'fr');
});

test('Arabic site: Arabic content, right to left', async () => {
  setLocale('ar');
  const html = await page(posts.blocks);
  assert.match(html, /<html dir="rtl" lang="ar"/);
  const found = assertContent(html, 'ar');
  for (const w of found) assert.equal(w.attrs.dir, 'rtl', `<paris-call-${w.widget}> dir`);
  assert.match(moduleScripts(html)[0], /paris-call-widgets\.ar\.js/);
  setLocale('');
});

test('a widget in another language: the module with that language, or with all of them for two', async () => {
  const ja = await page(posts.japanese);
  assertLangs(ja, ['ja']);
  assert.match(moduleScripts(ja)[0], /paris-call-widgets\.ja\.js/);
  const mixed = await page(posts.mixed);
  assertLangs(mixed, ['ja', 'de']);
  assert.equal(moduleScripts(mixed).length, 1);
  assert.match(moduleScripts(mixed)[0], /assets\/paris-call-widgets\.js\?ver=/);
});

function assertLangs(html, langs) {
  const found = widgets(html);
  assert.deepEqual(
    found.map((w) => w.attrs.lang),
    langs,
  );
  for (const w of found) assert.equal(text(w.inner), text(server.fallbackHtml(w.widget, w.attrs)));
}

test('a badge for an id not in the register claims nothing', async () => {
  const html = await page(posts.unknownBadge);
  const badges = widgets(html);
  assert.equal(badges.length, 2);
  const notFound = text(server.fallbackHtml('badge', { supporter: 'not-a-supporter-XYZ', lang: 'en' }));
  const claim = text(server.fallbackHtml('badge', { supporter: 'cambodge-state-KHM', lang: 'en' }))
    .replace('Cambodge', '')
    .split('·')[0]
    .trim()
    .slice(0, 30);
  assert.ok(claim.length > 10);
  for (const b of badges) {
    assert.equal(text(b.inner), notFound);
    assert.doesNotMatch(b.inner, /<strong>/);
  }
  // A different case is a different id: no claim either.
  assert.equal(badges[1].attrs.supporter, 'Cambodge-state-KHM');
  assert.ok(!text(html).includes(claim.trim().split(' ').slice(0, 2).join(' ')), `no "${claim}" anywhere`);
});

test('a wrong attribute: a note for people who can edit the post, the default for readers', async () => {
  const anonymous = await page(posts.invalid);
  assert.doesNotMatch(anonymous, /paris-call-notice/);
  const [counter, principle] = widgets(anonymous);
  assert.equal(counter.attrs.category, undefined);
  assert.equal(text(counter.inner), text(server.fallbackHtml('counter', { lang: 'en' })));
  assert.equal(text(principle.inner), text(server.fallbackHtml('principle', { lang: 'en', number: 1 })));
  for (const who of ['author', 'editor', 'admin']) {
    const html = await page(posts.invalid, await login(who));
    const notes = [...html.matchAll(/<div class="paris-call-notice"[^]*?<\/div>/g)].map((m) => text(m[0]));
    assert.equal(notes.length, 2, `${who} sees two notes`);
    assert.match(notes[0], /category="planet" is not allowed \(all, state, public-authority, civil-society, private-sector\)/);
    assert.match(notes[0], /There is no attribute "colour"/);
    assert.match(notes[1], /number="12" is not allowed/);
  }
  assert.doesNotMatch(
    await page(posts.invalid, await login('author2')),
    /paris-call-notice/,
    'another Author cannot edit the post: no note',
  );
});

test('hostile attribute values stay text', async () => {
  for (const [post, jar] of [
    [posts.hostile, undefined],
    [posts.hostileAdmin, undefined],
    [posts.hostileAdmin, await login('admin')],
  ]) {
    const html = await page(post, jar);
    assert.doesNotMatch(html, /<script>alert/);
    assert.doesNotMatch(html, /<(img|svg|b)\b[^>]*\son\w+=/i);
    assert.doesNotMatch(html, /href="javascript:/i);
    const [counter, supporters, badge, badge2, principle] = widgets(html);
    assert.equal(counter.attrs.category, undefined, 'a category that is not one is dropped');
    assert.equal(supporters.attrs.country, undefined, 'a country that is not one is dropped');
    assert.equal(text(badge.inner), text(server.fallbackHtml('badge', { supporter: 'x', lang: 'en' })));
    assert.equal(principle.attrs.lang, 'en');
    // Every value is escaped inside its attribute: no quote, no angle bracket is left raw in a widget's tag.
    for (const tag of html.match(/<paris-call-[a-z]+\b[^>]*>/g))
      assert.match(tag, /^<paris-call-[a-z]+(?: [a-z-]+(?:="[^"<>]*")?)*>$/, tag);
    assert.ok(supporters.attrs.query === undefined || !/<script/.test(html.match(/<paris-call-supporters[^>]*>/)[0]));
    assert.ok(!text(badge.inner).includes('alert'), 'the unknown id is not named as a supporter');
    if (post === posts.hostileAdmin) {
      // As typed by someone with unfiltered_html: only the plugin's escaping stands between the value and the page.
      assert.equal(badge2.attrs.name, '<b onmouseover=alert(6)>x</b>');
      assert.match(html, /name="&lt;b onmouseover=alert\(6\)&gt;x&lt;\/b&gt;"/);
    }
    if (jar) {
      // The administrator sees notes quoting the values, as text.
      const notes = [...html.matchAll(/<div class="paris-call-notice"[^]*?<\/div>/g)].map((m) => m[0]);
      assert.ok(notes.length >= 2);
      assert.ok(
        notes.some((n) => /&lt;script&gt;alert\(1\)&lt;\/script&gt;/.test(n)),
        'the note quotes the value as text',
      );
      for (const n of notes) assert.doesNotMatch(n.replace(/<\/?(div|strong|ul|li|small)\b[^>]*>/g, ''), /[<>]/);
    }
  }
});
