import type { MiddlewareHandler } from 'hono';
import { ProblemError } from './problem.js';

/**
 * Refuses requests no route can handle safely, before any route sees them: a path with broken
 * percent-encoding (decoding would throw deep inside a handler) or a NUL character names nothing
 * (404); a NUL in the query is a bad request (400). PostgreSQL text cannot hold NUL, so without
 * this guard those would surface as a 500.
 */
export function requestGuard(): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    let path: string | null;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = null;
    }
    if (path === null || path.includes('\0')) {
      throw new ProblemError(404, 'not_found', {
        vi: 'Đường dẫn không hợp lệ (mã hoá % sai hoặc có ký tự NUL) nên không trỏ tới tài nguyên nào.',
        en: 'The path is malformed (broken %-encoding or a NUL character), so it names nothing.',
      });
    }
    if ([...url.searchParams].some(([key, value]) => key.includes('\0') || value.includes('\0'))) {
      throw new ProblemError(400, 'bad_request', {
        vi: 'Tham số truy vấn chứa ký tự NUL (%00), không được chấp nhận.',
        en: 'A query parameter contains a NUL character (%00), which is not accepted.',
      });
    }
    await next();
  };
}
