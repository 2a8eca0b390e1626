/**
 * For browser tests against the running sandbox (scripts/browser-tests.mjs):
 * a token from the sandbox's real OIDC flow (a web-test-runner server
 * command drives its login page), a client over a fetch that can break on
 * purpose, and an AuthApi holding the signed-in person's real claims.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { createPortalClient, type PortalClient } from '@dvc-kit/client';
import type { Me } from '@dvc-kit/spec';
import type { AuthApi, Session } from '@dvc-kit/elements';

declare global {
  interface Window {
    __DVC_SANDBOX_URL__: string;
  }
}

export function sandboxUrl(): string {
  const url = window.__DVC_SANDBOX_URL__;
  if (!url) throw new Error('No sandbox: run these tests with `node scripts/browser-tests.mjs` (it starts one).');
  return url;
}

/** How the test fetch should misbehave for the next matching request. */
export interface Faults {
  /** Requests seen: 'METHOD path [Upload-Offset]'. */
  log: string[];
  /** Processes the next submit at the server, then loses the answer. */
  dropNextSubmit: boolean;
  /** Every upload PATCH waits until this resolves (null: no hold). */
  holdPatches: Promise<void> | null;
  /** After this many successful PATCHes, the network goes away (fetch rejects) until `online` is set true. */
  cutAfterPatches: number | null;
  online: boolean;
}

export interface SandboxSetup {
  client: PortalClient;
  auth: AuthApi;
  me: Me;
  token: string;
  faults: Faults;
}

const tokens = new Map<string, Promise<string>>();

/** Signs `sub` in once per test file through the sandbox's OIDC provider. */
export function sandboxToken(sub: string): Promise<string> {
  let pending = tokens.get(sub);
  if (!pending) {
    pending = executeServerCommand<{ accessToken: string }, { sub: string }>('dvc-sandbox-sign-in', { sub }).then((r) => {
      if (!r?.accessToken) throw new Error('the sign-in server command returned no token');
      return r.accessToken;
    });
    tokens.set(sub, pending);
  }
  return pending;
}

export async function sandboxSetup(sub = 'citizen-an'): Promise<SandboxSetup> {
  const base = sandboxUrl();
  const token = await sandboxToken(sub);
  const faults: Faults = { log: [], dropNextSubmit: false, holdPatches: null, cutAfterPatches: null, online: true };
  let patches = 0;
  const faultyFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const path = new URL(request.url).pathname.replace('/api/v1', '');
    faults.log.push(`${request.method} ${path}${request.headers.get('upload-offset') !== null ? ` @${request.headers.get('upload-offset')}` : ''}`);
    if (!faults.online) throw new TypeError('Failed to fetch (test network is down)');
    if (request.method === 'PATCH' && faults.holdPatches) await faults.holdPatches;
    const response = await fetch(request);
    if (request.method === 'PATCH' && response.ok) {
      patches++;
      if (faults.cutAfterPatches !== null && patches >= faults.cutAfterPatches) {
        faults.cutAfterPatches = null;
        faults.online = false;
        window.dispatchEvent(new Event('offline'));
      }
    }
    if (faults.dropNextSubmit && request.method === 'POST' && path.endsWith('/submit')) {
      faults.dropNextSubmit = false;
      throw new TypeError('Failed to fetch (the answer was lost)');
    }
    return response;
  };
  const client = createPortalClient({ baseUrl: base, auth: () => token, fetch: faultyFetch, retry: false, locale: 'vi' });
  const me = await client.me.get();
  const session: Session = { me, expiresAt: null };
  const auth: AuthApi = {
    session,
    signIn: async () => session,
    signOut: async () => undefined,
    subscribe: () => () => undefined,
  };
  return { client, auth, me, token, faults };
}

/** Moves a dossier as the sandbox's officer would (sandbox-only control endpoint). */
export async function officerSets(ref: string, body: { status: string; note?: string; componentIds?: string[]; amount?: number }): Promise<void> {
  const response = await fetch(`${sandboxUrl()}/api/v1/sandbox/dossiers/${encodeURIComponent(ref)}/status`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`sandbox control said ${response.status}: ${await response.text()}`);
}

/** Presses a button of the sandbox's payment page (a form POST with action=approve|decline|cancel). */
export async function payOnSandboxPage(redirectUrl: string, action: 'approve' | 'decline' | 'cancel'): Promise<void> {
  await fetch(redirectUrl, {
    method: 'POST',
    mode: 'no-cors',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ action }).toString(),
  });
}
