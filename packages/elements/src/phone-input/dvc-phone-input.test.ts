/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { messageFor } from '@dvc-kit/spec/forms';
import './define.js';
import type { DvcPhoneInput } from './dvc-phone-input.component.js';

const input = (el: DvcPhoneInput) => el.shadowRoot!.querySelector<HTMLInputElement>('input')!;
const errorText = (el: DvcPhoneInput) => el.shadowRoot!.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const invalid = (el: DvcPhoneInput) => input(el).getAttribute('aria-invalid');

async function type(el: DvcPhoneInput, text: string): Promise<void> {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** A phone input with a button after it, to leave it for. */
async function mount(attributes = '', form = false): Promise<{ el: DvcPhoneInput; away: HTMLButtonElement; form: HTMLFormElement | null }> {
  const markup = `<dvc-phone-input name="phone" ${attributes}></dvc-phone-input><button type="button">Tiếp</button>`;
  const root = await fixture<HTMLElement>(form ? `<form>${markup}</form>` : `<div>${markup}</div>`);
  const el = root.querySelector('dvc-phone-input') as DvcPhoneInput;
  await el.updateComplete;
  return { el, away: root.querySelector('button')!, form: form ? (root as HTMLFormElement) : null };
}

async function leave(el: DvcPhoneInput, away: HTMLElement): Promise<void> {
  away.focus();
  await el.updateComplete;
}

describe('<dvc-phone-input>', () => {
  it('one tel field with its label, autocomplete tel and inputmode tel', async () => {
    const { el } = await mount();
    const field = input(el);
    expect(field.type).to.equal('tel');
    expect(field.getAttribute('autocomplete')).to.equal('tel');
    expect(field.inputMode).to.equal('tel');
    expect(el.shadowRoot!.querySelector('label[for="input"]')!.textContent).to.equal('Số điện thoại');
    expect(field.hasAttribute('aria-describedby'), 'no hint, no error: nothing to point at').to.equal(false);
    const en = await fixture<DvcPhoneInput>(html`<dvc-phone-input lang="en" hint="Mobile or landline"></dvc-phone-input>`);
    expect(en.shadowRoot!.querySelector('label')!.textContent).to.equal('Phone number');
    expect(input(en).getAttribute('aria-describedby')).to.equal('hint');
  });

  describe('numbers it accepts, and the national form it submits', () => {
    const accepted: Array<[string, string]> = [
      ['0912345678', '0912345678'],
      ['0912 345 678', '0912345678'],
      ['+84 912 345 678', '0912345678'],
      ['+84912345678', '0912345678'],
      ['84912345678', '0912345678'],
      ['0912.345.678', '0912345678'],
      ['091-234-5678', '0912345678'],
      ['0386 123 456', '0386123456'],
      ['024 3825 1234', '02438251234'],
      ['+84 28 3822 1234', '02838221234'],
      ['(024) 3825-1234', '02438251234'],
    ];
    for (const [typed, national] of accepted) {
      it(`"${typed}" -> ${national}`, async () => {
        const { el, form, away } = await mount('required', true);
        await type(el, typed);
        await leave(el, away);
        expect(el.value, 'value keeps what was typed').to.equal(typed);
        expect(el.normalized).to.equal(national);
        expect(el.errorCode).to.equal(null);
        expect(el.validate()).to.equal(true);
        expect(errorText(el)).to.equal('');
        expect(new FormData(form!).get('phone')).to.equal(national);
      });
    }
  });

  describe('mistakes, their code and message in vi and en', () => {
    const refused = ['0112345678', '091234567', '09123456789', '12345', 'không có', '+1 202 555 0100', '0912-345-67a'];
    for (const typed of refused) {
      it(`"${typed}" is phone_invalid`, async () => {
        const { el, form } = await mount('', true);
        await type(el, typed);
        expect(el.normalized).to.equal(null);
        expect(el.errorCode).to.equal('phone_invalid');
        expect(el.validate()).to.equal(false);
        await el.updateComplete;
        expect(errorText(el)).to.equal(`Lỗi: ${messageFor('phone_invalid').vi}`);
        expect(el.validationMessage).to.equal(messageFor('phone_invalid').vi);
        expect(el.validity.typeMismatch).to.equal(true);
        expect(invalid(el)).to.equal('true');
        expect(new FormData(form!).get('phone'), 'sent as typed, for the server to refuse too').to.equal(typed);
        el.setAttribute('lang', 'en');
        await new Promise((r) => setTimeout(r));
        await el.updateComplete;
        expect(errorText(el)).to.equal(`Error: ${messageFor('phone_invalid').en}`);
        expect(el.validationMessage).to.equal(messageFor('phone_invalid').en);
      });
    }

    it('nothing given: required when required (vi and en), fine otherwise', async () => {
      const { el } = await mount('required');
      expect(el.errorCode).to.equal('required');
      expect(el.validate()).to.equal(false);
      await el.updateComplete;
      expect(errorText(el)).to.equal(`Lỗi: ${messageFor('required').vi}`);
      expect(el.validity.valueMissing).to.equal(true);
      el.lang = 'en';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(errorText(el)).to.equal(`Error: ${messageFor('required').en}`);
      const optional = await mount();
      expect(optional.el.validate()).to.equal(true);
      expect(optional.el.errorCode).to.equal(null);
      expect(optional.el.normalized).to.equal(null);
      await type(optional.el, '   ');
      expect(optional.el.validate(), 'spaces only count as nothing').to.equal(true);
    });
  });

  describe('when it checks', () => {
    it('not while the person types a first time; when they leave; then it clears as soon as the number is right', async () => {
      const { el, away } = await mount();
      await type(el, '0912 345');
      expect(errorText(el), 'typing').to.equal('');
      expect(invalid(el)).to.equal('false');
      await leave(el, away);
      expect(errorText(el)).to.equal(`Lỗi: ${messageFor('phone_invalid').vi}`);
      expect(invalid(el)).to.equal('true');
      expect(input(el).getAttribute('aria-describedby')).to.equal('error');
      await type(el, ' 67');
      expect(errorText(el), 'still wrong').not.to.equal('');
      await sendKeys({ type: '8' });
      await el.updateComplete;
      expect(errorText(el), 'right: gone before leaving').to.equal('');
      expect(invalid(el)).to.equal('false');
      await sendKeys({ type: '9' });
      await el.updateComplete;
      expect(errorText(el), 'a new mistake waits for the next leave').to.equal('');
      await leave(el, away);
      expect(errorText(el)).to.equal(`Lỗi: ${messageFor('phone_invalid').vi}`);
    });

    it('Tab passing through an untouched required field shows nothing; Tab out after typing does', async () => {
      const { el, away } = await mount('required');
      input(el).focus();
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(document.activeElement).to.equal(away);
      expect(errorText(el)).to.equal('');
      await type(el, '0');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(errorText(el)).to.equal(`Lỗi: ${messageFor('phone_invalid').vi}`);
    });

    it('the error has a stable id after the hint, with a hidden "Lỗi:" before it', async () => {
      const { el } = await mount('hint="Số di động" value="12"');
      el.validate();
      await el.updateComplete;
      const error = el.shadowRoot!.querySelector('[part~="error"]')!;
      expect(error.id).to.equal('error');
      expect(error.querySelector('.visually-hidden')!.textContent).to.equal('Lỗi:');
      expect(input(el).getAttribute('aria-describedby')).to.equal('hint error');
    });
  });

  it('an error from outside shows beside the field, without a code or blocking the form', async () => {
    const { el } = await mount('value="0912345678" error="Số này đã được dùng cho hồ sơ khác."');
    expect(errorText(el)).to.equal('Lỗi: Số này đã được dùng cho hồ sơ khác.');
    expect(invalid(el)).to.equal('true');
    expect(el.errorCode).to.equal(null);
    expect(el.checkValidity()).to.equal(true);
    el.error = '';
    await el.updateComplete;
    expect(errorText(el)).to.equal('');
  });

  it('focus() moves into the field', async () => {
    const { el } = await mount();
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
  });

  it('fires input (bubbles, composed) per change as typed and change when committed, once each; none for code', async () => {
    const { el, away } = await mount();
    const seen: string[] = [];
    const record = (e: Event) => {
      const origin = e.composedPath()[0] as Node;
      if (origin === el || el.shadowRoot!.contains(origin)) seen.push(`${e.type}:${origin === el ? 'host' : 'inner'}:${e.bubbles && e.composed}:${el.value}`);
    };
    document.addEventListener('input', record);
    document.addEventListener('change', record);
    try {
      el.value = '0912345678';
      await el.updateComplete;
      el.value = '';
      await el.updateComplete;
      expect(seen).to.deep.equal([]);
      await type(el, '09');
      await leave(el, away);
      expect(seen).to.deep.equal(['input:host:true:0', 'input:host:true:09', 'change:host:true:09']);
    } finally {
      document.removeEventListener('input', record);
      document.removeEventListener('change', record);
    }
  });

  describe('in a plain form', () => {
    it('required: the form is invalid and :invalid matches until a number is given; submitting shows the message', async () => {
      const { el, form } = await mount('required', true);
      expect(el.form).to.equal(form);
      expect(form!.checkValidity()).to.equal(false);
      expect(el.matches(':invalid')).to.equal(true);
      expect(new FormData(form!).has('phone')).to.equal(false);
      let submitted = 0;
      form!.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted++;
      });
      form!.requestSubmit();
      await el.updateComplete;
      expect(submitted).to.equal(0);
      expect(errorText(el)).to.equal(`Lỗi: ${messageFor('required').vi}`);
      await type(el, '0912 345 678');
      expect(el.matches(':valid')).to.equal(true);
      form!.requestSubmit();
      expect(submitted).to.equal(1);
    });

    it('reset() brings back the value attribute and hides the error', async () => {
      const { el, form } = await mount('value="024 3825 1234"', true);
      await type(el, 'x');
      el.validate();
      await el.updateComplete;
      expect(errorText(el)).not.to.equal('');
      form!.reset();
      await el.updateComplete;
      expect(el.value).to.equal('024 3825 1234');
      expect(input(el).value).to.equal('024 3825 1234');
      expect(errorText(el)).to.equal('');
      expect(new FormData(form!).get('phone')).to.equal('02438251234');
    });

    it('a disabled fieldset or its own disabled: not editable, not submitted, not validated', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset><dvc-phone-input name="phone" required></dvc-phone-input></fieldset></form>`);
      const el = form.querySelector('dvc-phone-input') as DvcPhoneInput;
      el.value = '0912345678';
      form.querySelector('fieldset')!.disabled = true;
      await el.updateComplete;
      expect(input(el).matches(':disabled')).to.equal(true);
      expect(new FormData(form).has('phone')).to.equal(false);
      expect(el.willValidate).to.equal(false);
      form.querySelector('fieldset')!.disabled = false;
      await el.updateComplete;
      expect(input(el).matches(':disabled')).to.equal(false);
      expect(new FormData(form).get('phone')).to.equal('0912345678');
      el.disabled = true;
      await el.updateComplete;
      expect(input(el).matches(':disabled')).to.equal(true);
      expect(new FormData(form).has('phone')).to.equal(false);
    });

    it('a restored state becomes the value', async () => {
      const { el, form } = await mount('', true);
      el.formStateRestoreCallback('0912345678', 'restore');
      await el.updateComplete;
      expect(input(el).value).to.equal('0912345678');
      expect(new FormData(form!).get('phone')).to.equal('0912345678');
    });

    it('reportValidity() points at the field', async () => {
      const { el } = await mount('value="12"', true);
      expect(el.reportValidity()).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(input(el));
    });
  });
});
