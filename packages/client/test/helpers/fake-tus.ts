// An in-memory tus 1.0 server as a fetch function, for uploader unit tests:
// creation, HEAD, PATCH, DELETE, and a record of what happened.

export interface FakeUpload {
  id: string;
  length: number;
  metadata: Record<string, string>;
  bytes: Uint8Array;
  offset: number;
}

export interface FakeTus {
  fetch: typeof fetch;
  uploads: Map<string, FakeUpload>;
  log: { method: string; id?: string; offset?: number; size?: number }[];
  /** Highest number of PATCHes in flight at once. */
  maxConcurrentPatches: number;
  /** Delay per PATCH in ms (to observe concurrency and pausing). */
  patchDelayMs: number;
}

function decodeMetadata(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of (header ?? '').split(',')) {
    const [key, value = ''] = pair.trim().split(' ');
    if (key) out[key] = new TextDecoder().decode(Uint8Array.from(atob(value), (c) => c.charCodeAt(0)));
  }
  return out;
}

export function fakeTus(endpoint: string): FakeTus {
  const state: FakeTus = { fetch: undefined as unknown as typeof fetch, uploads: new Map(), log: [], maxConcurrentPatches: 0, patchDelayMs: 0 };
  let inFlight = 0;
  let counter = 0;
  const tusHeaders = { 'Tus-Resumable': '1.0.0' };
  state.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const id = url.pathname.split('/').pop() ?? '';
    if (request.method === 'POST' && request.url === endpoint) {
      const upload: FakeUpload = {
        id: `u${++counter}`,
        length: Number(request.headers.get('Upload-Length')),
        metadata: decodeMetadata(request.headers.get('Upload-Metadata')),
        bytes: new Uint8Array(Number(request.headers.get('Upload-Length'))),
        offset: 0,
      };
      state.uploads.set(upload.id, upload);
      state.log.push({ method: 'POST', id: upload.id });
      return new Response(null, { status: 201, headers: { ...tusHeaders, Location: `/api/v1/uploads/${upload.id}` } });
    }
    const upload = state.uploads.get(id);
    if (!upload) return new Response(null, { status: 404, headers: tusHeaders });
    if (request.method === 'HEAD') {
      state.log.push({ method: 'HEAD', id, offset: upload.offset });
      return new Response(null, { status: 200, headers: { ...tusHeaders, 'Upload-Offset': String(upload.offset), 'Upload-Length': String(upload.length) } });
    }
    if (request.method === 'DELETE') {
      state.uploads.delete(id);
      state.log.push({ method: 'DELETE', id });
      return new Response(null, { status: 204, headers: tusHeaders });
    }
    if (request.method === 'PATCH') {
      inFlight++;
      state.maxConcurrentPatches = Math.max(state.maxConcurrentPatches, inFlight);
      try {
        if (state.patchDelayMs) await new Promise((r) => setTimeout(r, state.patchDelayMs));
        const offset = Number(request.headers.get('Upload-Offset'));
        if (offset !== upload.offset) return new Response(null, { status: 409, headers: tusHeaders });
        const chunk = new Uint8Array(await request.arrayBuffer());
        upload.bytes.set(chunk, offset);
        upload.offset += chunk.length;
        state.log.push({ method: 'PATCH', id, offset, size: chunk.length });
        return new Response(null, { status: 204, headers: { ...tusHeaders, 'Upload-Offset': String(upload.offset) } });
      } finally {
        inFlight--;
      }
    }
    return new Response(null, { status: 405 });
  }) as typeof fetch;
  return state;
}

/** A Web Storage stand-in (what sessionStorage is to a page that reloads). */
export class FakeStorage implements Storage {
  private readonly map = new Map<string, string>();
  get length(): number {
    return this.map.size;
  }
  clear(): void {
    this.map.clear();
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  setItem(key: string, value: string): void {
    this.map.set(key, value);
  }
}
