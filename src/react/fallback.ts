/**
 * The React wrappers' fallback content, in the browser: none. The server
 * writes the content (see src/server/react-fallback.ts, which the package
 * maps in for the `node` condition through its `#pcw-fallback` import); in
 * the browser the wrapper leaves whatever the server wrote in place, and
 * the element shows it until its own render is ready. Keeping the dataset
 * out of this module keeps it out of every browser bundle.
 */
import type { WidgetName } from '../snippet/fallback.js';

export function serverFallback(_widget: WidgetName, _props: Record<string, unknown>): string | null {
  return null;
}
