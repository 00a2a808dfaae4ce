// The demo's pre-rendered snippets carry their widget's CSS inline, allowed
// by its hash (scripts/serve-demo.js reads dist/css/hashes.json): after a CSS
// change they must be re-made (`node scripts/prerender.js --update-demo`), or
// the demo page would show them unstyled under its CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

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
    assert.equal(style, css, `${tag}: stale inline style, run: node scripts/prerender.js --update-demo`);
  }
  assert.ok(inline >= 1, 'no inline-style snippet checked');
});
