/**
 * Script URLs under Trusted Types. With `require-trusted-types-for 'script'`
 * a page refuses `script.src = string`; we create our own policy, named
 * 'dvc-kit' (partners list it: `trusted-types dvc-kit lit-html`), that only
 * ever vouches for the files in our manifest.
 */

interface TrustedTypePolicyLike {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): TrustedTypePolicyLike;
}

export const POLICY_NAME = 'dvc-kit';

/** Returns a function turning an allowed URL into what `script.src` accepts on this page. */
export function scriptUrlMaker(allowed: ReadonlySet<string>): (url: string) => string {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return (url) => url;
  try {
    const policy = tt.createPolicy(POLICY_NAME, {
      createScriptURL(url) {
        if (allowed.has(url)) return url;
        throw new TypeError(`[dvc-kit] refusing to load ${url}: not a file of this kit`);
      },
    });
    // The DOM typings say string; a TrustedScriptURL is what the browser wants.
    return (url) => policy.createScriptURL(url) as string;
  } catch {
    console.warn(
      `[dvc-kit] this page's Content-Security-Policy does not allow the Trusted Types policy "${POLICY_NAME}". ` +
        `Add it: trusted-types ${POLICY_NAME} lit-html`,
    );
    return (url) => url;
  }
}
