// A local HTTP proxy between a browser (or client) and the sandbox that misbehaves on purpose:
// latency, connections dropped before or after the sandbox acted, bodies cut short, and 429/500/503
// answers (as problem+json, or as the HTML page a real proxy would send). CORS preflights pass.
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault =
  | { kind: 'pass' }
  | { kind: 'latency'; ms: number }
  | { kind: 'drop-before' }
  | { kind: 'drop-after' }
  | { kind: 'truncate' }
  | { kind: 'status'; status: 429 | 500 | 503; html: boolean };

export const FAULT_KINDS = ['latency', 'drop-before', 'drop-after', 'truncate', '429', '500', '503', '503-html'] as const;

export function faultOf(name: (typeof FAULT_KINDS)[number], latencyMs = 1500): Fault {
  switch (name) {
    case 'latency': return { kind: 'latency', ms: latencyMs };
    case 'drop-before': return { kind: 'drop-before' };
    case 'drop-after': return { kind: 'drop-after' };
    case 'truncate': return { kind: 'truncate' };
    case '429': return { kind: 'status', status: 429, html: false };
    case '500': return { kind: 'status', status: 500, html: false };
    case '503': return { kind: 'status', status: 503, html: false };
    case '503-html': return { kind: 'status', status: 503, html: true };
  }
}

export interface FaultProxy {
  url: string;
  /** Chooses each request's fault (method, path without origin); replace at will. */
  decide: (method: string, path: string) => Fault;
  /** Rewrites a passed-through JSON answer (a hostile or compromised API); identity by default. */
  rewrite: (method: string, path: string, body: unknown) => unknown;
  /** 'METHOD path -> fault kind' for every request seen. */
  log: string[];
  close(): Promise<void>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'location, upload-offset, upload-length, tus-resumable, retry-after, idempotency-replayed',
};

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolveBody(Buffer.concat(parts)));
    req.on('error', reject);
  });
}

function forward(target: URL, req: IncomingMessage, body: Buffer): Promise<{ status: number; headers: Record<string, string | string[]>; body: Buffer }> {
  return new Promise((resolveForward, reject) => {
    const headers = { ...req.headers, host: target.host };
    delete headers['content-length'];
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...headers, 'content-length': String(body.length) } },
      async (res) => {
        try {
          const out = await readAll(res);
          const copied: Record<string, string | string[]> = {};
          for (const [k, v] of Object.entries(res.headers)) if (v !== undefined && !['transfer-encoding', 'connection', 'content-length'].includes(k)) copied[k] = v;
          resolveForward({ status: res.statusCode ?? 502, headers: copied, body: out });
        } catch (error) {
          reject(error);
        }
      },
    );
    upstream.on('error', reject);
    upstream.end(body);
  });
}

function fakeStatus(res: ServerResponse, status: 429 | 500 | 503, html: boolean): void {
  const headers: Record<string, string> = { ...CORS };
  if (status !== 500) headers['retry-after'] = '1';
  if (html) {
    res.writeHead(status, { ...headers, 'content-type': 'text/html' });
    res.end(`<html><body><h1>${status} Service Unavailable</h1><hr>nginx</body></html>`);
    return;
  }
  res.writeHead(status, { ...headers, 'content-type': 'application/problem+json' });
  res.end(JSON.stringify({
    type: 'about:blank', title: 'Injected fault', status, detail: 'Injected by the fault proxy',
    code: status === 429 ? 'rate_limited' : 'internal_error',
  }));
}

export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const target = new URL(upstream);
  const proxy: FaultProxy = { url: '', decide: () => ({ kind: 'pass' }), rewrite: (_m, _p, body) => body, log: [], close: async () => undefined };
  const server: Server = createServer(async (req, res) => {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const fault = method === 'OPTIONS' ? { kind: 'pass' as const } : proxy.decide(method, path);
    proxy.log.push(`${method} ${path} -> ${fault.kind}${fault.kind === 'status' ? fault.status : ''}`);
    try {
      const body = await readAll(req);
      if (fault.kind === 'drop-before') {
        req.socket.destroy();
        return;
      }
      if (fault.kind === 'status') {
        fakeStatus(res, fault.status, fault.html);
        return;
      }
      if (fault.kind === 'latency') await new Promise((r) => setTimeout(r, fault.ms));
      const answer = await forward(target, req, body);
      if (String(answer.headers['content-type'] ?? '').includes('json') && answer.body.length > 0) {
        const rewritten = JSON.stringify(proxy.rewrite(method, path, JSON.parse(answer.body.toString('utf8'))));
        answer.body = Buffer.from(rewritten, 'utf8');
      }
      if (fault.kind === 'drop-after') {
        req.socket.destroy();
        return;
      }
      if (fault.kind === 'truncate' && answer.body.length > 1) {
        res.writeHead(answer.status, { ...answer.headers, 'content-length': String(answer.body.length) });
        res.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)));
        setTimeout(() => req.socket.destroy(), 20);
        return;
      }
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body);
    } catch {
      if (!res.headersSent) res.writeHead(502, { ...CORS, 'content-type': 'text/plain' });
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () => new Promise((r) => {
    server.closeAllConnections();
    server.close(() => r());
  });
  return proxy;
}
