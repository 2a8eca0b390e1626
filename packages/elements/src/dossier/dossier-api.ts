/**
 * The seam between the upload queue and `@dvc-kit/client/uploads`.
 *
 * The dossier elements call `this.client.dossiers` and `.payments` directly;
 * uploads go through this small interface so the queue's state machine does
 * not depend on tus details (and tests can drive it with a scripted task).
 */
import type { PortalClient } from '@dvc-kit/client';
import { createUploader, type Uploader, type UploadStorageOption } from '@dvc-kit/client/uploads';

/** One file to send. */
export interface UploadRequest {
  file: Blob;
  fileName: string;
  /** The type sniffed from the bytes (the server checks again). */
  contentType: string;
  dossierId: string;
  componentId: string;
  /** Bytes the server has confirmed, at every chunk. */
  onProgress?: (sent: number, total: number) => void;
}

/** A running upload. `done` rejects with an Error carrying `code` (e.g. 'upload_type_not_allowed', 'aborted'). */
export interface UploadTask {
  readonly done: Promise<{ uploadId: string }>;
  pause(): void;
  resume(): void;
  /** Stops and deletes what the server holds (tus termination). */
  abort(): Promise<void>;
}

export interface UploadsApi {
  /** Starts, or resumes when the same file was partly sent before (even before a reload), an upload. */
  start(request: UploadRequest): UploadTask;
}

/** Options of the uploads an element makes. */
export interface ElementUploadOptions {
  /** Where unfinished uploads are remembered for resuming (default 'session': this tab only). */
  storage?: UploadStorageOption;
  /** Bytes per request (default: the client's 1 MiB). */
  chunkSize?: number;
}

const uploaders = new WeakMap<PortalClient, Uploader>();

/** Uploads through the client's own pipeline (its auth, locale and base URL), one uploader per client. */
export function uploadsFor(client: PortalClient, options: ElementUploadOptions = {}): UploadsApi {
  let uploader = uploaders.get(client);
  if (!uploader) {
    uploader = createUploader({
      baseUrl: client.apiUrl,
      fetch: client.fetch,
      storage: options.storage ?? 'session',
      ...(options.chunkSize ? { chunkSize: options.chunkSize } : {}),
    });
    uploaders.set(client, uploader);
  }
  const active = uploader;
  return {
    start(request) {
      const task = active.upload(request.file, {
        dossierId: request.dossierId,
        componentId: request.componentId,
        filename: request.fileName,
        filetype: request.contentType,
        onProgress: (p) => request.onProgress?.(p.bytesUploaded, p.bytesTotal),
      });
      return {
        done: task.done.then((r) => ({ uploadId: r.uploadId })),
        pause: () => task.pause(),
        resume: () => task.resume(),
        abort: () => task.abort(),
      };
    },
  };
}

/** A fresh idempotency key (one per intention, reused on its retries). */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}
