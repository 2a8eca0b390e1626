import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { couldBeAllowed, SIGNATURE_BYTES } from './file-type.js';

/**
 * The pieces of the tus upload route that are not tus: reading Upload-Metadata, looking at a
 * chunk's first bytes without losing them, and hashing a finished file.
 */

/** `key base64value` pairs, comma-separated (tus 1.0). Null when the header is malformed. */
export function parseUploadMetadata(header: string | null): Record<string, string> | null {
  const out: Record<string, string> = {};
  if (header === null || header.trim() === '') return out;
  for (const pair of header.split(',')) {
    const [key, value, ...rest] = pair.trim().split(' ');
    if (!key || rest.length > 0 || key in out) return null;
    if (value !== undefined && !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) return null;
    out[key] = value === undefined ? '' : Buffer.from(value, 'base64').toString('utf8');
  }
  return out;
}

export interface SniffedRequest {
  /** True when the first bytes cannot start any allowed file type. */
  refused: boolean;
  /** The same request with its body intact (the bytes read for the check are put back in front). */
  request: Request;
}

/**
 * Reads just enough of a request body to see the file's signature. An executable or any other
 * disallowed start is known after a few bytes, so the caller can refuse the upload before the
 * rest of the chunk is stored.
 */
export async function sniffFirstBytes(request: Request): Promise<SniffedRequest> {
  if (!request.body) return { refused: false, request };
  const reader = request.body.getReader();
  const taken: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < SIGNATURE_BYTES) {
    const next = await reader.read();
    if (next.done) {
      done = true;
      break;
    }
    taken.push(next.value);
    length += next.value.byteLength;
  }
  const head = Buffer.concat(taken);
  if (!couldBeAllowed(head.subarray(0, SIGNATURE_BYTES))) {
    // Read some of the rest away instead of cancelling at once: cancelling tears down the
    // connection, and the 415 answer should reach the client first. Only some: a hostile
    // client must not keep the server reading its gigabytes.
    if (!done) void drain(reader, REFUSED_DRAIN_BYTES);
    return { refused: true, request };
  }
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of taken) controller.enqueue(chunk);
      if (done) controller.close();
    },
    async pull(controller) {
      const next = await reader.read();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  const rebuilt = new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body,
    duplex: 'half',
  } as RequestInit & { duplex: 'half' });
  return { refused: false, request: rebuilt };
}

/** How much of a refused chunk is read away while its answer goes out, before the connection is cut. */
const REFUSED_DRAIN_BYTES = 1024 * 1024;

async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, limit: number): Promise<void> {
  try {
    let read = 0;
    while (read < limit) {
      const next = await reader.read();
      if (next.done) return;
      read += next.value.byteLength;
    }
    await reader.cancel();
  } catch {
    // the client went away; nothing to keep
  }
}

/** Lowercase hex SHA-256 of a file, streamed (never the whole file in memory). */
export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
