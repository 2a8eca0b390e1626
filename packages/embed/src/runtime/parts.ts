/**
 * Code the runtime loads only when a page needs it (today: the e-ID sign-in,
 * about a third of the shared code). A part's entry module registers itself
 * here; this module lives in the shared chunk, so the runtime and the part
 * see the same registry. The full bundle registers every part up front.
 */
const registry = new Map<string, unknown>();

export function providePart(name: string, value: unknown): void {
  registry.set(name, value);
}

/** The part, fetched through the loader (SRI-checked like every kit file) when not yet here. */
export async function loadPart<T>(name: string): Promise<T> {
  if (!registry.has(name)) {
    const kit = window.DvcKit;
    if (!kit) throw new Error(`[dvc-kit] cannot load "${name}": no kit on the page`);
    await kit.load(name);
  }
  if (!registry.has(name)) throw new Error(`[dvc-kit] part "${name}" did not register`);
  return registry.get(name) as T;
}
