import { waitUntil } from '@open-wc/testing';
import '../../src/components/counter/define.js';
import '../../src/components/principle/define.js';
import { prerender, type PrerenderOptions } from '../../src/snippet/prerender.js';
import { settled } from '../helpers/helpers.js';

export type Win = Window & typeof globalThis & { __violations: string[]; __errors: string[]; __frames: string[] };

/** Renders a live widget in this page, waits until it is ready, and serialises it. */
export async function makeSnippet(tag: string, attrs: Record<string, string>, options?: PrerenderOptions): Promise<string> {
  const el = document.createElement(tag) as HTMLElement & { status: string };
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.setAttribute('no-animation', '');
  el.style.width = '420px';
  document.body.append(el);
  try {
    await settled(el);
    return prerender(el, options);
  } finally {
    el.remove();
  }
}

/**
 * Opens the snippet in a host page parsed by the browser (the only parser
 * that honours declarative shadow DOM) under `policy`; no widget script runs
 * until `upgrade()` adds it.
 */
export async function openSnippet(snippet: string, policy = 'none', modules: string[] = []) {
  const id = await (await fetch('/__snippet', { method: 'POST', body: snippet })).text();
  const frame = document.createElement('iframe');
  frame.style.width = '600px';
  frame.style.height = '900px';
  frame.src = `/test/prerender/page.html?id=${id}&policy=${policy}${modules.map((m) => `&module=${encodeURIComponent(m)}`).join('')}`;
  document.body.append(frame);
  // (The load event waits for the page's module scripts, if it has any.)
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow as Win;
  const doc = frame.contentDocument!;
  const host = doc.querySelector<HTMLElement & { status?: string }>('[data-probe]')!;
  return {
    frame,
    win,
    doc,
    host,
    /** Loads the widget modules into the host page, the way a page's <script type="module"> would. */
    upgrade(src = '/src/paris-call-widgets.ts') {
      const s = doc.createElement('script');
      s.type = 'module';
      s.src = src;
      doc.head.append(s);
    },
    close: () => frame.remove(),
  };
}

export const nextFrame = (win: Window) => new Promise<number>((r) => win.requestAnimationFrame(r));

export async function waitStatus(host: HTMLElement, status: string, timeout = 15000) {
  await waitUntil(() => host.getAttribute('status') === status, `not ${status}: ${host.getAttribute('status')}`, { timeout });
}
