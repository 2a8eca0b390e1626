import type { Context, MiddlewareHandler } from 'hono';
import type { IncomingMessage } from 'node:http';
import type { SandboxDeps } from '../deps.js';
import { ProblemError } from './problem.js';
import { TokenBuckets } from './token-buckets.js';

/**
 * Paths under /api/v1 the limiter leaves alone: tus uploads (a 20 MiB file is hundreds of chunk
 * PATCHes, and tus clients do not retry a 429) and the sandbox's own officer's desk, which no
 * real portal has.
 */
function isExempt(path: string): boolean {
  return ['/api/v1/uploads', '/api/v1/sandbox'].some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/**
 * Who a request counts against: the signed-in account when the bearer token is valid, else the
 * connection's address (X-Forwarded-For is not trusted: anyone could send a fresh one per request).
 */
async function clientKey(deps: SandboxDeps, c: Context): Promise<string> {
  if (c.req.header('authorization') !== undefined) {
    const principal = await deps.authenticate(c.req.raw);
    if (principal) return `sub:${principal.sub}`;
  }
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return `addr:${incoming?.socket.remoteAddress ?? 'unknown'}`;
}

function rateLimited(perMinute: number, seconds: number, headers: Record<string, string>): ProblemError {
  return new ProblemError(
    429,
    'rate_limited',
    {
      vi: `Ứng dụng gửi quá nhiều yêu cầu (tối đa ${perMinute} yêu cầu mỗi phút). Vui lòng thử lại sau ${seconds} giây.`,
      en: `This client sent too many requests (at most ${perMinute} per minute). Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
    },
    undefined,
    { ...headers, 'retry-after': String(seconds) },
  );
}

/**
 * Per-client rate limit on /api/v1, as the portal has: a token bucket per client (see
 * token-buckets.ts), with 429 `rate_limited` and Retry-After when it is empty. Every limited answer
 * says how much is left (RateLimit-Limit, RateLimit-Remaining) so developers can watch their app
 * approach the limit. Off when the config has no rate limit or 0 per minute.
 */
export function rateLimit(deps: SandboxDeps): MiddlewareHandler {
  const limit = deps.config.rateLimit;
  if (!limit || limit.perMinute <= 0) return (_c, next) => next();
  const buckets = new TokenBuckets(limit);
  return async (c, next) => {
    if (isExempt(c.req.path)) return next();
    const taken = buckets.take(await clientKey(deps, c), deps.now().getTime());
    const headers = { 'ratelimit-limit': String(limit.burst), 'ratelimit-remaining': String(taken.remaining) };
    if (!taken.allowed) throw rateLimited(limit.perMinute, taken.retryAfterSeconds, headers);
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}
