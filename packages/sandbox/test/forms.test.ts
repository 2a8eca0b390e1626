/**
 * Online forms in the sandbox: the five seed forms (fit to publish, present with the seed and
 * with the imported real catalog), the public routes, saving a draft's answers (partial allowed,
 * kept across restarts on PGlite and PostgreSQL), and submit refusing an invalid form always and a
 * missing one with `requireForms`.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Dossier, FormCheck, FormDefinition, FormList } from '@dvc-kit/spec';
import { lintFormDefinition } from '@dvc-kit/spec/forms';
import { loadSeed } from '../src/catalog/import.js';
import { TEST_ACCOUNTS } from '../src/auth/accounts.js';
import { addressErrors } from '../src/forms/address-check.js';
import { formDefinitions } from '../src/forms/definitions.js';
import { call, expectProblem, startTestSandbox, type TestSandbox } from './helpers/dossier-api.js';
import { attachRequired, createDraft, exampleAnswers, sandboxWithAn, saveForm } from './helpers/forms.js';
import { freshPostgres } from './helpers/postgres.js';
import { signIn } from './helpers/sign-in.js';

const FORM_CODES = ['1.000894', '1.001193', '1.001612', '1.004222', '1.013225'];
const BIRTH = '1.001193';
const realCatalog = join(resolve(dirname(fileURLToPath(import.meta.url)), '../../..'), '../shared/data/procedures-national.jsonl');

interface FormProblem { code: string; errors?: { pointer: string; code: string; message: { vi: string; en: string } }[] }

describe('seed forms', () => {
  it('are five, each fit to publish (layout matches schema, example complete and valid)', () => {
    assert.deepEqual([...formDefinitions().keys()].sort(), FORM_CODES);
    for (const form of formDefinitions().values()) assert.deepEqual(lintFormDefinition(form), [], form.procedureCode);
  });

  it('prefill the applicant\'s questions from the e-ID, and a prefill that does not fit its widget is refused', () => {
    const birth = formDefinitions().get(BIRTH);
    assert.ok(birth);
    const prefilled = birth.layout.sections.flatMap((s) => s.fields).filter((f) => f.prefill).map((f) => `${f.pointer}=${f.prefill ?? ''}`);
    assert.deepEqual(prefilled, [
      '/applicant/fullName=fullName', '/applicant/birthDate=birthDate', '/applicant/idNumber=idNumber',
      '/applicant/address=address', '/applicant/phone=phone', '/applicant/email=email',
    ]);
    const broken = structuredClone(birth);
    const name = broken.layout.sections[0]?.fields[0];
    assert.ok(name);
    name.prefill = 'birthDate';
    assert.deepEqual(lintFormDefinition(broken), ['layout.sections[0].fields[0]: prefill birthDate fits widget date, not text']);
  });

  it('prefill from test accounts whose places of residence are real 2025 units (the address check passes them)', () => {
    const citizens = TEST_ACCOUNTS.filter((a) => a.accountType === 'citizen');
    assert.ok(citizens.length >= 3);
    for (const account of citizens) {
      assert.ok(account.address, `${account.sub} has no place of residence`);
      assert.deepEqual(addressErrors(account.address), [], account.sub);
    }
    assert.equal(addressErrors({ ...citizens[0]?.address, communeCode: '26740' })[0]?.code, 'address_unit');
  });

  it('belong to procedures of the seed catalog and of the real national catalog, from four ministries', async () => {
    const seed = new Map((await loadSeed()).procedures.map((p) => [p.code, p]));
    for (const code of FORM_CODES) assert.ok(seed.has(code), `seed lacks ${code}`);
    assert.ok(existsSync(realCatalog), realCatalog);
    const ministries = new Map<string, string>();
    for (const line of readFileSync(realCatalog, 'utf8').split('\n')) {
      const match = /"code":\s*"([0-9.]+)"/.exec(line);
      if (match && FORM_CODES.includes(match[1] ?? '')) ministries.set(match[1] ?? '', /"ministry_slug":\s*"([^"]+)"/.exec(line)?.[1] ?? '');
    }
    assert.deepEqual([...ministries.keys()].sort(), FORM_CODES);
    assert.deepEqual(new Set(ministries.values()), new Set(['bo-tu-phap', 'bo-cong-an', 'bo-tai-chinh', 'bo-xay-dung']));
  });
});

describe('forms API', () => {
  const sb = sandboxWithAn({ requireForms: true });
  let binh: string;
  before(async () => {
    binh = (await signIn(sb.url, 'citizen-binh')).accessToken;
  });

  it('lists the forms and serves each definition; a procedure without a form is form_not_found', async () => {
    const list = await call<FormList>(sb.url, null, 'GET', '/forms');
    assert.deepEqual(list.body.items.map((f) => f.procedureCode), FORM_CODES);
    const birth = await call<FormDefinition>(sb.url, null, 'GET', `/procedures/${BIRTH}/form`);
    assert.equal(birth.status, 200);
    assert.equal(birth.body.title.vi, 'Tờ khai đăng ký khai sinh');
    assert.deepEqual(birth.body.layout.sections.map((s) => s.id), ['applicant', 'child', 'mother', 'father-declared', 'father', 'copies']);
    expectProblem(await call(sb.url, null, 'GET', '/procedures/1.000656/form'), 404, 'form_not_found');
    expectProblem(await call(sb.url, null, 'GET', '/procedures/9.999999/form'), 404, 'procedure_not_found');
  });

  it('saves partial answers of a draft and says what is still missing or wrong', async () => {
    const draft = await createDraft(sb.url, sb.an, BIRTH);
    assert.deepEqual(draft.form, { id: 'to-khai-dang-ky-khai-sinh', version: 1, data: {} });
    const partial = await saveForm(sb.url, sb.an, draft.id, {
      child: { fullName: 'Nguyễn Minh Khang', birthDate: '2099-01-01', sex: 'male' },
      mother: { fullName: 'Lê Thị Hoa', idNumber: '003190001234' },
    });
    assert.equal(partial.status, 200);
    assert.equal(partial.body.complete, false);
    const codes = Object.fromEntries(partial.body.errors.map((e) => [e.pointer, e.code]));
    assert.equal(codes['/child/birthDate'], 'date_in_future');
    assert.equal(codes['/mother/idNumber'], 'id_number_province');
    assert.equal(codes['/applicant'], 'required');
    assert.equal(codes['/child/birthPlace'], 'required');
    const read = await call<Dossier>(sb.url, sb.an, 'GET', `/dossiers/${draft.id}`);
    assert.equal((read.body.form?.data.child as { fullName: string }).fullName, 'Nguyễn Minh Khang');

    const full = await saveForm(sb.url, sb.an, draft.id, exampleAnswers(BIRTH));
    assert.deepEqual([full.body.complete, full.body.errors], [true, []]);
  });

  it('with requireForms, refuses to submit a missing or invalid form with pointers, whatever the client sends; submits a valid one', async () => {
    const draft = await createDraft(sb.url, sb.an, BIRTH);
    await attachRequired(sb.url, sb.an, draft);
    const empty = expectProblem(await call(sb.url, sb.an, 'POST', `/dossiers/${draft.id}/submit`, { key: randomUUID() }), 422, 'form_invalid') as FormProblem;
    assert.ok(empty.errors?.some((e) => e.pointer === '/child' && e.code === 'required' && e.message.vi && e.message.en));

    const wrong = exampleAnswers(BIRTH);
    (wrong.father as Record<string, unknown>).idNumber = '038188004321'; // says female: not the father
    await saveForm(sb.url, sb.an, draft.id, wrong);
    const refused = expectProblem(await call(sb.url, sb.an, 'POST', `/dossiers/${draft.id}/submit`, { key: randomUUID() }), 422, 'form_invalid') as FormProblem;
    assert.deepEqual(refused.errors?.map((e) => [e.pointer, e.code]), [['/father/idNumber', 'id_number_sex']]);
    assert.equal((await call<Dossier>(sb.url, sb.an, 'GET', `/dossiers/${draft.id}`)).body.status, 'draft');

    await saveForm(sb.url, sb.an, draft.id, exampleAnswers(BIRTH));
    const done = await call<Dossier>(sb.url, sb.an, 'POST', `/dossiers/${draft.id}/submit`, { key: randomUUID() });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.equal(done.body.form?.data.declaration instanceof Array, true);
    expectProblem(await saveForm(sb.url, sb.an, draft.id, {}), 409, 'invalid_state_transition');
  });

  it('refuses an address whose commune is not in its province, or whose names are not the units\' own, on save and on submit', async () => {
    const draft = await createDraft(sb.url, sb.an, BIRTH);
    await attachRequired(sb.url, sb.an, draft);
    const answers = exampleAnswers(BIRTH);
    const applicant = answers.applicant as { address: Record<string, string> };
    // A commune of Hà Nội (01) under Thanh Hóa (38): well-formed, so only the portal can tell.
    const units = await (await fetch(`${sb.url}/api/v1/administrative-units/01`)).json() as { communes: { code: string; name: string }[] };
    const hanoiCommune = units.communes[0];
    assert.ok(hanoiCommune);
    applicant.address = { ...applicant.address, communeCode: hanoiCommune.code, communeName: hanoiCommune.name };
    const saved = await saveForm(sb.url, sb.an, draft.id, answers);
    assert.deepEqual(saved.body.errors.map((e) => [e.pointer, e.code]), [['/applicant/address', 'address_unit']]);
    assert.equal(saved.body.complete, false);
    const refused = expectProblem(await call(sb.url, sb.an, 'POST', `/dossiers/${draft.id}/submit`, { key: randomUUID() }), 422, 'form_invalid') as FormProblem;
    assert.deepEqual(refused.errors?.map((e) => [e.pointer, e.code]), [['/applicant/address', 'address_unit']]);
    assert.ok(refused.errors?.[0]?.message.vi.includes('không thuộc'));

    const renamed = exampleAnswers(BIRTH);
    (renamed.applicant as { address: Record<string, string> }).address.communeName = 'Phường Không Có';
    const misnamed = await saveForm(sb.url, sb.an, draft.id, renamed);
    assert.deepEqual(misnamed.body.errors.map((e) => [e.pointer, e.code]), [['/applicant/address', 'address_unit']]);

    assert.deepEqual((await saveForm(sb.url, sb.an, draft.id, exampleAnswers(BIRTH))).body.errors, []);
  });

  it('keeps other people out and refuses what is no form', async () => {
    const draft = await createDraft(sb.url, sb.an, '1.000894');
    expectProblem(await saveForm(sb.url, binh, draft.id, {}), 404, 'dossier_not_found');
    expectProblem(await call(sb.url, null, 'PUT', `/dossiers/${draft.id}/form`, { body: { data: {} } }), 401, 'unauthenticated');
    expectProblem(await call(sb.url, sb.an, 'PUT', `/dossiers/${draft.id}/form`, { body: { data: [1] } }), 422, 'validation_failed');
    expectProblem(await call(sb.url, sb.an, 'PUT', `/dossiers/${draft.id}/form`, { body: { answers: {} } }), 422, 'validation_failed');
    const fileOnly = await createDraft(sb.url, sb.an, '2.000200');
    assert.equal(fileOnly.form, undefined);
    expectProblem(await saveForm(sb.url, sb.an, fileOnly.id, {}), 404, 'form_not_found');
  });
});

describe('submit without requireForms (the default)', () => {
  const sb = sandboxWithAn();

  it('lets a file-only dossier of a procedure with a form go, the form never answered', async () => {
    const draft = await createDraft(sb.url, sb.an, BIRTH);
    await attachRequired(sb.url, sb.an, draft);
    const done = await call<Dossier>(sb.url, sb.an, 'POST', `/dossiers/${draft.id}/submit`, { key: randomUUID() });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.equal(done.body.status, 'submitted');
    assert.deepEqual(done.body.form?.data, {});
  });

  it('still refuses saved answers that are wrong or incomplete, with pointers', async () => {
    const draft = await createDraft(sb.url, sb.an, BIRTH);
    await attachRequired(sb.url, sb.an, draft);
    const wrong = exampleAnswers(BIRTH);
    (wrong.father as Record<string, unknown>).idNumber = '038188004321'; // says female: not the father
    await saveForm(sb.url, sb.an, draft.id, wrong);
    const refused = expectProblem(await call(sb.url, sb.an, 'POST', `/dossiers/${draft.id}/submit`, { key: randomUUID() }), 422, 'form_invalid') as FormProblem;
    assert.deepEqual(refused.errors?.map((e) => [e.pointer, e.code]), [['/father/idNumber', 'id_number_sex']]);

    await saveForm(sb.url, sb.an, draft.id, { child: { fullName: 'Nguyễn Minh Khang' } });
    const partial = expectProblem(await call(sb.url, sb.an, 'POST', `/dossiers/${draft.id}/submit`, { key: randomUUID() }), 422, 'form_invalid') as FormProblem;
    assert.ok(partial.errors?.some((e) => e.pointer === '/applicant' && e.code === 'required'));
    assert.equal((await call<Dossier>(sb.url, sb.an, 'GET', `/dossiers/${draft.id}`)).body.status, 'draft');
  });
});

/** A saved draft form survives a restart of the sandbox on the same storage. */
async function survivesRestart(options: { databaseUrl?: string }): Promise<void> {
  const first = await startTestSandbox(options);
  let dataDir = first.dataDir;
  let second: TestSandbox | undefined;
  try {
    const token = (await signIn(first.sandbox.url, 'citizen-an')).accessToken;
    const draft = await createDraft(first.sandbox.url, token, '1.004222');
    const answers = exampleAnswers('1.004222');
    const saved = await saveForm(first.sandbox.url, token, draft.id, answers);
    assert.equal((saved.body as FormCheck).complete, true);
    await first.close({ keepData: true });
    second = await startTestSandbox({ ...options, dataDir });
    dataDir = second.dataDir;
    const again = (await signIn(second.sandbox.url, 'citizen-an')).accessToken;
    const read = await call<Dossier>(second.sandbox.url, again, 'GET', `/dossiers/${draft.id}`);
    assert.deepEqual(read.body.form, { id: 'to-khai-thay-doi-thong-tin-cu-tru', version: 1, data: answers });
  } finally {
    await (second ?? first).close();
  }
}

describe('saved forms persist', () => {
  it('across a restart on PGlite', () => survivesRestart({}));
  it('across a restart on PostgreSQL', async () => {
    const database = await freshPostgres();
    try {
      await survivesRestart({ databaseUrl: database.url });
    } finally {
      await database.drop();
    }
  });
});

describe('forms with an imported real catalog', () => {
  let t: TestSandbox;
  before(async () => {
    t = await startTestSandbox({ catalog: realCatalog });
  });
  after(() => t.close());

  it('lists the same five forms and serves them', async () => {
    const list = await call<FormList>(t.sandbox.url, null, 'GET', '/forms');
    assert.deepEqual(list.body.items.map((f) => f.procedureCode), FORM_CODES);
    const residence = await call<FormDefinition>(t.sandbox.url, null, 'GET', '/procedures/1.004222/form');
    assert.equal(residence.body.id, 'to-khai-thay-doi-thong-tin-cu-tru');
  });
});
