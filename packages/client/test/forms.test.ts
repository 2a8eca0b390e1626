import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPortalClient, isPortalError } from '@dvc-kit/client';
import { formErrorsOf, formPdf, formsApi } from '@dvc-kit/client/forms';
import { fakeFetch, json, problem } from './helpers/fake-fetch.js';

const BASE = 'http://portal.test';
const check = {
  form: { id: 'to-khai-dang-ky-khai-sinh', version: 1, data: { child: { fullName: 'Nguyễn Minh Khang' } } },
  complete: false,
  errors: [{ pointer: '/child/birthDate', code: 'required', message: { vi: 'Vui lòng nhập mục này.', en: 'Enter this answer.' } }],
};

test('formsApi(client).save PUTs the answers to the dossier and returns what is missing', async () => {
  const fake = fakeFetch(() => json(check));
  const forms = formsApi(createPortalClient({ baseUrl: BASE, fetch: fake.fetch, retry: false }));
  const result = await forms.save('000.00.00.H56-261122-0042', { child: { fullName: 'Nguyễn Minh Khang' } });
  assert.equal(result.complete, false);
  assert.equal(result.errors[0]?.pointer, '/child/birthDate');
  assert.equal(fake.calls[0]?.method, 'PUT');
  assert.equal(new URL(fake.calls[0]?.url ?? '').pathname, '/api/v1/dossiers/000.00.00.H56-261122-0042/form');
  assert.deepEqual(JSON.parse(fake.calls[0]?.body ?? ''), { data: { child: { fullName: 'Nguyễn Minh Khang' } } });
});

test('formErrorsOf() reads a refused submit\'s form errors; a procedure without a form is form_not_found', async () => {
  const errors = [{ pointer: '/mother/idNumber', code: 'id_number_province', message: { vi: 'Sai mã tỉnh.', en: 'Wrong province code.' } }];
  const client = createPortalClient({
    baseUrl: BASE, retry: false,
    fetch: fakeFetch(() => problem(422, 'form_invalid', { errors }), () => problem(404, 'form_not_found')).fetch,
  });
  await assert.rejects(client.dossiers.submit('3f1c2a9e-7b4d-4c1a-9f2e-5d8b6a7c0e41'), (error: unknown) => {
    assert.ok(isPortalError(error, 'form_invalid'));
    assert.deepEqual(formErrorsOf(error), errors);
    return true;
  });
  await assert.rejects(formsApi(client).get('1.000656'), (error: unknown) => isPortalError(error, 'form_not_found'));
});

test('formPdf() fetches a submitted dossier\'s PDF with the token; a draft, a dossier without a form and a non-PDF answer are errors', async () => {
  const pdfBytes = new TextEncoder().encode('%PDF-1.7 test');
  const fake = fakeFetch(
    () => new Response(pdfBytes, { status: 200, headers: { 'content-type': 'application/pdf' } }),
    () => problem(409, 'invalid_state_transition'),
    () => problem(404, 'form_not_found'),
    () => new Response('<html></html>', { status: 200, headers: { 'content-type': 'text/html' } }),
  );
  const client = createPortalClient({ baseUrl: BASE, fetch: fake.fetch, retry: false, auth: { getAccessToken: async () => 'token-an' } });
  const pdf = await formPdf(client, '000.00.00.H56-261122-0042');
  assert.equal(pdf.type, 'application/pdf');
  assert.equal(new TextDecoder().decode(new Uint8Array(await pdf.arrayBuffer())), '%PDF-1.7 test');
  assert.equal(new URL(fake.calls[0]?.url ?? '').pathname, '/api/v1/dossiers/000.00.00.H56-261122-0042/form.pdf');
  assert.equal(fake.calls[0]?.headers.get('authorization'), 'Bearer token-an');
  await assert.rejects(formPdf(client, 'draft-id'), (error: unknown) => isPortalError(error, 'invalid_state_transition'));
  await assert.rejects(formPdf(client, 'file-only'), (error: unknown) => isPortalError(error, 'form_not_found'));
  await assert.rejects(formPdf(client, 'odd'), (error: unknown) => isPortalError(error, 'invalid_response'));
});
