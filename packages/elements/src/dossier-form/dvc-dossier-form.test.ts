/// <reference types="mocha" />
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { nothing, render } from 'lit';
import { createPortalClient, type PortalClient } from '@dvc-kit/client';
import { formErrorsOf } from '@dvc-kit/client/forms';
import type { FormDefinition, Me } from '@dvc-kit/spec';
import '../provider/define.js';
import './define.js';
import { expectAccessible } from '@dvc-kit/testing/expect-accessible';
import { FAKE_ME, fakeAuth } from '@dvc-kit/testing/fake-dossiers';
import {
  BIRTH_REGISTRATION_FORM, FAKE_FORMS, PERMANENT_RESIDENCE_FORM, createFakeFormDrafts, exampleAnswers, type FakeFormDrafts,
} from '@dvc-kit/testing/fake-forms';
import { createFakePortal, FAKE_PORTAL_BASE, type FakePortal, type FakePortalOptions } from '@dvc-kit/testing/fake-portal';
import { until } from '@dvc-kit/testing/until';
import type { DvcDossierForm } from './dvc-dossier-form.component.js';
import { formReview } from './review.js';

interface Setup {
  portal: FakePortal;
  drafts: FakeFormDrafts;
  client: PortalClient;
}

function setup(options: FakePortalOptions = {}): Setup {
  const portal = createFakePortal(options);
  const drafts = createFakeFormDrafts();
  portal.routes.push((request) => drafts.handle(request));
  return { portal, drafts, client: createPortalClient({ baseUrl: FAKE_PORTAL_BASE, fetch: portal.fetch, retry: false }) };
}

interface Mount {
  procedure?: string;
  definition?: FormDefinition;
  dossier?: string;
  client?: PortalClient | null;
  me?: Me | null;
  lang?: string;
}

async function mount(options: Mount = {}): Promise<DvcDossierForm> {
  const client = options.client === undefined ? setup().client : options.client;
  const auth = options.me ? fakeAuth(options.me) : null;
  const wrapper = await fixture<HTMLElement>(html`<div lang=${options.lang ?? 'vi'}><dvc-provider .client=${client} .auth=${auth}>
    <dvc-dossier-form procedure=${options.procedure ?? '1.001193'} dossier=${options.dossier ?? nothing} .definition=${options.definition ?? null}></dvc-dossier-form>
  </dvc-provider></div>`);
  const el = wrapper.querySelector('dvc-dossier-form')!;
  await until(() => el.shadowRoot!.querySelector('[part~="section"], [part~="review"], [part~="state"]:not(.loading)'), 'the form');
  return el;
}

