import { ParisCallDataError } from './errors.js';
import { validateRegister, validateSummary } from './validate.js';
import type { Register, Summary } from './types.js';

/**
 * Loader settings. `timeout` is per attempt; network errors and 5xx are
 * retried `retries` times with `backoff`·3ⁿ ms between tries; 4xx, timeouts
 * and bad bodies are not retried. `fetch` can be replaced (tests, proxies).
 */
export const loaderConfig = {
  timeout: 10_000,
  retries: 2,
  backoff: 300,
  fetch: (input: string, init?: RequestInit) => globalThis.fetch(input, init),
};

// One promise per URL and kind for the whole page, however many widgets ask.
const cache = new Map<string, Promise<unknown>>();

/** Forget cached results (a "try again" after an error, or tests). */
export function clearDataCache(url?: string): void {
  if (url === undefined) cache.clear();
  else for (const k of [...cache.keys()]) if (k.endsWith(' ' + url)) cache.delete(k);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function fetchText(url: string): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), loaderConfig.timeout);
    try {
      let res: Response;
      try {
        res = await loaderConfig.fetch(url, { signal: ctrl.signal, credentials: 'omit' });
      } catch (e) {
        if (ctrl.signal.aborted) {
          throw new ParisCallDataError('timeout', `no answer within ${loaderConfig.timeout} ms`, url);
        }
        if (attempt < loaderConfig.retries) {
          await sleep(loaderConfig.backoff * 3 ** attempt);
          continue;
        }
        throw new ParisCallDataError('network', String((e as Error)?.message ?? e), url);
      }
      if (!res.ok) {
        if (res.status >= 500 && attempt < loaderConfig.retries) {
          await sleep(loaderConfig.backoff * 3 ** attempt);
          continue;
        }
        throw new ParisCallDataError('http', `HTTP ${res.status}`, url, res.status);
      }
      try {
        return await res.text();
      } catch (e) {
        if (ctrl.signal.aborted) {
          throw new ParisCallDataError('timeout', `body not complete within ${loaderConfig.timeout} ms`, url);
        }
        throw new ParisCallDataError('network', String((e as Error)?.message ?? e), url);
      }
    } finally {
      clearTimeout(timer);
    }
  }
}

function parse(text: string, url: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const head = text.trimStart().slice(0, 1);
    const what = head === '<' ? 'got HTML, not JSON' : (e as Error).message;
    throw new ParisCallDataError('parse', what, url);
  }
}

/**
 * Fetches, parses and validates `url` once per page (per `kind`), shared by
 * every caller. `validate` must copy what it keeps into fresh objects and
 * throw a `ParisCallDataError` ('schema' or 'version') on bad input.
 */
export function cached<T>(kind: string, url: string, validate: (data: unknown, url: string) => T): Promise<T> {
  const key = `${kind} ${url}`;
  let p = cache.get(key) as Promise<T> | undefined;
  if (!p) {
    p = fetchText(url).then((text) => validate(parse(text, url), url));
    // A failed load is not cached: the next widget or a retry asks again.
    p.catch(() => cache.get(key) === p && cache.delete(key));
    cache.set(key, p);
  }
  return p;
}

/** Resolves when `p` does, or rejects with an AbortError when `signal` aborts (the shared load goes on). */
export function untilAborted<T>(p: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return p;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

export function absoluteUrl(src: string, base = document.baseURI): string {
  return new URL(src, base).href;
}

/** The summary (counts, principles, milestones): small, for most widgets. */
export function loadSummary(src: string, signal?: AbortSignal): Promise<Summary> {
  return untilAborted(cached('summary', absoluteUrl(src), validateSummary), signal);
}

/**
 * The register (every supporter), for the badge and the list. Located
 * through the summary's `registerFile`, relative to the summary's URL.
 */
export async function loadRegister(summarySrc: string, signal?: AbortSignal): Promise<Register> {
  const summaryUrl = absoluteUrl(summarySrc);
  const summary = await loadSummary(summaryUrl, signal);
  const url = new URL(summary.registerFile, summaryUrl).href;
  return untilAborted(cached('register', url, validateRegister), signal);
}
