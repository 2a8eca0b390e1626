import type { PortalClient } from '../client.js';
import type { CallOptions } from '../core/call.js';
import { errorFromResponse, PortalError } from '../errors.js';

/**
 * A submitted dossier's filled form as a PDF, through the client's pipeline: the request
 * carries the signed-in person's token, which a plain link cannot (tokens stay in memory,
 * never in cookies or storage), so pages fetch the file and hand the person a `blob:` URL.
 * Rejects with `invalid_state_transition` for a draft, `form_not_found` for a dossier without
 * a form, and `invalid_response` for an answer that is not a PDF.
 *
 * @param client - a client from `createPortalClient()` (only its `raw` client is used)
 * @param dossierRef - dossier id or code
 * @example
 * const pdf = await formPdf(client, dossier.code);
 * window.open(URL.createObjectURL(pdf));
 */
export async function formPdf({ raw }: Pick<PortalClient, 'raw'>, dossierRef: string, options: CallOptions = {}): Promise<Blob> {
  const path = '/dossiers/{ref}/form.pdf';
  const { data, error, response } = await raw.GET(path, {
    params: { path: { ref: dossierRef } },
    parseAs: 'blob',
    signal: options.signal,
  });
  if (!response.ok) throw errorFromResponse(response, error, { method: 'GET', url: new URL(path, 'http://portal').href });
  const type = response.headers.get('content-type') ?? '';
  if (!(data instanceof Blob) || !type.startsWith('application/pdf')) {
    throw new PortalError({
      status: response.status, code: 'invalid_response', title: 'Invalid response',
      detail: `GET ${path} answered ${type || 'no content type'}, not a PDF`, method: 'GET', path,
    });
  }
  return data.type ? data : new Blob([data], { type: 'application/pdf' });
}
