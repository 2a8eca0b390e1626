/**
 * @dvc-kit/react: the dvc-kit web components as React components (made with `@lit/react`).
 *
 * Each component registers its custom element when its module loads, takes the element's
 * properties as props (objects and functions too, e.g. `client`), and turns every `dvc-`
 * event into a typed callback prop: `dvc-procedure-select` -> `onDvcProcedureSelect`.
 *
 * ```tsx
 * import { DvcProcedureSearch } from '@dvc-kit/react';
 *
 * <DvcProcedureSearch apiBase="/api/v1" onDvcProcedureSelect={(e) => start(e.detail.code)} />
 * ```
 *
 * @packageDocumentation
 */
export { DvcProvider } from './dvc-provider.js';
export { DvcLogin } from './dvc-login.js';
export { DvcProcedureSearch } from './dvc-procedure-search.js';
export { DvcProcedureDetail } from './dvc-procedure-detail.js';
export { DvcDossierUpload } from './dvc-dossier-upload.js';
export { DvcDossierStatus } from './dvc-dossier-status.js';
export { DvcPayment } from './dvc-payment.js';
export { dvcEvent } from './events.js';
