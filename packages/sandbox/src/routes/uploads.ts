import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Hono, type Context } from 'hono';
import { Server as TusServer } from '@tus/server';
import { MAX_UPLOAD_BYTES, SHA256_HEX_PATTERN } from '@dvc-kit/spec';
import type { SandboxDeps } from '../deps.js';
import { invalidTransition, uploadNotFound } from '../dossiers/errors.js';
import { sanitizeFileName } from '../dossiers/file-name.js';
import { detectFileType } from '../dossiers/file-type.js';
import { requirePrincipal } from '../dossiers/principal.js';
import { findOwnDossier } from '../dossiers/repository.js';
import type { UploadRow } from '../dossiers/types.js';
import { parseUploadMetadata, sha256OfFile, sniffFirstBytes } from '../dossiers/upload-checks.js';
import { ProblemError, type FieldError, type ProblemCode } from '../http/problem.js';
import { isPast, unfinishedUploadExpiresAt, uploadExpired, uploadGone } from '../uploads/expiry.js';
import { openUploadStore, removeUploadFiles, uploadsDirectory } from '../uploads/store.js';

const UPLOADS_PATH = '/api/v1/uploads';
const TUS_HEADERS = { 'tus-resumable': '1.0.0' };
/** What this server offers (the file store also lists creation-defer-length, which it does not). */
const TUS_EXTENSIONS = 'creation,creation-with-upload,termination';
const REQUIRED_METADATA = ['dossierId', 'componentId', 'filename', 'filetype', 'sha256'] as const;

function withTus(error: ProblemError): ProblemError {
  return new ProblemError(error.status, error.code, error.detail, error.fieldErrors, { ...TUS_HEADERS, ...error.headers });
}

const badRequest = (vi: string, en: string): ProblemError => new ProblemError(400, 'bad_request', { vi, en });

const TUS_ERROR_CODES: Readonly<Record<number, ProblemCode>> = {
  404: 'upload_not_found', 410: 'upload_not_found', 409: 'conflict', 413: 'payload_too_large',
};

/**
 * @tus/server answers its own protocol errors (412 without Tus-Resumable, 409 offset mismatch,
 * 415 wrong PATCH content type, ...) in text/plain; the API promises problem+json everywhere, so
 * those become ProblemErrors with tus's text as the English detail.
 */
async function problemFromTus(response: Response): Promise<Response> {
  if (response.status < 400 || (response.headers.get('content-type') ?? '').includes('problem+json')) return response;
  const said = (await response.text()).trim().slice(0, 300);
  const code = TUS_ERROR_CODES[response.status] ?? (response.status >= 500 ? 'internal_error' : 'bad_request');
  throw withTus(new ProblemError(response.status, code, {
    vi: `Yêu cầu tải lên (tus) không hợp lệ: ${said || response.status}.`,
    en: `The tus upload request was refused: ${said || response.status}.`,
  }));
}

/**
 * tus 1.0 uploads at /api/v1/uploads (core, creation, creation-with-upload, termination, and
 * expiration unless `uploadExpiryMs` is 0) on @tus/server's fetch-style handler with a file
 * store under <dataDir>/uploads. Around tus:
 *  - every request but OPTIONS needs a signed-in account; an upload belongs to its creator and is
 *    404 upload_not_found to anyone else, on HEAD, PATCH, DELETE alike;
 *  - creation checks the metadata (the caller's own dossier, a component of it, a file name made
 *    safe, the whole-file sha256) and the 20 MiB limit from Upload-Length (413 before any byte);
 *  - the first chunk's first bytes must start an allowed type (PDF, JPEG, PNG, DOCX, XLSX), so an
 *    executable is refused with 415 at once; and when the last byte arrives the whole file is
 *    checked again (type, then SHA-256 against the metadata: 422 checksum_mismatch). A refused
 *    upload is deleted, bytes and row;
 *  - an unfinished upload's answers carry `Upload-Expires` (creation + `uploadExpiryMs`, by the
 *    sandbox's clock); past it, HEAD and PATCH answer 410 upload_not_found and delete it, and the
 *    sweep (uploads/sweep.ts) deletes the ones nobody asks about.
 */
