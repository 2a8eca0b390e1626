/**
 * What packages/elements/custom-elements.json (written by `npm run manifest` from the
 * components' JSDoc) documents for a tag, read in the test browser from the dev server.
 */
export interface DocumentedElement {
  tag: string;
  /** Names of the documented `@csspart`s. */
  parts: string[];
  /** Names of the documented attributes. */
  attributes: string[];
}

interface Manifest {
  modules: Array<{
    declarations?: Array<{
      tagName?: string;
      cssParts?: Array<{ name: string }>;
      attributes?: Array<{ name: string }>;
    }>;
  }>;
}

/** The manifest's path under the test server's root (the repo). */
export const MANIFEST_URL = '/packages/elements/custom-elements.json';

let manifest: Promise<Manifest> | null = null;

export async function documentedElement(tag: string): Promise<DocumentedElement> {
  manifest ??= fetch(MANIFEST_URL).then((r) => {
    if (!r.ok) throw new Error(`${MANIFEST_URL}: ${r.status}; run \`npm run manifest\``);
    return r.json() as Promise<Manifest>;
  });
  const declaration = (await manifest).modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  if (!declaration) throw new Error(`${MANIFEST_URL} documents no <${tag}>; run \`npm run manifest\``);
  return {
    tag,
    parts: (declaration.cssParts ?? []).map((p) => p.name),
    attributes: (declaration.attributes ?? []).map((a) => a.name),
  };
}
