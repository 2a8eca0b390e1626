/**
 * The 'sign-in' part: the client's OpenID Connect sign-in (code + PKCE in the
 * browser) behind the elements' AuthApi, and the redirect callback.
 */
import type { AccessTokenProvider, PortalClient } from '@dvc-kit/client';
import { createSignIn, type SignInOptions } from '@dvc-kit/client/auth';
import type { AuthApi } from '@dvc-kit/elements';
import { authFromSignIn } from '@dvc-kit/elements/auth-adapter';
import { providePart } from './parts.js';
import { completeRedirectSignIn } from './sign-in.js';

export interface SignInPart {
  create(options: SignInOptions, client: () => PortalClient): { auth: AuthApi; tokens: AccessTokenProvider };
}

const part: SignInPart = {
  create(options, client) {
    const signIn = createSignIn(options);
    const auth = authFromSignIn(signIn, client());
    void completeRedirectSignIn(signIn);
    return { auth, tokens: signIn };
  },
};

providePart('sign-in', part);
