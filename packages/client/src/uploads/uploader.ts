import type { DetailedError, PreviousUpload } from 'tus-js-client';
import { apiBaseUrl } from '../core/base-url.js';
import { authMiddleware, type AuthOption } from '../core/auth-header.js';
import { localeMiddleware } from '../core/locale.js';
import { composeMiddleware, type FetchMiddleware } from '../core/middleware.js';
import { transport } from '../core/transport.js';
import { errorFromResponse, isPortalError, PortalError } from '../errors.js';
import { BlobFileReader } from './blob-reader.js';
import { FetchHttpStack } from './fetch-http-stack.js';
import { Limiter } from './limiter.js';
import { sha256OfBlob } from './sha256.js';
import { resolveUrlStorage, type UploadStorageOption } from './url-storage.js';
import { Upload } from './tus-upload.js';

/**
 * Default chunk size: 1 MiB. tus-js-client defaults to one request for the
 * whole file, which cannot resume mid-file. 1 MiB keeps a 20 MiB file (the
 * portal's limit) to 20 requests, loses at most 1 MiB to a dropped mobile
 * connection, and bounds memory to one chunk.
 */
export const DEFAULT_CHUNK_SIZE = 1024 * 1024;

/** Options of {@link createUploader}. */
export interface UploaderOptions {
  /** The portal's origin (as for `createPortalClient`); uploads go to `/api/v1/uploads`. */
  baseUrl: string;
  /** Bearer token source, refreshed once on 401 like the client's. */
  auth?: AuthOption;
  /** fetch to use (default `globalThis.fetch`). */
  fetch?: typeof fetch;
  /** `Accept-Language` for the server's problem texts. */
  locale?: string;
  /** Bytes per PATCH and per hashing step (default {@link DEFAULT_CHUNK_SIZE}). */
  chunkSize?: number;
  /** Uploads running at once; the rest wait their turn (default 2). */
  maxParallel?: number;
  /** Where unfinished uploads are remembered for resuming (default `session`). */
  storage?: UploadStorageOption;
  /** Waits in ms before tus retries a failed request (default [0, 1000, 3000, 5000, 10000]). */
  retryDelays?: number[];
  /** Extra fetch middleware for upload requests (logging, tracing). */
  middleware?: readonly FetchMiddleware[];
}

/** The dossier component a file belongs to, sent as tus metadata. */
export interface UploadTarget {
  /** The draft dossier's id (uuid). */
  dossierId: string;
  /** The dossier component, e.g. `c1`. */
  componentId: string;
  /** File name; defaults to `File.name`. */
  filename?: string;
  /** MIME type; defaults to `Blob.type` (the server checks the bytes anyway). */
  filetype?: string;
  /** Called on every progress step (also dispatched as a `progress` event). */
  onProgress?: (progress: UploadProgress) => void;
}

/** How far an upload is. */
export interface UploadProgress {
  /** Bytes the server has confirmed. */
  bytesUploaded: number;
  /** Size of the file. */
  bytesTotal: number;
  /** `bytesUploaded / bytesTotal`, from 0 to 1. */
  fraction: number;
}

/** Where a task is in its life. */
export type UploadState = 'queued' | 'hashing' | 'uploading' | 'paused' | 'completed' | 'failed' | 'aborted';

/** A finished upload; attach it with `client.dossiers.attach(dossierId, { componentId, uploadId })`. */
export interface UploadResult {
  /** Upload id (last segment of the tus URL). */
  uploadId: string;
  /** The tus upload URL. */
  url: string;
  /** Lowercase hex SHA-256 of the file, as sent in the metadata. */
  sha256: string;
  /** File size in bytes. */
  size: number;
  /** True when bytes stored earlier (before a pause or reload) were reused. */
  resumed: boolean;
}

/**
 * One file's upload. Listen for `progress` (a `CustomEvent<UploadProgress>`)
 * and `statechange` events, or use the `onProgress` callback.
 */
export class UploadTask extends EventTarget {
  /** Current state. */
  state: UploadState = 'queued';
  /** Latest progress. */
  progress: UploadProgress;
  /** Resolves when the server has the whole file; rejects with a PortalError when it fails or is aborted. */
  readonly done: Promise<UploadResult>;

