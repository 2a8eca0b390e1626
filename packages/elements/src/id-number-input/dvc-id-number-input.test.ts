/// <reference types="mocha" />
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { messageFor, type FormErrorCode } from '@dvc-kit/spec/forms';
import { until } from '@dvc-kit/testing/until';
import './define.js';
import type { DvcIdNumberInput } from './dvc-id-number-input.component.js';

// Real numbers built from the rules: province 001 Hà Nội, 038 Thanh Hóa, 079 TP. Hồ Chí Minh;
// fourth digit 0/1 a man/woman born in the 1900s, 2/3 in the 2000s; then the year's last two.
const WOMAN_1990_HANOI = '001190012345';
const MAN_1985_THANH_HOA = '038085004321';
const WOMAN_2003_HCMC = '079303001234';
// Tax codes checked against the Ministry of Finance rule (packages/spec/src/forms/tax-code.ts).
const TAX_CODE = '0100109106';
const TAX_CODE_2 = '0300588569';

type Lang = 'vi' | 'en';
const PREFIX: Record<Lang, string> = { vi: 'Lỗi:', en: 'Error:' };

interface Setup {
  value?: string;
  mode?: string;
  birthDate?: string;
  sex?: string;
  required?: boolean;
  lang?: Lang;
}

async function mount(setup: Setup = {}): Promise<DvcIdNumberInput> {
  const el = await fixture<DvcIdNumberInput>(html`<dvc-id-number-input
    lang=${setup.lang ?? 'vi'}
    mode=${setup.mode ?? 'personal-id'}
    value=${setup.value ?? ''}
    birth-date=${setup.birthDate ?? ''}
    sex=${setup.sex ?? ''}
    ?required=${setup.required ?? false}
  ></dvc-id-number-input>`);
  await el.updateComplete;
  return el;
}

