/**
 * The stylesheet text of a pre-rendered snippet, shared by the serialiser
 * (browser) and the build (node), so the inline `<style>`, the shipped
 * `dist/css/<tag>.css` and the README's CSP hash are the same bytes.
 *
 * A conservative minifier: drops comments and the whitespace around `{`, `}`,
 * `;` and `,` and collapses the rest; spaces that are combinators or value
 * separators stay.
 */
export function snippetCss(sources: readonly { cssText: string }[]): string {
  return sources
    .map((s) => s.cssText)
    .join('\n')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}