export function uploadRoutes(deps: SandboxDeps): Hono {
  const directory = uploadsDirectory(deps.config.dataDir);
  const store = openUploadStore(deps.config.dataDir);
  const expiryMs = deps.config.uploadExpiryMs;
  const extensions = expiryMs > 0 ? `${TUS_EXTENSIONS},expiration` : TUS_EXTENSIONS;
  /** tus asks for the new upload's id through namingFunction; the route has already chosen it. */
  const chosenIds = new WeakMap<object, string>();
  const tus = new TusServer({
    path: UPLOADS_PATH,
    datastore: store,
    maxSize: MAX_UPLOAD_BYTES,
    relativeLocation: true,
    namingFunction: (request) => {
      const id = chosenIds.get(request);
      if (!id) throw new Error('upload id not chosen');
      return id;
    },
  });
  const routes = new Hono();

  async function ownUpload(c: Context, ownerSub: string): Promise<UploadRow> {
    const rows = await deps.db.query<UploadRow>('SELECT * FROM uploads WHERE id::text = $1 AND owner_sub = $2', [
      c.req.param('id') ?? '', ownerSub,
    ]);
    const row = rows[0];
    if (!row) throw withTus(uploadNotFound());
    return row;
  }

  /** Deletes a refused, terminated or expired upload everywhere; a file already gone is fine. */
  async function discard(id: string): Promise<void> {
    await removeUploadFiles(directory, id);
    await deps.db.query('DELETE FROM uploads WHERE id = $1', [id]);
  }

  /** Past its Upload-Expires an unfinished upload cannot be resumed: it goes now, whatever the sweep's pace. */
  async function refuseExpired(row: UploadRow): Promise<void> {
    const expiresAt = unfinishedUploadExpiresAt(row, expiryMs);
    if (expiresAt === null || !isPast(expiresAt, deps.now())) return;
    await discard(row.id);
    throw withTus(uploadExpired(expiresAt));
  }

  /** tus expiration: every successful answer about a still unfinished upload says when it expires. */
  function withExpiry(row: UploadRow, response: Response): Response {
    const expiresAt = unfinishedUploadExpiresAt(row, expiryMs);
    const offset = Number(response.headers.get('upload-offset') ?? 0);
    if (expiresAt !== null && response.ok && offset < Number(row.size)) {
      response.headers.set('upload-expires', expiresAt.toUTCString());
    }
    return response;
  }

  function refusedType(): ProblemError {
    return withTus(new ProblemError(415, 'upload_type_not_allowed', {
      vi: 'Chỉ nhận tệp PDF, JPEG, PNG, DOCX hoặc XLSX (kiểm tra theo nội dung tệp, không theo tên). Tệp đã bị xoá.',
      en: 'Only PDF, JPEG, PNG, DOCX or XLSX files are accepted (checked by content, not name). The upload was deleted.',
    }));
  }

  /** Refuses the chunk before tus stores it when the file's first bytes are not an allowed type. */
  async function checkStart(request: Request, row: UploadRow, offset: number): Promise<Request> {
    if (offset !== 0) return request;
    const sniffed = await sniffFirstBytes(request);
    if (sniffed.refused) {
      await discard(row.id);
      throw refusedType();
    }
    return sniffed.request;
  }

  /** After tus stored bytes: record the offset and, on the last byte, check the whole file. */
  async function afterWrite(row: UploadRow, response: Response): Promise<Response> {
    const offsetHeader = response.headers.get('upload-offset');
    if (response.status >= 300 || offsetHeader === null) return response;
    const offset = Number(offsetHeader);
    const recorded = await deps.db.query('UPDATE uploads SET upload_offset = $2 WHERE id = $1 RETURNING id', [row.id, offset]);
    if (recorded.length === 0) throw withTus(uploadGone()); // swept or terminated while the bytes arrived
    if (offset !== Number(row.size) || row.state === 'complete') return response;
    const path = join(directory, row.id);
    const contentType = await detectFileType(path);
    if (contentType === null) {
      await discard(row.id);
      throw refusedType();
    }
    const sha256 = await sha256OfFile(path);
    if (row.expected_sha256 !== null && sha256 !== row.expected_sha256) {
      await discard(row.id);
      throw withTus(new ProblemError(422, 'checksum_mismatch', {
        vi: 'Mã SHA-256 của tệp nhận được khác với mã gửi kèm: tệp bị hỏng khi truyền. Tệp đã bị xoá, hãy tải lên lại.',
        en: 'The SHA-256 of the received file differs from the one sent: it was damaged in transit. The upload was deleted; upload it again.',
      }));
    }
    await deps.db.query(
      `UPDATE uploads SET state = 'complete', content_type = $2, sha256 = $3, completed_at = $4 WHERE id = $1`,
      [row.id, contentType, sha256, deps.now()],
    );
    return response;
  }

  const discovery = async (c: Context): Promise<Response> => {
    const response = await problemFromTus(await tus.handleWeb(c.req.raw));
    response.headers.set('tus-extension', extensions);
    return response;
  };
  routes.options('/uploads', discovery);
  routes.options('/uploads/:id', discovery);

  routes.post('/uploads', async (c) => {
    const principal = await requirePrincipal(deps, c.req.raw);
    const request = c.req.raw;
    if (request.headers.get('tus-resumable') === null) return problemFromTus(await tus.handleWeb(request)); // tus answers 412
    if (request.headers.get('upload-defer-length') !== null) {
      throw withTus(badRequest('Phải gửi Upload-Length (kích thước tệp).', 'Send Upload-Length (the file size); deferred length is not supported.'));
    }
    const lengthHeader = request.headers.get('upload-length') ?? '';
    const size = /^\d{1,15}$/.test(lengthHeader) ? Number(lengthHeader) : NaN;
    if (!(size >= 1)) throw withTus(badRequest('Upload-Length phải là số byte lớn hơn 0.', 'Upload-Length must be a byte count above 0.'));
    if (size > MAX_UPLOAD_BYTES) {
      throw withTus(new ProblemError(413, 'payload_too_large', {
        vi: `Tệp lớn hơn giới hạn ${MAX_UPLOAD_BYTES / 1024 / 1024} MiB.`,
        en: `The file is larger than the ${MAX_UPLOAD_BYTES / 1024 / 1024} MiB limit.`,
      }));
    }
    const metadata = parseUploadMetadata(request.headers.get('upload-metadata'));
    if (metadata === null) throw withTus(badRequest('Upload-Metadata sai định dạng tus.', 'Upload-Metadata is not valid tus metadata.'));
    const missing = REQUIRED_METADATA.filter((key) => !metadata[key]);
    const sha256 = (metadata.sha256 ?? '').toLowerCase();
    const fieldErrors: FieldError[] = missing.map((key) => ({ path: `Upload-Metadata.${key}`, message: 'required' }));
    if (metadata.sha256 && !SHA256_HEX_PATTERN.test(sha256)) {
      fieldErrors.push({ path: 'Upload-Metadata.sha256', message: '64 hex characters' });
    }
    // Metadata is a protocol header: the contract answers its problems with 400, not 422.
    const badMetadata = (errors: FieldError[]): ProblemError => withTus(new ProblemError(400, 'bad_request', {
      vi: 'Upload-Metadata thiếu hoặc sai giá trị, xem fieldErrors.',
      en: 'Upload-Metadata has missing or wrong values; see fieldErrors.',
    }, errors));
    if (fieldErrors.length > 0) throw badMetadata(fieldErrors);
    const dossier = await findOwnDossier(deps.db, metadata.dossierId ?? '', principal.sub).catch((error: unknown) => {
      throw error instanceof ProblemError ? withTus(error) : error;
    });
    if (dossier.status !== 'draft' && dossier.status !== 'awaiting_supplement') {
      throw withTus(invalidTransition(dossier.status, null, {
        vi: 'Hồ sơ này không nhận thêm tệp ở trạng thái hiện tại.',
        en: 'This dossier does not take files in its current status.',
      }));
    }
    if (!dossier.components.some((component) => component.id === metadata.componentId)) {
      throw badMetadata([{ path: 'Upload-Metadata.componentId', message: 'not a component of the dossier' }]);
    }
    const id = randomUUID();
    const rows = await deps.db.query<UploadRow>(
      `INSERT INTO uploads (id, owner_sub, dossier_id, component_id, file_name, declared_type, size, expected_sha256,
         state, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'uploading', $9) RETURNING *`,
      [
        id, principal.sub, dossier.id, metadata.componentId, sanitizeFileName(metadata.filename),
        (metadata.filetype ?? '').slice(0, 200) || null, size, sha256, deps.now(),
      ],
    );
    const row = rows[0];
    if (!row) throw new Error('upload insert returned nothing');
    try {
      const withBody = request.headers.get('content-type') === 'application/offset+octet-stream';
      const forTus = withBody ? await checkStart(request, row, 0) : request;
      chosenIds.set(forTus, id);
      const response = await tus.handleWeb(forTus);
      if (response.status !== 201) {
        await discard(id);
        return problemFromTus(response);
      }
      return withExpiry(row, await afterWrite(row, response));
    } catch (error) {
      if (!(error instanceof ProblemError)) await discard(id);
      throw error;
    }
  });

  // Hono routes HEAD to GET handlers: one handler serves the tus HEAD and the owner's download.
  routes.get('/uploads/:id', async (c) => {
    const principal = await requirePrincipal(deps, c.req.raw);
    const row = await ownUpload(c, principal.sub);
    if (c.req.raw.method === 'HEAD') {
      await refuseExpired(row);
      // A crash between tus storing the last byte and afterWrite recording completion leaves every
      // byte on disk and the row 'uploading': HEAD then reports offset == length, so a resuming
      // client sends nothing more. Finish the checks here, or the upload is stranded forever.
      const head = await problemFromTus(await tus.handleWeb(c.req.raw));
      if (row.state !== 'complete' && head.status === 200 && head.headers.get('upload-offset') === String(row.size)) {
        return withExpiry(row, await afterWrite(row, head));
      }
      return withExpiry(row, head);
    }
    if (row.state !== 'complete' || row.content_type === null) throw withTus(uploadNotFound());
    const body = Readable.toWeb(createReadStream(join(directory, row.id))) as ReadableStream<Uint8Array>;
    return new Response(body, {
      headers: {
        'content-type': row.content_type,
        'content-length': String(row.size),
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(row.file_name)}`,
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      },
    });
  });

  routes.patch('/uploads/:id', async (c) => {
    const principal = await requirePrincipal(deps, c.req.raw);
    const row = await ownUpload(c, principal.sub);
    await refuseExpired(row);
    const offset = Number(c.req.header('upload-offset') ?? NaN);
    const request = await checkStart(c.req.raw, row, offset);
    return withExpiry(row, await afterWrite(row, await problemFromTus(await tus.handleWeb(request))));
  });

  routes.delete('/uploads/:id', async (c) => {
    const principal = await requirePrincipal(deps, c.req.raw);
    const row = await ownUpload(c, principal.sub);
    if (row.attached_at !== null && row.dossier_id !== null) {
      const owner = await deps.db.query<{ status: string }>('SELECT status FROM dossiers WHERE id = $1', [row.dossier_id]);
      if (owner[0] && owner[0].status !== 'draft') {
        throw withTus(new ProblemError(409, 'conflict', {
          vi: 'Tệp đã nằm trong hồ sơ đã nộp, không xoá được.',
          en: 'The file belongs to a submitted dossier and cannot be deleted.',
        }));
      }
    }
    const response = await tus.handleWeb(c.req.raw);
    if (response.status === 204 || response.status === 404 || response.status === 410) {
      await discard(row.id);
      return new Response(null, { status: 204, headers: TUS_HEADERS });
    }
    return problemFromTus(response);
  });

  return routes;
}
