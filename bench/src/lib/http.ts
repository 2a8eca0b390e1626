/**
 * A tiny loopback HTTP server for bench fixtures: fixed routes answered from memory, the rest
 * passed to an optional fallback handler. Listens on 127.0.0.1, ephemeral port.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Fixed { body: string | Uint8Array; type: string; headers?: Record<string, string> }
export type Fallback = (req: IncomingMessage, res: ServerResponse) => void;

export interface BenchServer { url: string; server: Server; close(): Promise<void> }

export async function serve(routes: Record<string, Fixed>, fallback?: Fallback): Promise<BenchServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const fixed = routes[path];
    if (fixed && req.method === 'GET') {
      res.writeHead(200, { 'content-type': fixed.type, 'cache-control': 'no-store', ...fixed.headers }).end(fixed.body);
    } else if (fallback) {
      fallback(req, res);
    } else {
      res.writeHead(404).end();
    }
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
