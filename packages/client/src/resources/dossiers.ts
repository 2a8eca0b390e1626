import {
  DossierListSchema,
  DossierSchema,
  MeSchema,
  PaymentSchema,
  type AttachmentRef,
  type CreateDossierRequest,
  type CreatePaymentRequest,
  type Dossier,
  type DossierList,
  type Me,
  type operations,
  type Payment,
  type SupplementResponseRequest,
  type UpdateDossierRequest,
} from '@dvc-kit/spec';
import { idempotencyKey, settle, type CallOptions, type ResourceContext } from '../core/call.js';
import { iteratePages } from '../pagination.js';

/** Filters and paging of `GET /dossiers`. */
export type MyDossiersQuery = NonNullable<operations['listMyDossiers']['parameters']['query']>;

/** The signed-in applicant's dossiers (hồ sơ). Every method needs `auth`. */
export interface DossiersResource {
  /**
   * Starts a draft. Sends an `Idempotency-Key` (one per call, reused by its
   * retries), so a retried create never makes two dossiers.
   * @param body - `procedureCode`, optional `caseId`, `applicant`, `channel`
   */
  create(body: CreateDossierRequest, options?: CallOptions): Promise<Dossier>;
  /**
   * One dossier by id (uuid) or dossier code.
   * @param ref - id or code
   */
  get(ref: string, options?: CallOptions): Promise<Dossier>;
  /** Changes a draft's case or applicant. */
  update(ref: string, body: UpdateDossierRequest, options?: CallOptions): Promise<Dossier>;
  /**
   * Attaches a completed upload (see `@dvc-kit/client/uploads`) to a component of a draft.
   * @param attachment - `componentId` and `uploadId`
   */
  attach(ref: string, attachment: AttachmentRef, options?: CallOptions): Promise<Dossier>;
  /** Removes a file from a draft. */
  detach(ref: string, uploadId: string, options?: CallOptions): Promise<Dossier>;
  /**
   * Submits a draft; the dossier gets its code. Idempotent like `create`.
   * Fails with `missing_required_components` (see `fieldErrors`) when a required component has no file.
   */
  submit(ref: string, options?: CallOptions): Promise<Dossier>;
  /**
   * Asks to withdraw a dossier.
   * @param body - `reason`
   */
  withdraw(ref: string, body: { reason: string }, options?: CallOptions): Promise<Dossier>;
  /** Answers a supplement request with new attachments. */
  respondToSupplement(ref: string, requestId: string, body: SupplementResponseRequest, options?: CallOptions): Promise<Dossier>;
  /** One page of the applicant's own dossiers, newest first. */
  mine(query?: MyDossiersQuery, options?: CallOptions): Promise<DossierList>;
  /** Walks all pages of {@link DossiersResource.mine} lazily. */
  iterateMine(query?: Omit<MyDossiersQuery, 'page'>, options?: CallOptions): AsyncGenerator<DossierList, void, undefined>;
}

/** Fee payments. */
export interface PaymentsResource {
  /**
   * Starts paying a dossier awaiting payment; send the browser to `redirectUrl`.
   * Idempotent like `dossiers.create`.
   */
  initiate(body: CreatePaymentRequest, options?: CallOptions): Promise<Payment>;
  /** Reads a payment: confirm the result here, never from the redirect alone. */
  get(id: string, options?: CallOptions): Promise<Payment>;
}

/** The signed-in account. */
export interface MeResource {
  /** Who is signed in, from the e-ID claims; `unauthenticated` without a session. */
  get(options?: CallOptions): Promise<Me>;
}

/** @internal */
export function dossiersResource({ raw }: ResourceContext): DossiersResource {
  const path = (ref: string) => ({ path: { ref } });
  const mine = (query: MyDossiersQuery = {}, options: CallOptions = {}) =>
    settle('GET /dossiers', raw.GET('/dossiers', { params: { query }, signal: options.signal }), DossierListSchema);
  return {
    create: (body, options = {}) =>
      settle(
        'POST /dossiers',
        raw.POST('/dossiers', {
          params: { header: { 'Idempotency-Key': idempotencyKey(options.idempotencyKey) } },
          body,
          signal: options.signal,
        }),
        DossierSchema,
      ),
    get: (ref, options = {}) =>
      settle('GET /dossiers/{ref}', raw.GET('/dossiers/{ref}', { params: path(ref), signal: options.signal }), DossierSchema),
    update: (ref, body, options = {}) =>
      settle(
        'PATCH /dossiers/{ref}',
        raw.PATCH('/dossiers/{ref}', { params: path(ref), body, signal: options.signal }),
        DossierSchema,
      ),
    attach: (ref, attachment, options = {}) =>
      settle(
        'POST /dossiers/{ref}/attachments',
        raw.POST('/dossiers/{ref}/attachments', { params: path(ref), body: attachment, signal: options.signal }),
        DossierSchema,
      ),
    detach: (ref, uploadId, options = {}) =>
      settle(
        'DELETE /dossiers/{ref}/attachments/{uploadId}',
        raw.DELETE('/dossiers/{ref}/attachments/{uploadId}', {
          params: { path: { ref, uploadId } },
          signal: options.signal,
        }),
        DossierSchema,
      ),
    submit: (ref, options = {}) =>
      settle(
        'POST /dossiers/{ref}/submit',
        raw.POST('/dossiers/{ref}/submit', {
          params: { path: { ref }, header: { 'Idempotency-Key': idempotencyKey(options.idempotencyKey) } },
          signal: options.signal,
        }),
        DossierSchema,
      ),
    withdraw: (ref, body, options = {}) =>
      settle(
        'POST /dossiers/{ref}/withdraw',
        raw.POST('/dossiers/{ref}/withdraw', { params: path(ref), body, signal: options.signal }),
        DossierSchema,
      ),
    respondToSupplement: (ref, requestId, body, options = {}) =>
      settle(
        'POST /dossiers/{ref}/supplements/{requestId}/response',
        raw.POST('/dossiers/{ref}/supplements/{requestId}/response', {
          params: { path: { ref, requestId } },
          body,
          signal: options.signal,
        }),
        DossierSchema,
      ),
    mine,
    iterateMine: (query = {}, options = {}) => iteratePages((page) => mine({ ...query, page }, options)),
  };
}

/** @internal */
export function paymentsResource({ raw }: ResourceContext): PaymentsResource {
  return {
    initiate: (body, options = {}) =>
      settle(
        'POST /payments',
        raw.POST('/payments', {
          params: { header: { 'Idempotency-Key': idempotencyKey(options.idempotencyKey) } },
          body,
          signal: options.signal,
        }),
        PaymentSchema,
      ),
    get: (id, options = {}) =>
      settle('GET /payments/{id}', raw.GET('/payments/{id}', { params: { path: { id } }, signal: options.signal }), PaymentSchema),
  };
}

/** @internal */
export function meResource({ raw }: ResourceContext): MeResource {
  return { get: (options = {}) => settle('GET /me', raw.GET('/me', { signal: options.signal }), MeSchema) };
}