const root = (el: HTMLElement) => el.shadowRoot!;
const text = (node: Element | ShadowRoot | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const box = (el: HTMLElement, pointer: string) => root(el).querySelector<HTMLElement>(`[data-slot="${pointer}"]`);
const native = <T extends HTMLElement = HTMLInputElement>(el: HTMLElement, pointer: string) =>
  box(el, pointer)!.querySelector<T>('input, select, textarea')!;
type Kit = HTMLElement & { value: unknown; error: string };
const kit = (el: HTMLElement, pointer: string) =>
  box(el, pointer)!.querySelector<Kit>('dvc-date-input, dvc-id-number-input, dvc-phone-input, dvc-address-input')!;
const parts = (el: HTMLElement, name: string) => [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];

/** Types into a native control as a person does: focus, new text, an input event. */
function type(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** What one of the kit's inputs does when the person changes it: a new value and an input event. */
function answerKit(input: Kit, value: unknown): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

const ADDRESS = { provinceCode: '38', provinceName: 'Tỉnh Thanh Hóa', communeCode: '14797', communeName: 'Phường Hạc Thành', street: 'Số 12 Lê Lai' };

beforeEach(() => sessionStorage.clear());

describe('<dvc-dossier-form> renders a definition', () => {
  it('shows each widget of the real birth-registration form, GOV.UK-like, with an h2 per section (axe clean)', async () => {
    const { client, portal } = setup();
    const loaded = oneEvent(document, 'dvc-form-load');
    const el = await mount({ client });
    expect((await loaded).detail).to.deep.equal({ formId: 'to-khai-dang-ky-khai-sinh', version: 1 });
    expect(portal.log.map((r) => `${r.method} ${r.url.pathname}`).filter((r) => !r.includes('/administrative-units'))).to.deep.equal(['GET /api/v1/procedures/1.001193/form']);

    const headings = parts(el, 'section-heading');
    // The father's section waits for "Có" to the question before it.
    expect(headings.map(text)).to.deep.equal(['Người yêu cầu', 'Người được khai sinh', 'Người mẹ', 'Thông tin người cha', 'Bản sao và cam đoan']);
    expect(headings.every((h) => h.getAttribute('role') === 'heading' && h.getAttribute('aria-level') === '2')).to.equal(true);

    const name = native(el, '/child/fullName');
    expect(name.type).to.equal('text');
    expect(text(root(el).querySelector(`label[for="${name.id}"]`))).to.equal('Họ, chữ đệm và tên');
    const email = native(el, '/applicant/email');
    expect(email.type).to.equal('email');
    expect(text(root(el).querySelector(`label[for="${email.id}"]`))).to.equal('Thư điện tử (không bắt buộc)');

    const relationship = native<HTMLSelectElement>(el, '/applicant/relationship');
    expect([...relationship.options].map((o) => o.text)).to.deep.equal(['Chọn', 'Mẹ', 'Cha', 'Ông, bà', 'Anh, chị', 'Khác']);
    const sex = box(el, '/child/sex')!;
    expect(sex.localName).to.equal('fieldset');
    expect(text(sex.querySelector('legend'))).to.equal('Giới tính');
    expect([...sex.querySelectorAll<HTMLInputElement>('input')].map((i) => `${i.type}:${i.value}`)).to.deep.equal(['radio:male', 'radio:female']);
    const declaration = box(el, '/declaration')!.querySelectorAll<HTMLInputElement>('input');
    expect([...declaration].map((i) => i.type)).to.deep.equal(['checkbox']);

    const ethnicity = native<HTMLSelectElement>(el, '/child/ethnicity');
    expect(ethnicity.options.length).to.equal(55); // "Chọn" and the 54 ethnic groups
    expect(ethnicity.options[1]!.value).to.equal('Kinh');
    expect(new Set([...ethnicity.options].map((o) => o.value)).size).to.equal(55);
    const nationality = native(el, '/child/nationality');
    expect(nationality.list?.querySelector('option')?.value).to.equal('Việt Nam');
    const copies = native(el, '/copies');
    expect(copies.inputMode).to.equal('numeric');

    const childBirth = kit(el, '/child/birthDate');
    expect(childBirth.localName).to.equal('dvc-date-input');
    expect(childBirth.hasAttribute('not-future')).to.equal(true);
    expect(childBirth.hasAttribute('required')).to.equal(true);
    expect(childBirth.getAttribute('label')).to.equal('Ngày, tháng, năm sinh');
    const motherId = kit(el, '/mother/idNumber');
    expect(motherId.localName).to.equal('dvc-id-number-input');
    expect(motherId.getAttribute('sex')).to.equal('female'); // x-dvc-person: sexIs
    expect(motherId.getAttribute('hint')).to.equal('12 chữ số, in trên thẻ căn cước.');
    expect(kit(el, '/applicant/phone').localName).to.equal('dvc-phone-input');
    expect(['/applicant/address', '/child/birthPlace/address', '/mother/address'].map((p) => kit(el, p).localName)).to.deep.equal(
      ['dvc-address-input', 'dvc-address-input', 'dvc-address-input'],
    );
    await expectAccessible(el);
  });

  it("hands the ID number input its person's date of birth, from the answers beside it", async () => {
    const el = await mount();
    answerKit(kit(el, '/mother/birthDate'), '1990-05-14');
    await el.updateComplete;
    expect(kit(el, '/mother/idNumber').getAttribute('birth-date')).to.equal('1990-05-14');
    expect(kit(el, '/applicant/idNumber').hasAttribute('sex')).to.equal(false); // the applicant has no sex answer
  });

  it('a tax code is the ID number input in tax-code mode; a textarea is a textarea', async () => {
    const business = await mount({ procedure: '1.001612', definition: FAKE_FORMS.get('1.001612')! });
    const tax = root(business).querySelector('dvc-id-number-input[mode="tax-code"]');
    expect(tax, 'a tax-code input').to.not.equal(null);
    const residence = await mount({ procedure: '1.004222', definition: PERMANENT_RESIDENCE_FORM });
    expect(root(residence).querySelector('textarea[part~="input"]'), 'a textarea').to.not.equal(null);
  });

  it('takes .definition without calling the portal, even with no client anywhere', async () => {
    const el = await mount({ client: null, definition: BIRTH_REGISTRATION_FORM });
    expect(parts(el, 'section').length).to.equal(5);
    expect(text(root(el))).not.to.contain('Chưa cấu hình');
  });

  it('speaks English with lang="en", and messages in English', async () => {
    const el = await mount({ lang: 'en' });
    expect(parts(el, 'section-heading').map(text)[0]).to.equal('The applicant');
    expect(text(root(el).querySelector(`label[for="${native(el, '/applicant/email').id}"]`))).to.equal('Email (optional)');
    el.validate();
    await el.updateComplete;
    expect(text(part(el, 'error-summary'))).to.contain('There is a problem');
    expect(text(box(el, '/child/fullName')!.querySelector('[part~="error"]'))).to.equal('Error: Enter this answer.');
  });
});

function part(el: HTMLElement, name: string): HTMLElement | null {
  return root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
}

describe('<dvc-dossier-form> prefill from the e-ID', () => {
  it("fills the applicant's empty answers from the signed-in person, and says so", async () => {
    const el = await mount({ me: FAKE_ME });
    expect(native(el, '/applicant/fullName').value).to.equal('Lê Thị Hoa');
    expect(native(el, '/applicant/fullName').autocomplete).to.equal('name');
    expect(kit(el, '/applicant/birthDate').value).to.equal('1990-05-14');
    expect(kit(el, '/applicant/idNumber').value).to.equal('038190001234');
    expect(kit(el, '/applicant/phone').value).to.equal('0912345678');
    expect(native(el, '/applicant/email').value).to.equal('hoa.le@example.vn');
    // The e-ID gives no address today: that answer stays empty.
    expect(kit(el, '/applicant/address').value).to.equal(null);
    expect(native(el, '/child/fullName').value).to.equal('');
    expect(text(part(el, 'prefill-note'))).to.contain('định danh điện tử');
    expect((el.data as { applicant: Record<string, unknown> }).applicant).to.deep.equal({
      fullName: 'Lê Thị Hoa', birthDate: '1990-05-14', idNumber: '038190001234', phone: '0912345678', email: 'hoa.le@example.vn',
    });
  });

  it('the sex comes from the ID number (its fourth digit), an address only when the e-ID gives one', async () => {
    const residence = await mount({ procedure: '1.004222', me: FAKE_ME });
    // 038190001234: the fourth digit 1 is odd, a woman's.
    expect(box(residence, '/person/sex')!.querySelector<HTMLInputElement>('input[value="female"]')!.checked).to.equal(true);
    const man = await mount({ procedure: '1.004222', me: { ...FAKE_ME, sub: 'citizen-038088004321', idNumber: '038088004321' } });
    expect(box(man, '/person/sex')!.querySelector<HTMLInputElement>('input[value="male"]')!.checked).to.equal(true);
    const withAddress = await mount({ me: { ...FAKE_ME, address: ADDRESS } as Me });
    expect(kit(withAddress, '/applicant/address').value).to.deep.equal(ADDRESS);
  });

  it('never overwrites a saved answer, and fills the rest once the person signs in later', async () => {
    const { client, drafts } = setup();
    const draft = drafts.draft('1.001193', { applicant: { fullName: 'Nguyễn Thị Lan' } });
    const auth = fakeAuth(null);
    const wrapper = await fixture<HTMLElement>(html`<dvc-provider .client=${client} .auth=${auth}>
      <dvc-dossier-form dossier=${draft.id}></dvc-dossier-form></dvc-provider>`);
    const el = wrapper.querySelector('dvc-dossier-form')!;
    await until(() => box(el, '/applicant/fullName'), 'the form');
    expect(native(el, '/applicant/fullName').value).to.equal('Nguyễn Thị Lan');
    expect(native(el, '/applicant/email').value).to.equal('');
    auth.set({ me: FAKE_ME, expiresAt: null });
    await until(() => native(el, '/applicant/email').value === 'hoa.le@example.vn', 'the email prefilled after sign-in');
    expect(native(el, '/applicant/fullName').value).to.equal('Nguyễn Thị Lan');
  });

  it('reset() goes back to the prefilled answers', async () => {
    const el = await mount({ me: FAKE_ME });
    type(native(el, '/applicant/fullName'), 'Someone else');
    type(native(el, '/child/fullName'), 'Nguyễn Minh Khang');
    el.reset();
    await el.updateComplete;
    expect(native(el, '/applicant/fullName').value).to.equal('Lê Thị Hoa');
    expect(native(el, '/child/fullName').value).to.equal('');
  });
});

describe('<dvc-dossier-form> checks', () => {
  it('checks a native question when it is left, never while typing it the first time; once in error, while typing', async () => {
    const el = await mount();
    const name = native(el, '/child/fullName');
    const errorOf = () => text(box(el, '/child/fullName')!.querySelector('[part~="error"]'));
    // Tabbing past an untouched question says nothing.
    name.focus();
    name.blur();
    await el.updateComplete;
    expect(errorOf()).to.equal('');
    type(name, 'x'.repeat(101));
    await el.updateComplete;
    expect(errorOf(), 'no message while typing').to.equal('');
    name.blur();
    await el.updateComplete;
    expect(errorOf()).to.equal('Lỗi: Không quá 100 ký tự.');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    const errorId = box(el, '/child/fullName')!.querySelector('[part~="error"]')!.id;
    expect(name.getAttribute('aria-describedby')).to.equal(errorId);
    type(name, 'Nguyễn Minh Khang');
    await el.updateComplete;
    expect(errorOf(), 'cleared as soon as it is right').to.equal('');
    expect(name.getAttribute('aria-invalid')).to.equal('false');
    type(name, '');
    name.blur();
    await el.updateComplete;
    expect(errorOf()).to.equal('Lỗi: Vui lòng nhập mục này.');
  });

  it('checks an e-mail address when it is left', async () => {
    const el = await mount();
    const email = native(el, '/applicant/email');
    type(email, 'hoa.le@');
    email.blur();
    await el.updateComplete;
    expect(text(box(el, '/applicant/email')!.querySelector('[part~="error"]'))).to.equal('Lỗi: Giá trị không đúng định dạng.');
  });

  it('validate(): an error summary that takes focus, one line per question, links that move focus there', async () => {
    const el = await mount();
    type(native(el, '/child/fullName'), 'Nguyễn Minh Khang');
    answerKit(kit(el, '/child/birthDate'), '2099-01-01');
    const invalid = oneEvent(el, 'dvc-form-invalid');
    expect(el.validate()).to.equal(false);
    const { errors } = (await invalid).detail as { errors: Array<{ pointer: string; code: string }> };
    expect(errors.find((e) => e.pointer === '/child/birthDate')?.code).to.equal('date_in_future');
    await el.updateComplete;
    const summary = part(el, 'error-summary')!;
    expect(root(el).activeElement).to.equal(summary);
    expect(summary.querySelector('[role="alert"]')).to.not.equal(null);
    expect(text(summary.querySelector('[role="heading"]'))).to.equal('Có lỗi cần sửa');
    const links = [...summary.querySelectorAll<HTMLAnchorElement>('[part~="error-link"]')];
    // Every required question of the shown sections, each by name, in the layout's order.
    expect(links.map(text)).to.include('Họ, chữ đệm và tên (Người mẹ): Vui lòng nhập mục này.');
    expect(links.map(text)).to.include('Ngày, tháng, năm sinh (Người được khai sinh): Ngày không được sau hôm nay.');
    expect(links.map(text)).not.to.include('Họ, chữ đệm và tên (Người được khai sinh): Vui lòng nhập mục này.');
    expect(links.length).to.equal(el.errors.length);
    expect(el.checkAll().map((e) => e.pointer)).to.deep.equal(el.errors.map((e) => e.pointer));
    expect(links.length).to.be.greaterThan(15);
    // Beside each question too: a kit input gets the message as its error.
    expect(kit(el, '/child/birthDate').error).to.equal('Ngày không được sau hôm nay.');
    expect(text(box(el, '/mother/fullName')!.querySelector('[part~="error"]'))).to.equal('Lỗi: Vui lòng nhập mục này.');

    links.find((a) => text(a).startsWith('Họ, chữ đệm và tên (Người mẹ)'))!.click();
    expect(root(el).activeElement).to.equal(native(el, '/mother/fullName'));
    const dateInput = kit(el, '/child/birthDate');
    let focused = 0;
    dateInput.focus = () => void (focused += 1);
    links.find((a) => text(a).startsWith('Ngày, tháng, năm sinh (Người được khai sinh)'))!.click();
    expect(focused, "the date input's own focus()").to.equal(1);
    await expectAccessible(el);
  });

  it('a question fixed after the summary leaves it; all fixed, the summary goes', async () => {
    const el = await mount({ definition: BIRTH_REGISTRATION_FORM });
    el.validate();
    await el.updateComplete;
    const before = el.errors.length;
    type(native(el, '/child/fullName'), 'Nguyễn Minh Khang');
    await el.updateComplete;
    expect(el.errors.length).to.equal(before - 1);
    expect(box(el, '/child/fullName')!.querySelector('[part~="error"]')).to.equal(null);
  });
});

describe('<dvc-dossier-form> conditional questions', () => {
  it('shows a question while its condition holds, and drops its answer once it is hidden', async () => {
    const el = await mount();
    expect(box(el, '/applicant/relationshipOther')).to.equal(null);
    choose(native<HTMLSelectElement>(el, '/applicant/relationship'), 'other');
    await el.updateComplete;
    type(native(el, '/applicant/relationshipOther'), 'Cô ruột');
    await el.updateComplete;
    expect((el.data.applicant as Record<string, unknown>).relationshipOther).to.equal('Cô ruột');
    const input = oneEvent(el, 'dvc-form-input');
    choose(native<HTMLSelectElement>(el, '/applicant/relationship'), 'mother');
    const { data } = (await input).detail;
    expect(data.applicant).to.deep.equal({ relationship: 'mother' });
    await el.updateComplete;
    expect(box(el, '/applicant/relationshipOther')).to.equal(null);
    // Hidden, it is not checked either.
    el.validate();
    expect(el.errors.map((e) => e.pointer)).not.to.include('/applicant/relationshipOther');
  });

  it("a section shows with its condition: the father's, dropped again with 'No'", async () => {
    const el = await mount();
    box(el, '/fatherDeclared')!.querySelector<HTMLInputElement>('input[value="yes"]')!.click();
    await el.updateComplete;
    expect(parts(el, 'section-heading').map(text)).to.include('Người cha');
    type(native(el, '/father/fullName'), 'Nguyễn Văn Hùng');
    expect((el.data.father as Record<string, unknown>).fullName).to.equal('Nguyễn Văn Hùng');
    box(el, '/fatherDeclared')!.querySelector<HTMLInputElement>('input[value="no"]')!.click();
    await el.updateComplete;
    expect(parts(el, 'section-heading').map(text)).not.to.include('Người cha');
    expect(el.data).to.deep.equal({ fatherDeclared: 'no' });
  });
});

describe('<dvc-dossier-form> repeatable groups', () => {
  it('adds items (focus moves into the new one), removes one by a button that names it, keeps each item its answers', async () => {
    const el = await mount({ procedure: '1.004222', definition: PERMANENT_RESIDENCE_FORM });
    const add = () => part(el, 'add-button')!;
    expect(text(add())).to.equal('Thêm thành viên');
    add().click();
    await el.updateComplete;
    await until(() => root(el).activeElement === native(el, '/members/0/fullName'), 'focus in the new item');
    type(native(el, '/members/0/fullName'), 'Lê Văn An');
    add().click();
    await el.updateComplete;
    type(native(el, '/members/1/fullName'), 'Lê Thị Bình');
    const items = parts(el, 'group-item');
    expect(items.map((i) => text(i.querySelector('legend')))).to.deep.equal(['Thành viên thứ 1', 'Thành viên thứ 2']);
    const removes = parts(el, 'remove-button');
    expect(removes.map(text)).to.deep.equal(['Xóa Thành viên thứ 1', 'Xóa Thành viên thứ 2']);
    removes[0]!.click();
    await el.updateComplete;
    expect(parts(el, 'group-item').length).to.equal(1);
    expect(native(el, '/members/0/fullName').value).to.equal('Lê Thị Bình');
    expect(el.data.members).to.deep.equal([{ fullName: 'Lê Thị Bình' }]);
    expect(root(el).activeElement).to.equal(add());
    await expectAccessible(el);
  });

  it('keeps within minItems and maxItems, and shows problems inside items', async () => {
    const definition = structuredClone(PERMANENT_RESIDENCE_FORM);
    const members = (definition.schema.properties as Record<string, Record<string, unknown>>).members!;
    Object.assign(members, { minItems: 1, maxItems: 2 });
    const el = await mount({ procedure: '1.004222', definition });
    part(el, 'add-button')!.click();
    await el.updateComplete;
    expect(parts(el, 'remove-button').length, 'no remove at minItems').to.equal(0);
    part(el, 'add-button')!.click();
    await el.updateComplete;
    expect(part(el, 'add-button'), 'no add at maxItems').to.equal(null);
    expect(parts(el, 'remove-button').length).to.equal(2);
    el.validate();
    await el.updateComplete;
    expect(text(box(el, '/members/1/fullName')!.querySelector('[part~="error"]'))).to.equal('Lỗi: Vui lòng nhập mục này.');
    expect(parts(el, 'error-link').map(text)).to.include('Họ, chữ đệm và tên (Thành viên thứ 2): Vui lòng nhập mục này.');
  });
});

describe('<dvc-dossier-form> keeps the answers', () => {
  it('saves a draft about a second after the last change, once, and says when', async () => {
    const { client, drafts } = setup();
    const draft = drafts.draft('1.001193');
    const el = await mount({ client, dossier: draft.id });
    expect(text(part(el, 'save-status'))).to.equal('Nháp được lưu tự động khi bạn nhập.');
    const name = native(el, '/child/fullName');
    for (const typed of ['N', 'Ngu', 'Nguyễn', 'Nguyễn Minh']) {
      type(name, typed);
      await new Promise((r) => setTimeout(r, 150));
    }
    expect(drafts.saves.length, 'nothing while typing').to.equal(0);
    const saved = oneEvent(el, 'dvc-form-saved');
    await until(() => drafts.saves.length === 1, 'one save after the pause', 3000);
    expect(drafts.saves[0]!.data).to.deep.equal({ child: { fullName: 'Nguyễn Minh' } });
    expect(Date.parse((await saved).detail.at)).to.be.closeTo(Date.now(), 5000);
    await until(() => /^Đã lưu nháp lúc \d\d:\d\d$/.test(text(part(el, 'save-status'))), () => `the time (says "${text(part(el, 'save-status'))}")`);
    await new Promise((r) => setTimeout(r, 1300));
    expect(drafts.saves.length, 'no save without a change').to.equal(1);
  });

  it('saves at once when focus leaves a section, and on save()', async () => {
    const { client, drafts } = setup();
    const draft = drafts.draft('1.001193');
    const el = await mount({ client, dossier: draft.id });
    type(native(el, '/applicant/fullName'), 'Lê Thị Hoa');
    native(el, '/child/fullName').focus();
    await until(() => drafts.saves.length === 1, 'saved on leaving the section', 500);
    type(native(el, '/child/fullName'), 'Nguyễn Minh Khang');
    expect(await el.save()).to.equal(true);
    expect(drafts.saves.length).to.equal(2);
    expect(drafts.saves[1]!.data).to.deep.equal({ applicant: { fullName: 'Lê Thị Hoa' }, child: { fullName: 'Nguyễn Minh Khang' } });
  });

  it('a failed save keeps everything and offers a retry; a reload (same dossier) shows the saved answers', async () => {
    const { client, drafts } = setup();
    const draft = drafts.draft('1.001193');
    drafts.failSaves = 1;
    const el = await mount({ client, dossier: draft.id });
    type(native(el, '/child/fullName'), 'Nguyễn Minh Khang');
    box(el, '/child/sex')!.querySelector<HTMLInputElement>('input[value="male"]')!.click();
    expect(await el.save()).to.equal(false);
    await el.updateComplete;
    expect(text(part(el, 'save-status'))).to.contain('Chưa lưu được nháp');
    expect(native(el, '/child/fullName').value).to.equal('Nguyễn Minh Khang');
    part(el, 'retry')!.click();
    await until(() => drafts.saves.length === 2 && text(part(el, 'save-status')).startsWith('Đã lưu nháp lúc'), 'saved on retry');
    el.closest('div')!.remove();
    const again = await mount({ client, dossier: draft.id });
    expect(native(again, '/child/fullName').value).to.equal('Nguyễn Minh Khang');
    expect(box(again, '/child/sex')!.querySelector<HTMLInputElement>('input[value="male"]')!.checked).to.equal(true);
    expect(text(part(again, 'save-status'))).to.match(/^Đã lưu nháp lúc \d\d:\d\d$/);
  });

  it('a reload after a save that never got through still has the answers, and saves them', async () => {
    const { client, drafts } = setup();
    const draft = drafts.draft('1.001193');
    drafts.failSaves = 5;
    const el = await mount({ client, dossier: draft.id });
    type(native(el, '/child/fullName'), 'Nguyễn Minh Khang');
    await el.save();
    el.closest('div')!.remove();
    drafts.failSaves = 0;
    const again = await mount({ client, dossier: draft.id });
    expect(native(again, '/child/fullName').value).to.equal('Nguyễn Minh Khang');
    await until(() => drafts.dossiers.get(draft.id)?.form?.data.child !== undefined, 'saved after the reload', 3000);
  });

  it('answers typed before the draft exists go into it once `dossier` is set', async () => {
    const { client, drafts } = setup();
    const el = await mount({ client });
    type(native(el, '/child/fullName'), 'Nguyễn Minh Khang');
    el.dossier = drafts.draft('1.001193').id;
    await until(() => drafts.saves.length === 1, 'the typed answers saved to the new draft', 3000);
    expect(drafts.saves[0]!.data).to.deep.equal({ child: { fullName: 'Nguyễn Minh Khang' } });
    expect(native(el, '/child/fullName').value).to.equal('Nguyễn Minh Khang');
  });

  it('without a dossier, keeps the answers in sessionStorage by procedure (never localStorage)', async () => {
    const local = localStorage.length;
    const el = await mount();
    type(native(el, '/child/fullName'), 'Nguyễn Minh Khang');
    el.closest('div')!.remove();
    const again = await mount();
    expect(native(again, '/child/fullName').value).to.equal('Nguyễn Minh Khang');
    expect(Object.keys(sessionStorage).some((k) => k.includes('1.001193'))).to.equal(true);
    expect(localStorage.length).to.equal(local);
  });
});

describe("<dvc-dossier-form> the portal's 422", () => {
  it('showErrors(formErrorsOf(error)) shows a refused submit like its own check', async () => {
    const { client, drafts, portal } = setup();
    const draft = drafts.draft('1.001193', exampleAnswers(BIRTH_REGISTRATION_FORM));
    const refusal = [
      { pointer: '/mother/idNumber', code: 'id_number_sex', message: { vi: 'Chữ số thứ 4 của số định danh cá nhân không khớp với giới tính.', en: 'The fourth digit does not match the sex.' } },
      { pointer: '/child/birthPlace/address/communeCode', code: 'pattern', message: { vi: 'Giá trị không đúng định dạng.', en: 'Not in the expected format.' } },
    ];
    portal.routes.unshift((request, url) =>
      request.method === 'POST' && url.pathname.endsWith('/submit')
        ? new Response(JSON.stringify({ type: 'urn:dvc-kit:problem:form_invalid', title: 'Tờ khai chưa hợp lệ', status: 422, code: 'form_invalid', errors: refusal }), {
            status: 422, headers: { 'content-type': 'application/problem+json' },
          })
        : undefined);
    const el = await mount({ client, dossier: draft.id });
    const error = await client.dossiers.submit(draft.id).catch((e: unknown) => e);
    el.showErrors(formErrorsOf(error));
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(part(el, 'error-summary'));
    expect(parts(el, 'error-link').map(text)).to.deep.equal([
      'Địa chỉ nơi sinh (Người được khai sinh): Giá trị không đúng định dạng.',
      'Số định danh cá nhân (Người mẹ): Chữ số thứ 4 của số định danh cá nhân không khớp với giới tính.',
    ]);
    expect(kit(el, '/mother/idNumber').error).to.equal('Chữ số thứ 4 của số định danh cá nhân không khớp với giới tính.');
    expect(kit(el, '/child/birthPlace/address').error).to.equal('Giá trị không đúng định dạng.');
  });
});

describe('<dvc-dossier-form> in a plain form', () => {
  it('submits the answers as JSON under its name; invalid with the first message until complete; reset() empties it', async () => {
    const { client, drafts } = setup();
    const draft = drafts.draft('1.001193', exampleAnswers(BIRTH_REGISTRATION_FORM));
    const form = await fixture<HTMLFormElement>(html`<form><dvc-provider .client=${client}>
      <dvc-dossier-form name="form" dossier=${draft.id}></dvc-dossier-form></dvc-provider></form>`);
    const el = form.querySelector('dvc-dossier-form')!;
    await until(() => box(el, '/child/fullName'), 'the form');
    expect(JSON.parse(String(new FormData(form).get('form')))).to.deep.equal(exampleAnswers(BIRTH_REGISTRATION_FORM));
    expect(el.checkValidity()).to.equal(true);
    type(native(el, '/child/fullName'), '');
    await el.updateComplete;
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Họ, chữ đệm và tên (Người được khai sinh): Vui lòng nhập mục này.');
    // The form's own submit shows the summary instead of the browser's bubble.
    let submitted = false;
    form.addEventListener('submit', (e) => { e.preventDefault(); submitted = true; });
    form.requestSubmit();
    await el.updateComplete;
    expect(submitted).to.equal(false);
    expect(part(el, 'error-summary')).to.not.equal(null);
    form.reset();
    await el.updateComplete;
    expect(native(el, '/child/fullName').value).to.equal('');
    expect(new FormData(form).get('form')).to.equal('{}');
    el.remove();
  });
});

describe('<dvc-dossier-form> review', () => {
  it('shows the answers as people read them, with a change button per section', async () => {
    const { client, drafts } = setup();
    const draft = drafts.draft('1.001193', exampleAnswers(BIRTH_REGISTRATION_FORM));
    const el = await mount({ client, dossier: draft.id });
    el.review = true;
    await el.updateComplete;
    const review = part(el, 'review')!;
    const said = text(review);
    expect(said).to.contain('Ngày, tháng, năm sinh 14/05/1990');
    expect(said).to.contain('Quan hệ với người được khai sinh Mẹ');
    expect(said).to.contain('Số 12 Lê Lai, Phường Hạc Thành, Tỉnh Thanh Hóa');
    expect(said).to.contain('Giới tính Nam');
    expect(said).to.contain('Tôi cam đoan');
    expect(said).to.contain('Người cha');
    const changes = parts(el, 'change-button');
    expect(changes.map(text)).to.include('Thay đổi Người mẹ');
    await expectAccessible(el);
    const asked = oneEvent(el, 'dvc-form-change-section');
    changes.find((b) => text(b) === 'Thay đổi Người mẹ')!.click();
    expect((await asked).detail).to.deep.equal({ sectionId: 'mother' });
    await until(() => root(el).activeElement?.textContent === 'Người mẹ', "focus on the mother's section heading");
    expect(el.review).to.equal(false);
  });

  it('formReview() renders the same for another element, in English, and hides what is not shown', async () => {
    const host = document.createElement('div');
    const answers = { ...exampleAnswers(BIRTH_REGISTRATION_FORM), fatherDeclared: 'no' };
    const changed: string[] = [];
    render(formReview(BIRTH_REGISTRATION_FORM, answers, 'en', (id) => changed.push(id), { level: 3 }), host);
    expect(text(host)).to.contain('Date of birth 14/05/1990');
    expect(text(host)).to.contain('Relationship to the child Mother');
    expect(text(host)).not.to.contain('The father');
    expect(host.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    host.querySelector<HTMLButtonElement>('[part~="change-button"]')!.click();
    expect(changed).to.deep.equal(['applicant']);
  });
});

describe('<dvc-dossier-form> at 320 px (400% zoom of a 1280 px window)', () => {
  it('fits without scrolling sideways: questions, errors, groups and the review', async () => {
    const el = await mount();
    el.style.width = '320px';
    box(el, '/fatherDeclared')!.querySelector<HTMLInputElement>('input[value="yes"]')!.click();
    el.validate();
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    const residence = await mount({ procedure: '1.004222', definition: PERMANENT_RESIDENCE_FORM });
    residence.style.width = '320px';
    part(residence, 'add-button')!.click();
    await residence.updateComplete;
    expect(residence.scrollWidth).to.be.at.most(320);
    residence.review = true;
    await residence.updateComplete;
    expect(residence.scrollWidth).to.be.at.most(320);
  });
});

describe('<dvc-dossier-form> loading', () => {
  it('a procedure without a form says so; a failed load offers a retry', async () => {
    const missing = await mount({ procedure: '9.999999' });
    expect(text(part(missing, 'state'))).to.contain('chưa có tờ khai điện tử');
    const failing = setup({ failure: 'server-error' });
    const el = await mount({ client: failing.client });
    expect(part(el, 'retry')).to.not.equal(null);
    failing.portal.options.failure = null;
    part(el, 'retry')!.click();
    await until(() => part(el, 'section'), 'the form after the retry');
  });
});
