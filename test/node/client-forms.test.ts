// The client against a running sandbox for online forms: the administrative units (cacheable),
// form definitions, saving a draft's answers, the same errors from checkForm() in the page as
// from the server, and submit refusing an invalid form with typed form errors.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createPortalClient, isPortalError, type Dossier, type PortalClient } from '@dvc-kit/client';
import { administrativeUnitsApi, formErrorsOf, formsApi, type AdministrativeUnitsApi, type FormsApi } from '@dvc-kit/client/forms';
import { createUploader } from '@dvc-kit/client/uploads';
import { checkForm } from '@dvc-kit/spec/forms';
import { accessTokenFor, pdfBlob, startTestSandbox, type TestSandbox } from './client-support.js';

let sandbox: TestSandbox;
let client: PortalClient;
let token: string;
let forms: FormsApi;
let units: AdministrativeUnitsApi;

before(async () => {
  sandbox = await startTestSandbox();
  token = await accessTokenFor(sandbox.url, 'citizen-an');
  client = createPortalClient({ baseUrl: sandbox.url, auth: () => token, locale: 'vi' });
  forms = formsApi(client);
  units = administrativeUnitsApi(client);
});
after(async () => {
  await sandbox?.close();
});

/** A small PDF on each required component, so the form is the only thing left to refuse. */
async function attachRequired(draft: Dossier): Promise<void> {
  const uploader = createUploader({ baseUrl: sandbox.url, auth: () => token, chunkSize: 64 * 1024, storage: 'memory' });
  for (const [i, component] of draft.components.filter((c) => c.required).entries()) {
    const { uploadId } = await uploader.upload(pdfBlob(4096, i + 1), { dossierId: draft.id, componentId: component.componentId }).done;
    await client.dossiers.attach(draft.id, { componentId: component.componentId, uploadId });
  }
}

describe('administrative units', () => {
  test('provinces() lists 34 without communes; province(code) brings its communes; unknown is typed', async () => {
    const { items, effective } = await units.provinces();
    assert.equal(effective, '2025-07-01');
    assert.equal(items.length, 34);
    const thanhHoa = await units.province('38');
    assert.equal(thanhHoa.name, 'Tỉnh Thanh Hóa');
    assert.equal(thanhHoa.communes.length, 166);
    await assert.rejects(units.province('63'), (error: unknown) => isPortalError(error, 'administrative_unit_not_found'));
  });
});

describe('forms', () => {
  test('list and get the definitions; a procedure without a form is form_not_found', async () => {
    const { items } = await forms.list();
    assert.ok(items.some((f) => f.procedureCode === '1.001193' && f.id === 'to-khai-dang-ky-khai-sinh'));
    const marriage = await forms.get('1.000894');
    assert.deepEqual(marriage.layout.sections.map((s) => s.id), ['bride', 'groom', 'declaration']);
    await assert.rejects(forms.get('1.000656'), (error: unknown) => isPortalError(error, 'form_not_found'));
  });

  test('the page and the server find the same errors with the same code', async () => {
    const definition = await forms.get('1.001193');
    const draft = await client.dossiers.create({ procedureCode: '1.001193' });
    const answers = {
      child: { fullName: 'Nguyễn Minh Khang', birthDate: '2099-01-01', sex: 'male' },
      mother: { fullName: 'Lê Thị Hoa', birthDate: '1990-05-14', idNumber: '038191001234' },
    };
    const inPage = checkForm(definition.schema, answers);
    const saved = await forms.save(draft.id, answers);
    assert.deepEqual(saved.errors, inPage);
    const codes = Object.fromEntries(saved.errors.map((e) => [e.pointer, e.code]));
    assert.equal(codes['/child/birthDate'], 'date_in_future');
    assert.equal(codes['/mother/idNumber'], 'id_number_birth_year');
  });

  test('submit refuses an invalid form with typed form errors, then takes the corrected one', async () => {
    const draft = await client.dossiers.create({ procedureCode: '1.000894' });
    const definition = await forms.get('1.000894');
    const answers = structuredClone((definition.schema.examples as Record<string, Record<string, unknown>>[])[0]!);
    (answers.groom as Record<string, unknown>).idNumber = '001196005566'; // a woman's number
    await forms.save(draft.id, answers);
    await attachRequired(draft);
    await assert.rejects(client.dossiers.submit(draft.id), (error: unknown) => {
      assert.ok(isPortalError(error, 'form_invalid'));
      const errors = formErrorsOf(error);
      assert.deepEqual(errors.map((e) => [e.pointer, e.code]), [['/groom/idNumber', 'id_number_sex']]);
      assert.ok(errors[0]?.message.vi && errors[0]?.message.en);
      return true;
    });
    (answers.groom as Record<string, unknown>).idNumber = '001096005566';
    assert.equal((await forms.save(draft.id, answers)).complete, true);
    assert.equal((await client.dossiers.submit(draft.id)).status, 'submitted');
  });
});
