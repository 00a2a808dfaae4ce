/**
 * Registers `tag` unless a custom element of that name already exists, so
 * the bundle loaded twice, or beside another copy, never throws. A name the
 * host took for something else is left alone, with a console note.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  // No registry (a server without Lit's DOM shim): nothing to define, nothing to break.
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (!existing) registry.define(tag, ctor);
  else if (existing !== ctor && !(existing as { pcwTag?: string }).pcwTag) {
    console.warn(`[paris-call-widgets] <${tag}> is already defined by the page; this copy was not registered.`);
  }
}