/** The element with a button after it, to leave the field by Tab as a person does. */
async function mountWithNext(attrs = html`<dvc-id-number-input></dvc-id-number-input>`): Promise<{ el: DvcIdNumberInput; next: HTMLButtonElement }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>${attrs}<button type="button">next</button></div>`);
  const el = wrapper.querySelector('dvc-id-number-input') as DvcIdNumberInput;
  await el.updateComplete;
  return { el, next: wrapper.querySelector('button')! };
}

const inputOf = (el: DvcIdNumberInput) => el.shadowRoot!.querySelector<HTMLInputElement>('[part~="input"]')!;
const errorOf = (el: DvcIdNumberInput) => el.shadowRoot!.querySelector<HTMLElement>('[part~="error"]');
const errorText = (el: DvcIdNumberInput) => errorOf(el)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
const labelText = (el: DvcIdNumberInput) => el.shadowRoot!.querySelector('[part~="label"]')!.textContent!.trim();

async function typeInto(el: DvcIdNumberInput, text: string): Promise<void> {
  el.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function leave(el: DvcIdNumberInput): Promise<void> {
  await sendKeys({ press: 'Tab' });
  await el.updateComplete;
}

async function checkedMessage(setup: Setup): Promise<{ el: DvcIdNumberInput; valid: boolean }> {
  const el = await mount(setup);
  const valid = el.validate();
  await el.updateComplete;
  return { el, valid };
}

describe('<dvc-id-number-input>', () => {
  describe('each kind of mistake, with its own message in vi and en', () => {
    const mistakes: Array<[string, Setup, FormErrorCode]> = [
      ['11 digits', { value: '00119001234' }, 'id_number_format'],
      ['13 digits', { value: '0011900123456' }, 'id_number_format'],
      ['a letter among the digits', { value: '00119001234O' }, 'id_number_format'],
      ['dashes between the groups', { value: '001-190-012345' }, 'id_number_format'],
      ['003, a code no province has', { value: '003190012345' }, 'id_number_province'],
      ['000, no province', { value: '000190012345' }, 'id_number_province'],
      ['year 90 for someone born in 1991', { value: WOMAN_1990_HANOI, birthDate: '1991-05-14' }, 'id_number_birth_year'],
      ['century digit of the 1900s for someone born in 2005', { value: '001105012345', birthDate: '2005-03-01' }, 'id_number_birth_year'],
      ['century digit of the 2000s for someone born in 1990', { value: '001390012345', birthDate: '1990-04-12' }, 'id_number_birth_year'],
      ['a birth year still to come (2099)', { value: '001299012345' }, 'id_number_birth_year'],
      ['a woman\'s digit (1) for a man', { value: WOMAN_1990_HANOI, sex: 'male' }, 'id_number_sex'],
      ['a man\'s digit (0) for a woman', { value: MAN_1985_THANH_HOA, birthDate: '1985-11-02', sex: 'female' }, 'id_number_sex'],
      ['nothing, when required', { value: '', required: true }, 'required'],
      ['a tax code of 8 digits', { mode: 'tax-code', value: '01001091' }, 'tax_code_format'],
      ['a tax code of 11 digits', { mode: 'tax-code', value: '01001091061' }, 'tax_code_format'],
      ['a branch numbered 000', { mode: 'tax-code', value: '0100109106-000' }, 'tax_code_format'],
      ['a 12-digit tax code that is no personal ID (province 003)', { mode: 'tax-code', value: '003190012345' }, 'tax_code_format'],
      ['a tax code with letters', { mode: 'tax-code', value: '01001O9106' }, 'tax_code_format'],
      ['a tax code whose check digit is wrong', { mode: 'tax-code', value: '0100109107' }, 'tax_code_check_digit'],
      ['a branch code whose parent\'s check digit is wrong', { mode: 'tax-code', value: '0100109105-001' }, 'tax_code_check_digit'],
      ['nothing, when a tax code is required', { mode: 'tax-code', value: '', required: true }, 'required'],
    ];
    for (const lang of ['vi', 'en'] as const) {
      for (const [what, setup, code] of mistakes) {
        it(`${lang}: ${what} is ${code}`, async () => {
          const { el, valid } = await checkedMessage({ ...setup, lang });
          expect(valid, 'validate()').to.equal(false);
          expect(el.errorCode).to.equal(code);
          const message = messageFor(code)[lang];
          expect(errorText(el)).to.equal(`${PREFIX[lang]} ${message}`);
          expect(errorOf(el)!.querySelector('.visually-hidden')!.textContent!.trim()).to.equal(PREFIX[lang]);
          expect(el.validationMessage).to.equal(message);
          expect(el.checkValidity()).to.equal(false);
          expect(el.matches(':invalid')).to.equal(true);
        });
      }
    }

    it('the words are the server\'s, and differ per kind', async () => {
      const province = await checkedMessage({ value: '003190012345', lang: 'en' });
      expect(errorText(province.el)).to.equal('Error: The first three digits of the personal identification number are not a province-of-birth code.');
      const sex = await checkedMessage({ value: WOMAN_1990_HANOI, sex: 'male' });
      expect(errorText(sex.el)).to.equal('Lỗi: Chữ số thứ 4 của số định danh cá nhân không khớp với giới tính.');
      const codes = new Set(mistakes.map(([, , code]) => messageFor(code).vi));
      expect(codes.size, 'one message per code').to.equal(new Set(mistakes.map(([, , code]) => code)).size);
    });

    it('the validity flag suits the problem: valueMissing, patternMismatch, customError', async () => {
      expect((await mount({ required: true })).validity.valueMissing).to.equal(true);
      expect((await mount({ value: '0011' })).validity.patternMismatch).to.equal(true);
      expect((await mount({ value: '003190012345' })).validity.customError).to.equal(true);
      expect((await mount({ mode: 'tax-code', value: '0100109107' })).validity.customError).to.equal(true);
    });
  });

  describe('right numbers', () => {
    const right: Array<[string, Setup]> = [
      ['a woman born in 1990 in Hà Nội', { value: WOMAN_1990_HANOI, birthDate: '1990-04-12', sex: 'female' }],
      ['a man born in 1985 in Thanh Hóa', { value: MAN_1985_THANH_HOA, birthDate: '1985-11-02', sex: 'male' }],
      ['a woman born in 2003 in TP. Hồ Chí Minh, her date written dd/MM/yyyy', { value: WOMAN_2003_HCMC, birthDate: '01/07/2003', sex: 'female' }],
      ['a number alone, with nothing to compare it with', { value: MAN_1985_THANH_HOA }],
      ['an empty optional answer', { value: '' }],
      ['a birth date that is not a real date is not compared', { value: WOMAN_1990_HANOI, birthDate: '1991-02-30' }],
      ['a tax code of 10 digits', { mode: 'tax-code', value: TAX_CODE }],
      ['another tax code of 10 digits', { mode: 'tax-code', value: TAX_CODE_2 }],
      ['a branch\'s 13 digits with the dash', { mode: 'tax-code', value: `${TAX_CODE}-001` }],
      ['a branch\'s 13 digits without it', { mode: 'tax-code', value: `${TAX_CODE}001` }],
      ['an individual\'s personal ID as tax code (since 1 July 2025)', { mode: 'tax-code', value: WOMAN_1990_HANOI }],
    ];
    for (const [what, setup] of right) {
      it(what, async () => {
        const { el, valid } = await checkedMessage(setup);
        expect(valid).to.equal(true);
        expect(el.errorCode).to.equal(null);
        expect(errorText(el)).to.equal(null);
        expect(inputOf(el).getAttribute('aria-invalid')).to.equal('false');
        expect(el.checkValidity()).to.equal(true);
      });
    }

    it('the spaces typed between groups are dropped from the value, and shown as typed', async () => {
      const el = await mount();
      await typeInto(el, '001 190 012 345');
      expect(el.value).to.equal(WOMAN_1990_HANOI);
      expect(inputOf(el).value).to.equal('001 190 012 345');
      expect(el.validate()).to.equal(true);
    });

    it('a value given with spaces is kept without them too', async () => {
      const el = await mount({ value: '001 190 012345' });
      expect(el.value).to.equal(WOMAN_1990_HANOI);
      expect(inputOf(el).value).to.equal('001 190 012345');
      el.value = ' 038 085 004 321 ';
      await el.updateComplete;
      expect(el.value).to.equal(MAN_1985_THANH_HOA);
      expect(el.checkValidity()).to.equal(true);
    });

    it('a tax code keeps its dash, without the spaces', async () => {
      const el = await mount({ mode: 'tax-code' });
      await typeInto(el, '0100 109 106 - 001');
      expect(el.value).to.equal('0100109106-001');
      expect(el.validate()).to.equal(true);
    });
  });

  describe('when it checks', () => {
    it('not while the person types a first time; when they leave the field', async () => {
      const { el } = await mountWithNext();
      await typeInto(el, '0031900');
      expect(errorText(el), 'no message while typing').to.equal(null);
      expect(inputOf(el).getAttribute('aria-invalid')).to.equal('false');
      expect(el.errorCode, 'the problem is known all the same').to.equal('id_number_format');
      await leave(el);
      expect(errorText(el)).to.equal(`Lỗi: ${messageFor('id_number_format').vi}`);
      expect(inputOf(el).getAttribute('aria-invalid')).to.equal('true');
    });

    it('once an error shows, each keystroke checks again: the message changes, then goes as soon as it is right', async () => {
      const { el } = await mountWithNext(html`<dvc-id-number-input birth-date="1990-04-12"></dvc-id-number-input>`);
      await typeInto(el, '00319001234');
      await leave(el);
      expect(el.errorCode).to.equal('id_number_format');
      await typeInto(el, '5');
      expect(errorText(el), 'now 12 digits, but 003 is no province').to.equal(`Lỗi: ${messageFor('id_number_province').vi}`);
      const input = inputOf(el);
      input.setSelectionRange(2, 3);
      await sendKeys({ type: '1' });
      await el.updateComplete;
      expect(el.value).to.equal(WOMAN_1990_HANOI);
      expect(errorText(el), 'fixed: the message goes at once').to.equal(null);
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      // Right again, it waits for the person to leave before it complains anew.
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(errorText(el)).to.equal(null);
      await leave(el);
      expect(el.errorCode).to.equal('id_number_format');
      expect(errorText(el)).not.to.equal(null);
    });

    it('leaving an empty field the person never typed in says nothing; emptied after typing, it says the answer is needed', async () => {
      const { el } = await mountWithNext(html`<dvc-id-number-input required></dvc-id-number-input>`);
      el.focus();
      await leave(el);
      expect(errorText(el)).to.equal(null);
      await typeInto(el, '0');
      await sendKeys({ press: 'Backspace' });
      await leave(el);
      expect(errorText(el)).to.equal(`Lỗi: ${messageFor('required').vi}`);
    });

    it('a change of birth-date or sex checks again once an error shows, and only then', async () => {
      const el = await mount({ value: WOMAN_1990_HANOI, birthDate: '1991-01-01' });
      el.sex = 'male';
      await el.updateComplete;
      expect(errorText(el), 'nothing shown yet: a change of the facts does not start the checks').to.equal(null);
      expect(el.validate()).to.equal(false);
      await el.updateComplete;
      expect(el.errorCode).to.equal('id_number_birth_year');
      el.setAttribute('birth-date', '1990-04-12');
      await el.updateComplete;
      expect(errorText(el), 'the year agrees now, the sex does not').to.equal(`Lỗi: ${messageFor('id_number_sex').vi}`);
      el.setAttribute('sex', 'female');
      await el.updateComplete;
      expect(errorText(el), 'all agree: the message goes').to.equal(null);
      expect(el.checkValidity()).to.equal(true);
      el.birthDate = '2001-04-12';
      await el.updateComplete;
      expect(errorText(el), 'still followed: a date that disagrees again says so').to.equal(`Lỗi: ${messageFor('id_number_birth_year').vi}`);
    });

    it('a change of mode checks again once an error shows', async () => {
      const el = await mount({ value: TAX_CODE });
      el.validate();
      await el.updateComplete;
      expect(el.errorCode).to.equal('id_number_format');
      el.mode = 'tax-code';
      await el.updateComplete;
      expect(errorText(el)).to.equal(null);
      expect(el.checkValidity()).to.equal(true);
    });

    it('the message follows the language', async () => {
      const { el } = await checkedMessage({ value: '003190012345' });
      el.setAttribute('lang', 'en');
      await until(() => errorText(el)?.startsWith('Error:'), 'the message in English');
      expect(errorText(el)).to.equal(`Error: ${messageFor('id_number_province').en}`);
      expect(el.validationMessage).to.equal(messageFor('id_number_province').en);
    });
  });

  describe('an error from outside', () => {
    it('shows beside the field as its own, and stays until it is cleared from outside', async () => {
      const el = await fixture<DvcIdNumberInput>(html`<dvc-id-number-input value=${WOMAN_1990_HANOI} error="Số này đã có trong một hồ sơ khác."></dvc-id-number-input>`);
      await el.updateComplete;
      expect(errorText(el)).to.equal('Lỗi: Số này đã có trong một hồ sơ khác.');
      const input = inputOf(el);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('error');
      expect(el.errorCode, 'no code of its own').to.equal(null);
      expect(el.validate(), 'its own check finds nothing').to.equal(true);
      el.focus();
      input.setSelectionRange(12, 12);
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '9' });
      await el.updateComplete;
      expect(errorText(el), 'the form that set it clears it').to.equal('Lỗi: Số này đã có trong một hồ sơ khác.');
      el.error = '';
      await el.updateComplete;
      expect(errorText(el)).to.equal(null);
      expect(input.getAttribute('aria-invalid')).to.equal('false');
    });

    it('an own error shown wins over it', async () => {
      const el = await fixture<DvcIdNumberInput>(html`<dvc-id-number-input value="003190012345" error="Từ máy chủ."></dvc-id-number-input>`);
      el.validate();
      await el.updateComplete;
      expect(errorText(el)).to.equal(`Lỗi: ${messageFor('id_number_province').vi}`);
    });
  });

  describe('label, hint and the field', () => {
    it('a label by mode and language, unless one is given', async () => {
      expect(labelText(await mount())).to.equal('Số định danh cá nhân');
      expect(labelText(await mount({ lang: 'en' }))).to.equal('Personal identification number');
      expect(labelText(await mount({ mode: 'tax-code' }))).to.equal('Mã số thuế');
      expect(labelText(await mount({ mode: 'tax-code', lang: 'en' }))).to.equal('Tax code');
      const given = await fixture<DvcIdNumberInput>(html`<dvc-id-number-input label="Số định danh cá nhân của mẹ"></dvc-id-number-input>`);
      await given.updateComplete;
      expect(labelText(given)).to.equal('Số định danh cá nhân của mẹ');
    });

    it('the label names the field; hint and error describe it, by stable ids', async () => {
      const el = await fixture<DvcIdNumberInput>(html`<dvc-id-number-input hint="Gồm 12 chữ số" value="0011"></dvc-id-number-input>`);
      await el.updateComplete;
      const input = inputOf(el);
      expect(el.shadowRoot!.querySelector('label')!.htmlFor).to.equal(input.id);
      expect(input.labels![0]!.textContent!.trim()).to.equal('Số định danh cá nhân');
      expect(input.getAttribute('aria-describedby')).to.equal('hint');
      expect(el.shadowRoot!.getElementById('hint')!.textContent).to.equal('Gồm 12 chữ số');
      el.validate();
      await el.updateComplete;
      expect(input.getAttribute('aria-describedby')).to.equal('hint error');
      expect(el.shadowRoot!.getElementById('error') === errorOf(el), 'the error has id="error"').to.equal(true);
      // Error above the field, after label and hint (GOV.UK's order).
      const parts = [...el.shadowRoot!.querySelectorAll('[part]')].map((p) => p.getAttribute('part'));
      expect(parts).to.deep.equal(['field', 'label', 'hint', 'error', 'input']);
    });

    it('a numeric keyboard, no autofill, a length guard; required is said to assistive technology', async () => {
      const input = inputOf(await mount({ required: true }));
      expect(input.inputMode).to.equal('numeric');
      expect(input.autocomplete).to.equal('off');
      expect(input.maxLength).to.equal(16);
      expect(input.getAttribute('aria-required')).to.equal('true');
      expect(inputOf(await mount({ mode: 'tax-code' })).maxLength).to.equal(18);
    });

    it('the length guard still lets a number one digit too long, with spaces, be typed and named', async () => {
      const el = await mount();
      await typeInto(el, '001 1 90 0123456');
      expect(el.value).to.equal('0011900123456');
      expect(el.errorCode).to.equal('id_number_format');
      await sendKeys({ type: '7777' });
      expect(inputOf(el).value.length, 'no further').to.equal(16);
    });

    it('fits 320 CSS px with a long label and an error, and reads at 400% zoom (a 80 px wide container)', async () => {
      for (const width of [320, 80]) {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"><dvc-id-number-input
          label="Số định danh cá nhân của người đi đăng ký khai sinh cho trẻ" hint="Gồm 12 chữ số, in trên thẻ căn cước" value="003190012345"
        ></dvc-id-number-input></div>`);
        const el = wrapper.firstElementChild as DvcIdNumberInput;
        el.validate();
        await el.updateComplete;
        const field = el.shadowRoot!.querySelector<HTMLElement>('[part~="field"]')!;
        expect(field.scrollWidth, `no horizontal scrolling at ${width} px`).to.be.at.most(width);
        expect(inputOf(el).getBoundingClientRect().right, `the field inside ${width} px`).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
        expect(inputOf(el).getBoundingClientRect().height, 'a 44 px target').to.be.at.least(44);
      }
    });

    it('in forced colors the field keeps a visible border, and the error its bar', async () => {
      await emulateMedia({ forcedColors: 'active' });
      try {
        const { el } = await checkedMessage({ value: '0011' });
        const input = getComputedStyle(inputOf(el));
        expect(input.borderTopStyle).to.equal('solid');
        expect(parseFloat(input.borderTopWidth)).to.be.at.least(1);
        const bar = getComputedStyle(el.shadowRoot!.querySelector('[part~="field"]')!);
        expect(parseFloat(bar.borderInlineStartWidth)).to.be.at.least(3);
        expect(bar.borderInlineStartColor).not.to.equal('rgba(0, 0, 0, 0)');
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });

    it('focus() puts focus in the field', async () => {
      const el = await mount();
      el.focus();
      expect(el.shadowRoot!.activeElement === inputOf(el), 'focus in the field').to.equal(true);
    });
  });

  describe('events', () => {
    it('input when the person changes the value, bubbling out of the shadow root; not for a space, not when set by code', async () => {
      const el = await mount();
      const seen: Array<{ value: string; composed: boolean; bubbles: boolean }> = [];
      const listen = (e: Event) => {
        if (e.target === el) seen.push({ value: el.value, composed: e.composed, bubbles: e.bubbles });
      };
      // On the page around it (the fixture's container goes with the test, and its listener too).
      el.parentElement!.addEventListener('input', listen);
      await typeInto(el, '00 1');
      expect(seen.map((s) => s.value)).to.deep.equal(['0', '00', '001']);
      expect(seen.every((s) => s.composed && s.bubbles)).to.equal(true);
      el.value = MAN_1985_THANH_HOA;
      await el.updateComplete;
      expect(inputOf(el).value).to.equal(MAN_1985_THANH_HOA);
      expect(seen).to.have.length(3);
    });

    it('change when the person leaves a changed value, once; not when nothing changed', async () => {
      const { el } = await mountWithNext(html`<dvc-id-number-input value=${WOMAN_1990_HANOI}></dvc-id-number-input>`);
      const changes: string[] = [];
      const listen = (e: Event) => {
        if (e.target === el) changes.push(el.value);
      };
      el.parentElement!.addEventListener('change', listen);
      el.focus();
      await leave(el);
      expect(changes, 'left untouched').to.deep.equal([]);
      el.focus();
      inputOf(el).setSelectionRange(12, 12);
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '9' });
      await leave(el);
      expect(changes).to.deep.equal(['001190012349']);
      el.focus();
      await sendKeys({ type: ' ' });
      await leave(el);
      expect(changes, 'a space changes no value').to.deep.equal(['001190012349']);
    });
  });

  describe('in a plain <form>', () => {
    async function mountForm(field = html`<dvc-id-number-input name="idNumber" required></dvc-id-number-input>`) {
      const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
        <fieldset>${field}</fieldset><button type="submit">Gửi</button>
      </form>`);
      const el = form.querySelector('dvc-id-number-input') as DvcIdNumberInput;
      await el.updateComplete;
      return { form, el, fieldset: form.querySelector('fieldset')! };
    }

    it('FormData carries the digits typed, spaces dropped, under its name', async () => {
      const { form, el } = await mountForm();
      expect(el.form === form, 'its form').to.equal(true);
      await typeInto(el, '038 085 004 321');
      expect(new FormData(form).get('idNumber')).to.equal(MAN_1985_THANH_HOA);
    });

    it('required and empty blocks the form; a wrong number too; a right one lets it through', async () => {
      const { form, el } = await mountForm();
      expect(form.checkValidity()).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      el.value = '003190012345';
      await el.updateComplete;
      expect(form.checkValidity()).to.equal(false);
      el.value = WOMAN_1990_HANOI;
      await el.updateComplete;
      expect(form.checkValidity()).to.equal(true);
      expect(el.matches(':invalid')).to.equal(false);
    });

    it('reportValidity() shows the message beside the field and points at it', async () => {
      const { form, el } = await mountForm();
      el.value = '0011';
      await el.updateComplete;
      expect(form.reportValidity()).to.equal(false);
      await el.updateComplete;
      expect(errorText(el)).to.equal(`Lỗi: ${messageFor('id_number_format').vi}`);
      expect(el.shadowRoot!.activeElement === inputOf(el), 'focus in the field').to.equal(true);
    });

    it('Enter submits the form when the number is right; a wrong one is stopped with its message', async () => {
      const { form, el } = await mountForm();
      let submitted = 0;
      form.addEventListener('submit', () => (submitted += 1));
      await typeInto(el, '00319001234');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(submitted).to.equal(0);
      expect(el.errorCode).to.equal('id_number_format');
      expect(errorText(el)).not.to.equal(null);
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '345' });
      await el.updateComplete;
      expect(el.value).to.equal('003190012345');
      await sendKeys({ press: 'Enter' });
      expect(submitted, 'province 003 stops it too').to.equal(0);
      inputOf(el).setSelectionRange(2, 3);
      await sendKeys({ type: '1' });
      await sendKeys({ press: 'Enter' });
      expect(submitted).to.equal(1);
    });

    it('reset() brings back the initial value and takes the message away', async () => {
      const { form, el } = await mountForm(html`<dvc-id-number-input name="idNumber" value=${WOMAN_1990_HANOI}></dvc-id-number-input>`);
      await typeInto(el, '99');
      el.validate();
      await el.updateComplete;
      expect(errorText(el)).not.to.equal(null);
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal(WOMAN_1990_HANOI);
      expect(inputOf(el).value).to.equal(WOMAN_1990_HANOI);
      expect(errorText(el)).to.equal(null);
      expect(new FormData(form).get('idNumber')).to.equal(WOMAN_1990_HANOI);
    });

    it('a disabled fieldset disables it: not focusable, not validated, not submitted', async () => {
      const { form, el, fieldset } = await mountForm(html`<dvc-id-number-input name="idNumber" value="0011" required></dvc-id-number-input>`);
      fieldset.disabled = true;
      await el.updateComplete;
      expect(inputOf(el).disabled).to.equal(true);
      expect(el.willValidate).to.equal(false);
      expect(el.matches(':disabled')).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
      expect(new FormData(form).has('idNumber')).to.equal(false);
      expect(el.validate()).to.equal(true);
      fieldset.disabled = false;
      await el.updateComplete;
      expect(inputOf(el).disabled).to.equal(false);
      expect(form.checkValidity()).to.equal(false);
    });

    it('its own disabled attribute does the same', async () => {
      const { form, el } = await mountForm(html`<dvc-id-number-input name="idNumber" value=${WOMAN_1990_HANOI} disabled></dvc-id-number-input>`);
      expect(inputOf(el).disabled).to.equal(true);
      expect(new FormData(form).has('idNumber')).to.equal(false);
      el.disabled = false;
      await el.updateComplete;
      expect(inputOf(el).disabled).to.equal(false);
      expect(new FormData(form).get('idNumber')).to.equal(WOMAN_1990_HANOI);
    });

    it('a value the browser restores becomes its value', async () => {
      const { form, el } = await mountForm();
      el.formStateRestoreCallback(MAN_1985_THANH_HOA, 'restore');
      await el.updateComplete;
      expect(inputOf(el).value).to.equal(MAN_1985_THANH_HOA);
      expect(new FormData(form).get('idNumber')).to.equal(MAN_1985_THANH_HOA);
    });

    it('the invalid event a form fires is the platform\'s', async () => {
      const { el } = await mountForm();
      const invalid = oneEvent(el, 'invalid');
      el.checkValidity();
      await invalid;
      await el.updateComplete;
      expect(errorText(el)).to.equal(`Lỗi: ${messageFor('required').vi}`);
    });
  });
});
