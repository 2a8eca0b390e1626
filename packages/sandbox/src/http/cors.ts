import type { MiddlewareHandler } from 'hono';

/**
 * CORS for agency pages on any origin. The API uses bearer tokens, never cookies, so `*` is safe
 * and no credentials are allowed. Only real preflights (OPTIONS with
 * Access-Control-Request-Method) are answered here: a plain OPTIONS is tus discovery and must
 * reach the upload route.
 */
const ALLOW_HEADERS = [
  'Authorization', 'Content-Type', 'Accept-Language', 'Idempotency-Key', 'If-None-Match',
  'Tus-Resumable', 'Upload-Length', 'Upload-Offset', 'Upload-Metadata', 'Upload-Defer-Length',
  'Upload-Concat', 'X-HTTP-Method-Override', 'X-Requested-With',
].join(', ');

const EXPOSE_HEADERS = [
  'Location', 'WWW-Authenticate', 'Content-Language', 'Retry-After', 'Idempotency-Replayed', 'ETag',
  'Tus-Resumable', 'Tus-Version', 'Tus-Extension', 'Tus-Max-Size',
  'Upload-Offset', 'Upload-Length', 'Upload-Metadata', 'Upload-Expires',
].join(', ');

export function cors(): MiddlewareHandler {
  return async (c, next) => {
    const isPreflight = c.req.method === 'OPTIONS' && c.req.header('access-control-request-method') !== undefined;
    if (isPreflight) {
      return new Response(null, {
        status: 204,
        headers: {
          'access-control-allow-origin': '*',
          'access-control-allow-methods': 'GET, HEAD, POST, PATCH, PUT, DELETE, OPTIONS',
          'access-control-allow-headers': ALLOW_HEADERS,
          'access-control-max-age': '600',
        },
      });
    }
    await next();
    c.res.headers.set('access-control-allow-origin', '*');
    c.res.headers.set('access-control-expose-headers', EXPOSE_HEADERS);
  };
}
