import type { Principal, SandboxDeps } from '../deps.js';
import { ProblemError } from '../http/problem.js';

/** The request's signed-in account, or 401 unauthenticated with a Bearer challenge. */
export async function requirePrincipal(deps: SandboxDeps, request: Request): Promise<Principal> {
  const principal = await deps.authenticate(request);
  if (principal) return principal;
  throw new ProblemError(401, 'unauthenticated', {
    vi: 'Hãy đăng nhập bằng định danh điện tử và gửi access token trong tiêu đề Authorization: Bearer.',
    en: 'Sign in with the e-ID and send the access token as Authorization: Bearer.',
  }, undefined, { 'www-authenticate': 'Bearer realm="dvc-kit"' });
}
