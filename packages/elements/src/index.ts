/**
 * @dvc-kit/elements: Lit web components for the national public-service portal.
 *
 * This entry exports classes, helpers and types only: importing it defines no
 * tag. Register elements with `@dvc-kit/elements/all` or one at a time with
 * `@dvc-kit/elements/<name>` (e.g. `@dvc-kit/elements/search`).
 *
 * @packageDocumentation
 */
export { DvcElement, DvcBaseElement } from './base/dvc-element.js';
export { defineElement } from './base/define.js';
export type { DvcEventMap, DvcEventName, DvcCustomEventMap, AuthErrorCode, SearchFilters } from './base/events.js';
export * from './context/index.js';
export { classifyFailure, failureCode, type FailureKind } from './controllers/failure.js';
export type { FormSubmission, FormRestoreMode } from './controllers/form-value.js';
export * from './i18n/index.js';
export { tokens, baseStyles, toTheme, type Theme } from './theme/tokens.js';
export { DvcLogin } from './login/dvc-login.component.js';
export { DvcProcedureSearch } from './procedure-search/dvc-procedure-search.component.js';
export { DvcProcedureDetail } from './procedure-detail/dvc-procedure-detail.component.js';
export { DvcDossierUpload } from './dossier-upload/dvc-dossier-upload.component.js';
export { DvcDossierStatus } from './dossier-status/dvc-dossier-status.component.js';
export { DvcPayment } from './payment/dvc-payment.component.js';
export { DvcDateInput } from './date-input/dvc-date-input.component.js';
export { DvcIdNumberInput } from './id-number-input/dvc-id-number-input.component.js';
export { DvcPhoneInput } from './phone-input/dvc-phone-input.component.js';
export { DvcAddressInput } from './address-input/dvc-address-input.component.js';
export { DvcDossierForm } from './dossier-form/dvc-dossier-form.component.js';
export type { FormProblem } from './dossier-form/error-map.js';
export type { IdNumberMode } from './id-number-input/id-number-check.js';
export type { AddressValue } from './address-input/address-value.js';
export type { UploadsApi, UploadTask, UploadRequest, ElementUploadOptions } from './dossier/dossier-api.js';
export type { UploadProgressState } from './dossier/events.js';
export { MAX_FILES_PER_COMPONENT } from './dossier/file-check.js';
