import { VERSION } from './version.js';

/**
 * Registers `tag` unless a custom element of that name already exists, so
 * the bundle loaded twice, or beside another copy, never throws. Another
 * version of the library, or a name the host took for something else, is
 * left alone with a console note naming it: two versions on one page
 * otherwise mix silently.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  // No registry (a server without Lit's DOM shim): nothing to define, nothing to break.
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (!existing) registry.define(tag, ctor);
  else {
    const other = (existing as { pcwVersion?: string }).pcwVersion;
    if (existing !== ctor && other !== VERSION) {
      console.warn(
        `[paris-call-widgets] <${tag}> is already defined by ${other ? `paris-call-widgets ${other}` : 'the page'}; this copy (${VERSION}) was not registered.`,
      );
    }
  }
}
