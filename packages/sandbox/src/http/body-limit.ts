import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ProblemError } from './problem.js';

/** The largest JSON or form body any API route needs (a full applicant plus 50 attachments is a few KB). */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

/**
 * Refuses request bodies over the limit with 413 payload_too_large: at once when Content-Length
 * says so, and after at most the limit when the body is chunked. Without it, any route that reads
 * a body would buffer whatever it is sent (64 MiB, 1 GiB) before validating it. tus uploads are
 * left to their own limits (Upload-Length, 20 MiB per file), which the tus route enforces.
 */
export function apiBodyLimit(): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize: MAX_JSON_BODY_BYTES,
    onError: () => {
      throw new ProblemError(413, 'payload_too_large', {
        vi: `Nội dung gửi lên lớn hơn ${MAX_JSON_BODY_BYTES / 1024} KiB.`,
        en: `The request body is larger than ${MAX_JSON_BODY_BYTES / 1024} KiB.`,
      });
    },
  });
  return async (c, next) => {
    const path = c.req.path;
    if (path === '/api/v1/uploads' || path.startsWith('/api/v1/uploads/')) return next();
    return limit(c, next);
  };
}
