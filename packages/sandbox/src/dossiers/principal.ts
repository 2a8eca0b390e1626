import type { Principal, SandboxDeps } from '../deps.js';
import { unauthenticated } from '../routes/me.js';

/** The request's signed-in account, or 401 unauthenticated with the same Bearer challenge as GET /me. */
export async function requirePrincipal(deps: SandboxDeps, request: Request): Promise<Principal> {
  const principal = await deps.authenticate(request);
  if (principal) return principal;
  throw unauthenticated(request.headers.get('authorization') !== null);
}
