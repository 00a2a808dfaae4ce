import { expect, waitUntil } from '@open-wc/testing';
import { makeSnippet, openSnippet } from './helpers.js';

// Figures for the README: bytes of each snippet variant, and whether the
// <link> variant shows unstyled frames (the host page's own requestAnimationFrame
// loop, started before the snippet is parsed, samples every frame it renders).

async function gzipSize(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

async function frames(snippet: string, policy: string) {
  const page = await openSnippet(snippet, policy);
  try {
    await waitUntil(() => page.win.__frames.some((x) => x.startsWith('styled')), 'never styled', { timeout: 5000 });
    const f = page.win.__frames;
    return {
      unstyled: f.filter((x) => x.startsWith('unstyled')).length,
      beforeStyled: f.findIndex((x) => x.startsWith('styled')),
      all: f.join(' '),
    };
  } finally {
    page.close();
  }
}

describe('snippet variants: bytes and unstyled frames', () => {
  it('measures', async () => {
    const attrs = { category: 'state', lang: 'ar', 'data-probe': '' };
    const rows: string[] = [];
    const variants = {
      inline: await makeSnippet('paris-call-counter', attrs),
      link: await makeSnippet('paris-call-counter', attrs, { styles: 'link', href: '/dist/css/paris-call-counter.css' }),
      'link, stylesheet 300 ms away': await makeSnippet('paris-call-counter', attrs, {
        styles: 'link',
        href: `/__slow/300/dist/css/paris-call-counter.css?${Date.now()}`,
      }),
    };
    const results: Record<string, { unstyled: number }> = {};
    for (const [name, snippet] of Object.entries(variants)) {
      const bytes = new TextEncoder().encode(snippet).length;
      const gz = await gzipSize(snippet);
      const f = await frames(snippet, name === 'inline' ? 'strict-hash' : 'strict');
      results[name] = f;
      rows.push(`${name}: ${bytes} B (gzip ${gz} B), unstyled frames ${f.unstyled}: ${f.all.slice(0, 200)}`);
    }
    for (const [tag, a] of [
      ['paris-call-counter', { category: 'state', lang: 'ar' }],
      ['paris-call-principle', { number: '4', lang: 'fr' }],
    ] as const) {
      const sizes = [];
      for (const [name, opts] of [
        ['inline', {}],
        ['link', { styles: 'link', href: `/dist/css/${tag}.css` }],
        ['fallback only', { styles: 'none' }],
      ] as const) {
        let html = await makeSnippet(tag, a, opts);
        if (name === 'fallback only') html = html.replace(/<template shadowrootmode="open">[\s\S]*<\/template>/, '');
        sizes.push(`${name} ${new TextEncoder().encode(html).length} B / gzip ${await gzipSize(html)} B`);
      }
      rows.push(`${tag} ${JSON.stringify(a)}: ${sizes.join(', ')}`);
    }
    console.log(`[measure ${navigator.userAgent.match(/(Firefox|Chrome|Version)\/[\d.]+/)?.[0]}]\n` + rows.join('\n'));
    expect(results.inline.unstyled, 'inline styles: never an unstyled frame').to.equal(0);
  });
});
