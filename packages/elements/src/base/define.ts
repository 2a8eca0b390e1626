const warned = new Set<string>();

/**
 * Registers `ctor` as `tag` unless the tag is already defined.
 *
 * Defining twice is harmless: the same class again is a no-op, so two bundles
 * (or an npm import and the script-tag embed) can both load a registration
 * module. A different class already at that tag wins (the first one stays, as
 * the platform cannot replace it) and we warn once instead of throwing, so a
 * page keeps working.
 *
 * @returns true when this call defined the tag
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): boolean {
  const registry = globalThis.customElements;
  if (!registry) return false; // Node / SSR without a DOM: nothing to register.
  const existing = registry.get(tag);
  if (existing === undefined) {
    registry.define(tag, ctor);
    return true;
  }
  if (existing !== ctor && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`[dvc-kit] <${tag}> is already defined by another class; keeping the first definition.`);
  }
  return false;
}
