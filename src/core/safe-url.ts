/**
 * The URL, normalised, when it is an absolute http(s) URL; else null.
 * The one check for every link the library renders: the validator applies it
 * to the data, and widgets apply it again at render time.
 */
export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string' || !url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
