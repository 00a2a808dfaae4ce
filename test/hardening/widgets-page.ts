// Shared by the hardening tests that serve a whole dataset from memory to all
// seven widgets on one page (hostile-widgets, malformed-widgets).
import { fixture, html, waitUntil } from '@open-wc/testing';
import { clearDataCache, loaderConfig } from '../../src/data/loader.js';

export type Widget = HTMLElement & { status: string; updateComplete: Promise<unknown> };
export type Json = Record<string, unknown>;
export type DataFile = 'summary' | 'texts' | 'register' | 'map';

export const TAGS = [
  'paris-call-counter',
  'paris-call-principle',
  'paris-call-principles',
  'paris-call-timeline',
  'paris-call-map',
  'paris-call-badge',
  'paris-call-supporters',
] as const;

/** The published dataset, parsed. */
export async function loadPublished(): Promise<Record<DataFile, Json>> {
  const get = async (f: string) => (await fetch(`/dist/data/${f}.json`)).json();
  return { summary: await get('summary'), texts: await get('texts'), register: await get('register'), map: await get('map') };
}

/**
 * Answers every data request from memory, by file name: `files` (JSON text,
 * or a value to stringify) over `base`; any other name gets the summary.
 */
export function serve(base: Partial<Record<DataFile, unknown>>, files: Partial<Record<DataFile, unknown>> = {}) {
  clearDataCache();
  const texts = Object.fromEntries(
    Object.entries({ ...base, ...files }).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
  );
  loaderConfig.fetch = async (url: string) => {
    const name = new URL(url, location.href).pathname.split('/').pop()!.replace('.json', '');
    return new Response(texts[name] ?? texts.summary, { status: 200, headers: { 'content-type': 'application/json' } });
  };
}

/** All seven widgets on one page, reading `src`; the badge verifies `supporter`. Resolves once none is loading. */
export async function renderAll(src: string, supporter: string): Promise<Widget[]> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  for (const tag of TAGS) {
    const el = document.createElement(tag);
    el.setAttribute('src', src);
    el.setAttribute('lang', 'en');
    if (tag === 'paris-call-principle') el.setAttribute('number', '1');
    if (tag === 'paris-call-counter') el.setAttribute('no-animation', '');
    if (tag === 'paris-call-badge') el.setAttribute('supporter', supporter);
    box.append(el);
  }
  const els = [...box.children] as Widget[];
  await waitUntil(() => els.every((e) => e.status !== 'loading'), 'widgets stuck loading', { timeout: 15000 });
  await Promise.all(els.map((e) => e.updateComplete));
  return els;
}
