import { MeSchema } from '@dvc-kit/spec';
import { Hono } from 'hono';
import type { SandboxDeps } from '../deps.js';
import { ProblemError } from '../http/problem.js';
import { json } from '../http/validate.js';

/** GET /me: the signed-in account, from the e-ID claims behind the bearer access token. */
export function meRoutes(deps: SandboxDeps): Hono {
  const routes = new Hono();
  routes.get('/me', async (c) => {
    const principal = await deps.authenticate(c.req.raw);
    if (!principal) throw unauthenticated(c.req.header('authorization') !== undefined);
    return json(c, MeSchema, principal);
  });
  return routes;
}

/**
 * 401 with the RFC 6750 challenge; `error="invalid_token"` only when a token was sent, so a client
 * can tell "sign in first" from "your token is no good (expired, revoked, tampered)".
 */
export function unauthenticated(tokenSent: boolean): ProblemError {
  const challenge = tokenSent
    ? 'Bearer realm="dvc-sandbox", error="invalid_token", error_description="The access token is invalid or expired"'
    : 'Bearer realm="dvc-sandbox"';
  return new ProblemError(
    401,
    'unauthenticated',
    tokenSent
      ? {
          vi: 'Mã truy cập không hợp lệ hoặc đã hết hạn. Hãy đăng nhập lại.',
          en: 'The access token is invalid or has expired. Sign in again.',
        }
      : {
          vi: 'Cần đăng nhập: gửi mã truy cập trong tiêu đề Authorization: Bearer.',
          en: 'Sign-in required: send an access token in the Authorization: Bearer header.',
        },
    undefined,
    { 'www-authenticate': challenge },
  );
}
