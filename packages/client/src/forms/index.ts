/**
 * `@dvc-kit/client/forms`: online application forms and the administrative units their
 * address inputs need. Each function takes a client from `createPortalClient()`; kept out of
 * the core entry so that the schemas of forms weigh only on the pages that show one.
 *
 * @packageDocumentation
 */
export { formsApi } from './forms-api.js';
export type { FormsApi } from './forms-api.js';
export { administrativeUnitsApi } from './administrative-units-api.js';
export type { AdministrativeUnitsApi } from './administrative-units-api.js';
export { formErrorsOf } from './form-errors.js';
export { formPdf } from './form-pdf.js';
export type { FormFieldError } from './form-errors.js';
export type {
  Commune, Province, ProvinceDetail, ProvinceList,
  DossierForm, FormCheck, FormDefinition, FormError, FormField, FormInput, FormLayout, FormList, FormSection, FormSummary,
} from '@dvc-kit/spec';
