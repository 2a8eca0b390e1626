/**
 * `@dvc-kit/client`: a typed, validated client for the national public-service
 * portal API. Sign-in, uploads and text helpers are separate entry points
 * (`@dvc-kit/client/auth`, `/uploads`, `/text`; `/bff` for Node backends).
 *
 * @packageDocumentation
 */
export { createPortalClient } from './client.js';
export { apiBaseUrl } from './core/base-url.js';
export type { PortalClient, PortalClientOptions } from './client.js';
export { PortalError, isPortalError, errorFromResponse } from './errors.js';
export type { PortalErrorCode, PortalErrorInit, FieldError } from './errors.js';
export type { CallOptions, RawPortalClient } from './core/call.js';
export type { AccessTokenProvider, AuthOption } from './core/auth-header.js';
export type { FetchMiddleware, Next } from './core/middleware.js';
export type { RetryOptions } from './core/retry.js';
export { iteratePages } from './pagination.js';
export type { PageInfo } from './pagination.js';
export type { ProcedureQuery, ProceduresResource, AgenciesResource, FieldsResource } from './resources/procedures.js';
export type { MyDossiersQuery, DossiersResource, PaymentsResource, MeResource } from './resources/dossiers.js';
export type {
  Agency, AgencyList, Applicant, AttachedFile, ComponentFiles, CreateDossierRequest, CreatePaymentRequest,
  Dossier, DossierEvent, DossierList, DossierStatus, Field, FieldList, Level, Me, OnlineLevel, Payment,
  Procedure, ProcedureSearchResult, ProcedureSummary, SupplementRequest, DossierForm,
} from '@dvc-kit/spec';
