/**
 * The official list of supporters on the Paris Call's site, where a reader
 * checks the figures and the badges: the dataset's default
 * `officialListUrl`, and the badge's fixed "verify" link.
 */
export const OFFICIAL_LIST_URL = 'https://pariscall.international/en/supporters';

/** `url` (an official-list URL) in `lang` where the site has that page (French); English otherwise. */
export function officialListIn(url: string, lang: string): string {
  return lang === 'fr' ? url.replace('pariscall.international/en/', 'pariscall.international/fr/') : url;
}
