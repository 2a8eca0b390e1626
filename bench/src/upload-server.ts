/**
 * The bench's upload server: @tus/server with the same FileStore the sandbox uses, at the same
 * path (/api/v1/uploads), with the same end-of-upload integrity step (SHA-256 of the stored file
 * against the sha256 metadata, 422 on mismatch), but a per-file limit of 256 MiB instead of the
 * product's 20 MiB and no sign-in/dossier checks (they cost one database lookup per request and
 * would need a 200 MB dossier limit). The product's defaults are untouched: this server exists
 * only in the bench. Beside it, PUT /raw/<name> stores one request body as it streams in: the
 * baseline. The page and its script are served from the same origin.
 */
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { FileStore } from '@tus/file-store';
import { Server as TusServer } from '@tus/server';
import { sha256OfFile } from '../../packages/sandbox/src/dossiers/upload-checks.js';
import { serve, type BenchServer, type Fixed } from './lib/http.js';

export const BENCH_MAX_UPLOAD = 256 * 1024 * 1024;

export async function startUploadServer(directory: string, pages: Record<string, Fixed>): Promise<BenchServer> {
  const tus = new TusServer({
    path: '/api/v1/uploads',
    datastore: new FileStore({ directory }),
    maxSize: BENCH_MAX_UPLOAD,
    relativeLocation: true,
    async onUploadFinish(_req, upload) {
      const expected = upload.metadata?.sha256;
      const actual = await sha256OfFile(join(directory, upload.id));
      if (expected && expected !== actual) return { status_code: 422, body: 'checksum mismatch' };
      return {};
    },
  });
  return serve(pages, (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method === 'PUT' && path.startsWith('/raw/')) {
      const name = path.slice('/raw/'.length).replace(/[^a-z0-9-]/gi, '');
      pipeline(req, createWriteStream(join(directory, `raw-${name}`)))
        .then(() => res.writeHead(204).end())
        .catch(() => res.writeHead(500).end());
      return;
    }
    if (path.startsWith('/api/v1/uploads')) {
      void tus.handle(req, res);
      return;
    }
    res.writeHead(404).end();
  });
}
