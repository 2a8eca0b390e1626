import type { MiddlewareHandler } from 'hono';
import { ProblemError } from './problem.js';

/**
 * Refuses requests no route can handle safely, before any route sees them: a path with broken
 * percent-encoding (decoding would throw deep inside a handler) and NUL characters in the path
 * or query (PostgreSQL text cannot hold them, so they would surface as a 500).
 */
export function requestGuard(): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      throw new ProblemError(400, 'bad_request', {
        vi: 'Đường dẫn chứa mã hoá phần trăm (%) không hợp lệ.',
        en: 'The path contains invalid percent-encoding.',
      });
    }
    const hasNul = path.includes('\0') || [...url.searchParams].some(([k, v]) => k.includes('\0') || v.includes('\0'));
    if (hasNul) {
      throw new ProblemError(400, 'bad_request', {
        vi: 'Đường dẫn hoặc tham số chứa ký tự NUL (%00), không được chấp nhận.',
        en: 'The path or query contains a NUL character (%00), which is not accepted.',
      });
    }
    await next();
  };
}
