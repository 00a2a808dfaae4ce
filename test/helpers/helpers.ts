import { waitUntil } from '@open-wc/testing';
import { clearDataCache, loaderConfig } from '../../src/data/loader.js';

export const SUMMARY = '/dist/data/summary.json';

let n = 0;
/** A fresh fault URL (`/__fault/<fault>/<file>?key=…`) and its request-count key. */
export function faultUrl(fault: string, file = 'summary') {
  const key = `${fault}-${Date.now()}-${n++}`;
  return { url: `/__fault/${fault}/${file}?key=${key}`, key };
}

/** How many requests the test server saw for `key`. */
export async function requestCount(key: string): Promise<number> {
  const res = await fetch(`/__fault/count?key=${encodeURIComponent(key)}`);
  return Number(await res.text());
}

/** When the test server received the requests for `key` (ms since the epoch, server clock). */
export async function requestArrivals(key: string): Promise<number[]> {
  const res = await fetch(`/__fault/arrivals?key=${encodeURIComponent(key)}`);
  return res.json();
}

export async function settled(el: HTMLElement & { status: string }, timeout = 15000) {
  await waitUntil(() => el.status !== 'loading', `still loading: ${el.tagName}`, { timeout });
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** Visible text of an element's shadow root, whitespace collapsed. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const defaults = { ...loaderConfig };
/** Fast timeouts for fault tests; call `restoreLoader()` afterwards. */
export function fastLoader(over: Partial<typeof loaderConfig> = {}) {
  clearDataCache();
  Object.assign(loaderConfig, { timeout: 1500, backoff: 20 }, over);
}
export function restoreLoader() {
  Object.assign(loaderConfig, defaults);
  clearDataCache();
}
