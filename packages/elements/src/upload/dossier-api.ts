/**
 * What the dossier, status and payment elements need from the portal.
 *
 * These parts join `PortalApi` by module augmentation, so `<dvc-provider>`
 * and `configure()` carry them like the catalog part. `createDossierApis()`
 * (./dossier-api-adapter.ts) builds them over `@dvc-kit/client`; tests and
 * Storybook hand in the fake portal's.
 */
import type {
  Applicant,
  AttachmentRef,
  ChannelKind,
  Dossier,
  DossierList,
  DossierStatus,
  Payment,
} from '@dvc-kit/spec';
import type { CallOptions } from '../context/portal-api.js';

export type { Applicant, AttachmentRef, Dossier, DossierList, DossierStatus, Payment };

/** Options of calls that create something: the key makes a retried call create it once only. */
export interface IdempotentCallOptions extends CallOptions {
  idempotencyKey: string;
}

export interface CreateDossierBody {
  procedureCode: string;
  caseId?: string;
  applicant?: Applicant;
  channel?: ChannelKind;
}

/** Dossier calls; every one needs a signed-in session and reaches only the person's own dossiers. */
export interface DossiersApi {
  create(body: CreateDossierBody, options: IdempotentCallOptions): Promise<Dossier>;
  /** `ref` is the dossier's id (uuid) or its code. */
  get(ref: string, options?: CallOptions): Promise<Dossier>;
  list(query?: { status?: DossierStatus; page?: number; pageSize?: number }, options?: CallOptions): Promise<DossierList>;
  /** Draft only. */
  update(ref: string, body: { caseId?: string; applicant?: Applicant }, options?: CallOptions): Promise<Dossier>;
  attach(ref: string, body: AttachmentRef, options?: CallOptions): Promise<Dossier>;
  detach(ref: string, uploadId: string, options?: CallOptions): Promise<Dossier>;
  submit(ref: string, options: IdempotentCallOptions): Promise<Dossier>;
  respondToSupplement(
    ref: string,
    requestId: string,
    body: { attachments: AttachmentRef[]; note?: string },
    options?: CallOptions,
  ): Promise<Dossier>;
}

export interface PaymentsApi {
  create(body: { dossierId: string; returnUrl?: string }, options: IdempotentCallOptions): Promise<Payment>;
  get(id: string, options?: CallOptions): Promise<Payment>;
}

/** One file to send (tus). */
export interface UploadRequest {
  file: Blob;
  fileName: string;
  /** The type the page sniffed from the bytes (the server checks again). */
  contentType: string;
  dossierId: string;
  componentId: string;
  /** Progress in bytes, called at least at every chunk. */
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
  /**
   * Starts (or resumes, when the same file was partly sent before, even in an
   * earlier page load) an upload.
   */
  start(request: UploadRequest): UploadTask;
}

declare module '../context/portal-api.js' {
  interface PortalApi {
    dossiers?: DossiersApi;
    payments?: PaymentsApi;
    uploads?: UploadsApi;
  }
}

/** A fresh idempotency key (one per user intention, reused on retries of that intention). */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

/** The stable `code` of any thrown value ('network_error' for plain failures without one). */
export function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    if ((error as { name?: unknown }).name === 'AbortError') return 'aborted';
  }
  return 'network_error';
}
