import { ParisCallDataError } from './errors.js';
import { defaultRegisterUrl, defaultSummaryUrl, defaultTextsUrl } from './default-url.js';
import { validateRegister, validateSummary, validateTexts } from './validate.js';
import type { Register, Summary, Texts } from './types.js';

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
        // Default mode and credentials ('cors', 'same-origin'): the same request as
        // <link rel="preload" as="fetch" crossorigin href="…">, so a host's preload
        // is reused instead of fetched twice (a different credentials mode misses it).
        res = await loaderConfig.fetch(url, { signal: ctrl.signal });
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

/**
 * Where a data file is. `src` is a widget's `src` attribute: the summary's
 * URL, with the other files beside it under their published names
 * (`texts.json`, `register.json`, `map.json`), so all of them can load at
 * once. Without `src`, the dataset shipped with the package.
 */
export function dataUrl(src: string, file: 'texts.json' | 'register.json' | 'map.json', fallback: () => string): string {
  return src ? new URL(file, absoluteUrl(src)).href : fallback();
}

/** The summary (counts, countries, dates): small, for every widget. */
export function loadSummary(src: string, signal?: AbortSignal): Promise<Summary> {
  return untilAborted(cached('summary', src ? absoluteUrl(src) : defaultSummaryUrl(), validateSummary), signal);
}

/** The long texts (principles, milestones), for the principle cards and the timeline. */
export function loadTexts(src: string, signal?: AbortSignal): Promise<Texts> {
  return untilAborted(cached('texts', dataUrl(src, 'texts.json', defaultTextsUrl), validateTexts), signal);
}

/** The register (every supporter), for the badge and the list. */
export function loadRegister(src: string, signal?: AbortSignal): Promise<Register> {
  return untilAborted(cached('register', dataUrl(src, 'register.json', defaultRegisterUrl), validateRegister), signal);
}
