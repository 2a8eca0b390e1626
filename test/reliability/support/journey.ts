// Small pieces every reliability test shares: a seeded random source, a streaming tus PATCH that
// can be cut off at a chosen byte, and an "outcome" wrapper that turns a dropped connection into
// a value instead of an exception (a request cut by a SIGKILL was simply never acknowledged).
import { request as httpRequest } from 'node:http';
export { seeded } from '../../support/seeded.js';

/** The seed for this run: RELIABILITY_SEED when set (to replay a failure), else a fresh one. */
export function runSeed(): number {
  const fixed = process.env.RELIABILITY_SEED;
  return fixed ? Number(fixed) : Math.floor(Math.random() * 2 ** 31);
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export type Outcome<T> = { acked: true; value: T } | { acked: false; error: unknown };

export async function outcome<T>(promise: Promise<T>): Promise<Outcome<T>> {
  try {
    return { acked: true, value: await promise };
  } catch (error) {
    return { acked: false, error };
  }
}

/**
 * A tus PATCH that sends `bytes` from `offset` in 16 KiB writes and stops writing after `cutAt`
 * bytes, leaving the request open (as a browser would while the server dies under it).
 * `reachedCut` resolves once the cut point is written: the test kills the server there.
 */
export function patchUntil(
  url: string, token: string, offset: number, bytes: Uint8Array, cutAt: number,
): { sentSoFar: () => number; reachedCut: Promise<void>; done: Promise<number | null> } {
  const target = new URL(url);
  let sent = 0;
  let markCut: () => void = () => undefined;
  const reachedCut = new Promise<void>((r) => (markCut = r));
  const done = new Promise<number | null>((resolve) => {
    const req = httpRequest(
      {
        host: target.hostname, port: target.port, path: target.pathname, method: 'PATCH',
        headers: {
          authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0', 'upload-offset': String(offset),
          'content-type': 'application/offset+octet-stream', 'content-length': String(bytes.length),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? null));
        res.on('error', () => resolve(null));
      },
    );
    req.on('error', () => resolve(null));
    const step = 16 * 1024;
    const writeMore = (): void => {
      while (sent < cutAt) {
        const end = Math.min(cutAt, sent + step);
        const ok = req.write(bytes.subarray(sent, end));
        sent = end;
        if (!ok) {
          req.once('drain', writeMore);
          return;
        }
      }
      markCut();
    };
    writeMore();
  });
  return { sentSoFar: () => sent, reachedCut, done };
}
