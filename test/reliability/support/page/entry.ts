// The browser side of the reliability page: every dvc- element, and a hook the test calls to point
// them at an API (through the fault proxy) with a token held in memory only.
import '@dvc-kit/elements/all';
import { configure, type AuthApi, type Session } from '@dvc-kit/elements';
import { createPortalClient } from '@dvc-kit/client';
import type { Me } from '@dvc-kit/spec';

declare global {
  interface Window {
    dvcTest: { setup(apiBase: string, token: string, me: Me | null): void };
  }
}

window.dvcTest = {
  setup(apiBase, token, me) {
    const session: Session | null = me ? { me, expiresAt: null } : null;
    const auth: AuthApi = {
      session,
      signIn: async () => session,
      signOut: async () => undefined,
      subscribe: () => () => undefined,
    };
    // Short timeouts and few retries: the test wants to see the element give up and explain.
    const client = createPortalClient({ baseUrl: apiBase, auth: () => token, timeoutMs: 2500, retry: { retries: 2, baseDelayMs: 100, maxDelayMs: 400, maxRetryAfterMs: 1500 }, locale: 'vi' });
    configure({ client, auth, locale: 'vi' });
  },
};
