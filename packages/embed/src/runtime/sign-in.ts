import type { PortalSignIn } from '@dvc-kit/client/auth';

/** The address without an OpenID callback's parameters. */
function withoutCallbackParams(href: string): string {
  const url = new URL(href);
  for (const key of ['code', 'state', 'iss', 'session_state', 'error', 'error_description']) url.searchParams.delete(key);
  return url.href;
}

/**
 * Finishes a redirect sign-in when this page is the redirect target (the
 * provider added `code` and `state`), then goes back to where the person
 * started (same origin only). The redirect URI is registered without a query,
 * so the page the person left (`?procedure=...`) may differ from this one: then
 * we load it for real, so the page's own scripts see their address; the
 * session is kept for the tab. Otherwise the code is just removed from the
 * address bar.
 */
export async function completeRedirectSignIn(signIn: PortalSignIn): Promise<void> {
  const here = globalThis.location;
  const params = new URL(here.href).searchParams;
  if (!params.has('state') || !(params.has('code') || params.has('error'))) return;
  const clean = withoutCallbackParams(here.href);
  try {
    const { returnTo } = await signIn.handleCallback(here.href);
    const target = returnTo ? new URL(returnTo, here.href) : null;
    if (target && target.origin === here.origin && withoutCallbackParams(target.href) !== clean) {
      here.replace(withoutCallbackParams(target.href));
      return;
    }
  } catch (error) {
    console.warn('[dvc-kit] the sign-in could not be completed', error);
  }
  history.replaceState(history.state, '', clean);
}
