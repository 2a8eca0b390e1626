import type { PortalSignIn } from '@dvc-kit/client/auth';

/** The address without an OpenID callback's parameters. */
function withoutCallbackParams(href: string): string {
  const url = new URL(href);
  for (const key of ['code', 'state', 'iss', 'session_state', 'error', 'error_description']) url.searchParams.delete(key);
  return url.href;
}

/**
 * Finishes a redirect sign-in when this page is the redirect target (the
 * provider added `code` and `state`), then tidies the address bar: back to
 * the page the person started from (same origin only), without the code.
 */
export async function completeRedirectSignIn(signIn: PortalSignIn): Promise<void> {
  const here = globalThis.location;
  const params = new URL(here.href).searchParams;
  if (!params.has('state') || !(params.has('code') || params.has('error'))) return;
  try {
    const { returnTo } = await signIn.handleCallback(here.href);
    const target = returnTo && new URL(returnTo, here.href).origin === here.origin ? returnTo : here.href;
    history.replaceState(history.state, '', withoutCallbackParams(target));
  } catch (error) {
    console.warn('[dvc-kit] the sign-in could not be completed', error);
    history.replaceState(history.state, '', withoutCallbackParams(here.href));
  }
}