  private resolveDone!: (result: UploadResult) => void;
  private rejectDone!: (error: PortalError) => void;
  private tus: Upload | undefined;
  private release: (() => void) | undefined;
  private hashing: AbortController | undefined;
  private sha256: string | undefined;
  private resumed = false;
  private generation = 0;
  private lastReported = -1;

  /** @internal */
  constructor(
    private readonly file: Blob,
    private readonly target: UploadTarget,
    private readonly setup: UploadTaskSetup,
  ) {
    super();
    this.progress = { bytesUploaded: 0, bytesTotal: file.size, fraction: file.size === 0 ? 1 : 0 };
    this.done = new Promise((resolve, reject) => {
      this.resolveDone = resolve;
      this.rejectDone = reject;
    });
    // Callers that only use events must not see an unhandled rejection.
    this.done.catch(() => {});
  }

  /** Stops sending after the current request; the bytes sent so far are kept. */
  pause(): void {
    if (this.state !== 'queued' && this.state !== 'hashing' && this.state !== 'uploading') return;
    this.generation++;
    this.hashing?.abort();
    void this.tus?.abort(false);
    this.freeSlot();
    this.setState('paused');
  }

  /** Continues a paused upload from the server's offset. */
  resume(): void {
    if (this.state !== 'paused') return;
    void this.run();
  }

  /** Cancels the upload and deletes what the server has (tus termination). */
  async abort(): Promise<void> {
    if (this.state === 'completed' || this.state === 'aborted' || this.state === 'failed') return;
    this.generation++;
    this.hashing?.abort();
    this.freeSlot();
    this.setState('aborted');
    this.rejectDone(new PortalError({ status: 0, code: 'aborted', title: 'Upload aborted', detail: 'The upload was cancelled.' }));
    if (this.tus?.url) await this.tus.abort(true).catch(() => {});
  }

  /** @internal starts or continues the task */
  async run(): Promise<void> {
    const generation = ++this.generation;
    this.setState('queued');
    const release = await this.setup.limiter.acquire();
    if (generation !== this.generation) return release();
    this.release = release;
    try {
      if (!this.sha256) {
        this.setState('hashing');
        this.hashing = new AbortController();
        this.sha256 = await sha256OfBlob(this.file, this.setup.chunkSize, this.hashing.signal);
      }
      if (generation !== this.generation) return;
      this.setState('uploading');
      this.tus ??= await this.createTus(this.sha256);
      if (generation !== this.generation) return;
      this.tus.start();
    } catch (error) {
      if (generation === this.generation) this.fail(error);
    }
  }

  private async createTus(sha256: string): Promise<Upload> {
    const { target, file, setup } = this;
    const filename = target.filename ?? (file as File).name ?? 'file';
    const filetype = target.filetype || file.type || 'application/octet-stream';
    const fingerprint = ['dvc-kit', setup.endpoint, target.dossierId, target.componentId, filename, file.size, sha256].join('::');
    const upload: Upload = new Upload(file, {
      endpoint: setup.endpoint,
      chunkSize: setup.chunkSize,
      retryDelays: setup.retryDelays,
      metadata: { dossierId: target.dossierId, componentId: target.componentId, filename, filetype, sha256 },
      fingerprint: async () => fingerprint,
      urlStorage: setup.urlStorage,
      fileReader: setup.fileReader,
      httpStack: setup.httpStack,
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      onProgress: (bytesUploaded, bytesTotal) => this.report(bytesUploaded, bytesTotal),
      onSuccess: () => {
        this.freeSlot();
        this.report(file.size, file.size);
        this.setState('completed');
        const url = upload.url ?? '';
        this.resolveDone({ uploadId: url.split('/').filter(Boolean).pop() ?? '', url, sha256, size: file.size, resumed: this.resumed });
      },
      onError: (error) => this.fail(error),
    });
    const previous: PreviousUpload[] = await upload.findPreviousUploads();
    const latest = previous.sort((a, b) => b.creationTime.localeCompare(a.creationTime))[0];
    if (latest) {
      upload.resumeFromPreviousUpload(latest);
      this.resumed = true;
    }
    return upload;
  }

