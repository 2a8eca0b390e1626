import {
  FormCheckSchema,
  FormDefinitionSchema,
  FormListSchema,
  type FormCheck,
  type FormDefinition,
  type FormList,
} from '@dvc-kit/spec';
import type { PortalClient } from '../client.js';
import { settle, type CallOptions } from '../core/call.js';

/**
 * Online application forms. Check answers in the page with `checkForm()` from
 * `@dvc-kit/spec/forms` (the same code the portal runs), and save them as the applicant goes.
 */
export interface FormsApi {
  /** The procedures that have an online form (code, form id, version, title). */
  list(options?: CallOptions): Promise<FormList>;
  /**
   * A procedure's form definition (`schema` and `layout`); `form_not_found` when the procedure
   * has none and keeps the file-only flow.
   * @param procedureCode - e.g. `1.001193`
   */
  get(procedureCode: string, options?: CallOptions): Promise<FormDefinition>;
  /**
   * Saves a draft's answers, complete or not, and answers what is still missing or wrong
   * (`errors`, each with a JSON Pointer, a stable code and a vi/en message).
   * @param dossierRef - dossier id or code
   * @param data - the answers so far
   */
  save(dossierRef: string, data: Record<string, unknown>, options?: CallOptions): Promise<FormCheck>;
}

/**
 * The forms calls over a portal client's pipeline (auth, retries, timeouts), with each answer
 * checked against the contract. A separate entry from `createPortalClient()` so that only pages
 * with a form download these schemas.
 *
 * @param client - a client from `createPortalClient()` (only its `raw` client is used)
 * @example
 * const forms = formsApi(client);
 * const definition = await forms.get('1.001193');
 */
export function formsApi({ raw }: Pick<PortalClient, 'raw'>): FormsApi {
  return {
    list: (options = {}) => settle('GET /forms', raw.GET('/forms', { signal: options.signal }), FormListSchema),
    get: (procedureCode, options = {}) =>
      settle(
        'GET /procedures/{code}/form',
        raw.GET('/procedures/{code}/form', { params: { path: { code: procedureCode } }, signal: options.signal }),
        FormDefinitionSchema,
      ),
    save: (dossierRef, data, options = {}) =>
      settle(
        'PUT /dossiers/{ref}/form',
        raw.PUT('/dossiers/{ref}/form', { params: { path: { ref: dossierRef } }, body: { data }, signal: options.signal }),
        FormCheckSchema,
      ),
  };
}
