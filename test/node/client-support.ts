// Shared by the client's cross-package tests: a sandbox in a temp folder, a
// signed-in client, test files, and a fault-injecting proxy.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox } from '@dvc-kit/sandbox';
import { signIn } from '../../packages/sandbox/test/helpers/sign-in.js';
export { seeded } from '../support/seeded.js';

export interface TestSandbox {
  url: string;
  close(): Promise<void>;
}

/** Starts a sandbox on an ephemeral port with its data in a fresh temp folder. */
export async function startTestSandbox(): Promise<TestSandbox> {
  const dataDir = await mkdtemp(join(tmpdir(), 'dvc-client-'));
  const sandbox = await startSandbox({ port: 0, dataDir, officerSpeed: 0 });
  return {
    url: sandbox.url,
    close: async () => {
      await sandbox.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** An access token for a test account (the sandbox's own sign-in helper drives the login page). */
export async function accessTokenFor(baseUrl: string, sub = 'citizen-an'): Promise<string> {
  return (await signIn(baseUrl, sub)).accessToken;
}

/**
 * A PDF-looking file of `size` bytes (the sandbox checks magic bytes, then the
 * SHA-256), with varied content so a misplaced chunk changes the hash.
 */
export function pdfBlob(size: number, seed = 1): Blob {
  const bytes = new Uint8Array(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    bytes[i] = x & 0xff;
  }
  bytes.set(new TextEncoder().encode('%PDF-1.4\n'), 0);
  bytes.set(new TextEncoder().encode('\n%%EOF\n'), size - 7);
  return new Blob([bytes], { type: 'application/pdf' });
}

/** What the proxy does to one request. */
export type Fault = 'pass' | 'drop-before' | 'drop-after' | 'status-503';

export interface FaultProxy {
  url: string;
  /** Decides each request's fault; replace at will. */
  decide: (req: IncomingMessage, index: number) => Fault;
  counts: Record<Fault, number>;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', reject);
  });
}

/**
 * An HTTP proxy on 127.0.0.1:0 in front of `target` that can drop the
 * connection before forwarding, drop it after the upstream has acted (the
 * client never learns the result), or answer 503 with Retry-After.
 */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target);
  let index = 0;
  const counts: Record<Fault, number> = { pass: 0, 'drop-before': 0, 'drop-after': 0, 'status-503': 0 };
  const proxy: FaultProxy = { url: '', decide: () => 'pass', counts, close: async () => {} };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const fault = proxy.decide(req, index++);
    counts[fault]++;
    const body = await readBody(req);
    if (fault === 'drop-before') {
      req.socket.destroy();
      return;
    }
    if (fault === 'status-503') {
      res.writeHead(503, { 'content-type': 'application/problem+json', 'retry-after': '0' });
      res.end(JSON.stringify({ type: 'urn:dvc-kit:problem:internal_error', title: 'Proxy', status: 503, detail: 'injected', code: 'internal_error' }));
      return;
    }
    const headers = { ...req.headers, host: upstream.host };
    const forwarded = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers },
      (upstreamRes) => {
        if (fault === 'drop-after') {
          upstreamRes.resume();
          upstreamRes.on('end', () => req.socket.destroy());
          return;
        }
        res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
        upstreamRes.pipe(res);
      },
    );
    forwarded.on('error', () => req.socket.destroy());
    forwarded.end(body);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => req.socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return proxy;
}