  private report(bytesUploaded: number, bytesTotal: number): void {
    // tus reports the end of a chunk more than once; listeners hear each step once.
    if (bytesUploaded === this.lastReported) return;
    this.lastReported = bytesUploaded;
    this.progress = { bytesUploaded, bytesTotal, fraction: bytesTotal === 0 ? 1 : bytesUploaded / bytesTotal };
    this.target.onProgress?.(this.progress);
    this.dispatchEvent(new CustomEvent<UploadProgress>('progress', { detail: this.progress }));
  }

  private fail(error: unknown): void {
    if (this.state === 'paused' || this.state === 'aborted') return;
    this.freeSlot();
    this.setState('failed');
    this.rejectDone(toPortalError(error));
  }

  private freeSlot(): void {
    this.release?.();
    this.release = undefined;
  }

  private setState(state: UploadState): void {
    if (this.state === state) return;
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

/** What every task of one uploader shares (made by {@link createUploader}). */
export interface UploadTaskSetup {
  /** The tus endpoint. */
  endpoint: string;
  /** Bytes per PATCH and per hashing step. */
  chunkSize: number;
  /** tus retry delays. */
  retryDelays: number[];
  /** The parallel-upload limit. */
  limiter: Limiter;
  /** Where unfinished uploads are remembered. */
  urlStorage: ReturnType<typeof resolveUrlStorage>;
  /** Reads Blobs one slice at a time. */
  fileReader: BlobFileReader;
  /** tus over fetch, through the auth middleware. */
  httpStack: FetchHttpStack;
}

function toPortalError(error: unknown): PortalError {
  if (isPortalError(error)) return error;
  const detailed = error as Partial<DetailedError>;
  if (isPortalError(detailed.causingError)) return detailed.causingError;
  const response = detailed.originalResponse;
  const request = detailed.originalRequest;
  if (response) {
    const status = response.getStatus();
    return errorFromResponse(
      new Response(null, { status: status >= 200 && status <= 599 ? status : 500 }),
      response.getBody(),
      request ? { method: request.getMethod(), url: request.getURL() } : undefined,
    );
  }
  return new PortalError({
    status: 0, code: 'network', title: 'Upload failed',
    detail: error instanceof Error ? error.message : String(error), cause: error,
  });
}

/** Starts resumable uploads; see {@link createUploader}. */
export interface Uploader {
  /**
   * Hashes the file (one chunk at a time) and uploads it for a dossier
   * component. If an unfinished upload of the same file for the same component
   * is remembered (pause, failure, page reload), it continues from the
   * server's offset instead of starting over.
   *
   * @param file - a File or Blob
   * @param target - the dossier and component it belongs to
   */
  upload(file: Blob, target: UploadTarget): UploadTask;
  /** The tus endpoint in use. */
  readonly endpoint: string;
}

/**
 * Creates an uploader for the portal's tus endpoint: resumable, chunked,
 * integrity-checked (SHA-256 in the metadata), at most `maxParallel` at once.
 *
 * @example
 * const uploader = createUploader({ baseUrl, auth: session });
 * const task = uploader.upload(file, { dossierId: draft.id, componentId: 'c1' });
 * task.addEventListener('progress', (e) => console.log((e as CustomEvent).detail.fraction));
 * const { uploadId } = await task.done;
 * await client.dossiers.attach(draft.id, { componentId: 'c1', uploadId });
 */
export function createUploader(options: UploaderOptions): Uploader {
  const fetchFn: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const steps: FetchMiddleware[] = [...(options.middleware ?? [])];
  if (options.locale) steps.push(localeMiddleware(options.locale));
  if (options.auth) steps.push(authMiddleware(options.auth));
  const pipeline = composeMiddleware(steps, transport(fetchFn));
  const endpoint = `${apiBaseUrl(options.baseUrl)}/uploads`;
  const setup: UploadTaskSetup = {
    endpoint,
    chunkSize: Math.max(1, options.chunkSize ?? DEFAULT_CHUNK_SIZE),
    retryDelays: options.retryDelays ?? [0, 1000, 3000, 5000, 10000],
    limiter: new Limiter(options.maxParallel ?? 2),
    urlStorage: resolveUrlStorage(options.storage),
    fileReader: new BlobFileReader(),
    httpStack: new FetchHttpStack(((input: RequestInfo | URL, init?: RequestInit) => pipeline(new Request(input, init))) as typeof fetch),
  };
  return {
    endpoint,
    upload(file, target) {
      const task = new UploadTask(file, target, setup);
      void task.run();
      return task;
    },
  };
}
