import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Makes an answer sent before its request body was read (401 on an expired token, 404, 413 on a
 * POST or a tus PATCH) say `Connection: close`, and close. Without it the connection is announced
 * as keep-alive, the unread body is drained for a moment and the socket dropped: a client that
 * reuses it for its next request (undici does) gets "other side closed" on a request the server
 * never saw. Requests whose body is read before the answer keep their connection.
 */
export function closeIfAnsweredEarly(req: IncomingMessage, res: ServerResponse): void {
  const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
  if (!hasBody || req.complete) return;
  res.setHeader('connection', 'close');
  req.once('end', () => {
    if (!res.headersSent) res.removeHeader('connection');
  });
}
