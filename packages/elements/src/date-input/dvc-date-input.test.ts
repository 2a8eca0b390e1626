/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { messageFor, todayInVietnam } from '@dvc-kit/spec/forms';
import './define.js';
import type { DvcDateInput } from './dvc-date-input.component.js';
import type { DatePart } from './date-parts.js';

const field = (el: DvcDateInput, part: DatePart) => el.shadowRoot!.querySelector<HTMLInputElement>(`#${part}`)!;
const errorText = (el: DvcDateInput) => el.shadowRoot!.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const marked = (el: DvcDateInput) => (['day', 'month', 'year'] as const).filter((p) => field(el, p).getAttribute('aria-invalid') === 'true');

/** Types into one field with the real keyboard. */
async function type(el: DvcDateInput, part: DatePart, text: string): Promise<void> {
  field(el, part).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Fills the fields the person would, leaving the others as they are. */
async function fill(el: DvcDateInput, parts: Partial<Record<DatePart, string>>): Promise<void> {
  for (const [part, text] of Object.entries(parts) as Array<[DatePart, string]>) await type(el, part, text);
}

/** A date input with a button after it, to leave it for. */
async function mount(attributes = '', form = false): Promise<{ el: DvcDateInput; away: HTMLButtonElement; form: HTMLFormElement | null }> {
  const markup = `<dvc-date-input name="birthDate" label="Ngày sinh" ${attributes}></dvc-date-input><button type="button">Tiếp</button>`;
  const root = await fixture<HTMLElement>(form ? `<form>${markup}</form>` : `<div>${markup}</div>`);
  const el = root.querySelector('dvc-date-input') as DvcDateInput;
  await el.updateComplete;
  return { el, away: root.querySelector('button')!, form: form ? (root as HTMLFormElement) : null };
}

async function leave(el: DvcDateInput, away: HTMLElement): Promise<void> {
  away.focus();
  await el.updateComplete;
}

/** Validates in Vietnamese, then says what the English element says for the same answer. */
async function messagesOf(attributes: string, parts: Partial<Record<DatePart, string>>) {
  const { el } = await mount(attributes);
  await fill(el, parts);
  expect(el.validate(), 'validate() finds the mistake').to.equal(false);
  await el.updateComplete;
  const vi = { text: errorText(el), validationMessage: el.validationMessage, marked: marked(el), code: el.errorCode };
  el.setAttribute('lang', 'en');
  await el.updateComplete;
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
  return { vi, en: { text: errorText(el), validationMessage: el.validationMessage }, el };
}

describe('<dvc-date-input>', () => {
  describe('what it shows', () => {
    it('a fieldset whose legend is the label, the example, and three numeric fields with their own labels', async () => {
      const { el } = await mount();
      const root = el.shadowRoot!;
      expect(root.querySelector('fieldset legend')!.textContent).to.equal('Ngày sinh');
      expect(root.querySelector('[part~="hint"]')!.textContent).to.equal('Ví dụ: 27 3 2007');
      for (const [part, label] of [['day', 'Ngày'], ['month', 'Tháng'], ['year', 'Năm']] as const) {
        const input = field(el, part);
        expect(input.inputMode, part).to.equal('numeric');
        expect(input.type, part).to.equal('text');
        expect(input.hasAttribute('autocomplete'), `${part}: no autocomplete unless asked`).to.equal(false);
        expect(root.querySelector(`label[for="${part}"]`)!.textContent).to.equal(label);
        expect(input.getAttribute('aria-describedby')).to.equal('hint');
        expect(input.part.contains('input') && input.part.contains(part)).to.equal(true);
      }
    });

    it('autocomplete="bday" names each field bday-day, bday-month, bday-year', async () => {
      const { el } = await mount('autocomplete="bday"');
      expect(['day', 'month', 'year'].map((p) => field(el, p as DatePart).getAttribute('autocomplete'))).to.deep.equal(['bday-day', 'bday-month', 'bday-year']);
    });

    it("an author's hint comes above the example; English labels, hint and default legend", async () => {
      const { el } = await mount('hint="Như trên giấy khai sinh"');
      expect(el.shadowRoot!.querySelector('[part~="hint"]')!.textContent).to.equal('Như trên giấy khai sinh Ví dụ: 27 3 2007');
      const en = await fixture<DvcDateInput>(html`<dvc-date-input lang="en"></dvc-date-input>`);
      expect(en.shadowRoot!.querySelector('legend')!.textContent).to.equal('Date');
      expect(en.shadowRoot!.querySelector('[part~="hint"]')!.textContent).to.equal('For example, 27 3 2007');
      expect([...en.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent)).to.deep.equal(['Day', 'Month', 'Year']);
    });
  });

  describe('value', () => {
    it('is the ISO date the fields make, leading zeros and spaces allowed; empty while incomplete', async () => {
      const { el } = await mount();
      await fill(el, { day: '05', month: '03' });
      expect(el.value, 'no year yet').to.equal('');
      await fill(el, { year: '2007' });
      expect(el.value).to.equal('2007-03-05');
      field(el, 'day').select();
      await sendKeys({ type: ' 5 ' });
      expect(el.value).to.equal('2007-03-05');
    });

    it('is empty for a date that does not exist', async () => {
      const { el } = await mount();
      await fill(el, { day: '31', month: '2', year: '2023' });
      expect(el.value).to.equal('');
    });

    it('set by code (ISO or dd/mm/yyyy) fills the fields; anything else empties them', async () => {
      const { el } = await mount('value="2007-03-27"');
      expect([field(el, 'day').value, field(el, 'month').value, field(el, 'year').value]).to.deep.equal(['27', '3', '2007']);
      el.value = '05/11/1990';
      await el.updateComplete;
      expect(el.value).to.equal('1990-11-05');
      expect(field(el, 'month').value).to.equal('11');
      el.value = 'yesterday';
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect(field(el, 'day').value).to.equal('');
    });

    it('a whole date pasted into the day spreads into the three fields', async () => {
      const { el } = await mount();
      field(el, 'day').focus();
      // What a paste inserts, as the browser's editing command does it.
      document.execCommand('insertText', false, '27/03/2007');
      await el.updateComplete;
      expect([field(el, 'day').value, field(el, 'month').value, field(el, 'year').value]).to.deep.equal(['27', '03', '2007']);
      expect(el.value).to.equal('2007-03-27');
    });

    it('a whole date typed into the day spreads too, once the year is complete', async () => {
      const { el } = await mount();
      await type(el, 'day', '5.11.1990');
      expect(el.value).to.equal('1990-11-05');
      expect(field(el, 'day').value).to.equal('5');
      expect(field(el, 'year').value).to.equal('1990');
    });
  });

  describe('every kind of mistake, its code, its message (vi and en) and the fields it marks', () => {
    it('nothing given to a required date: required, every field marked', async () => {
      const { vi, en, el } = await messagesOf('required', {});
      expect(vi.code).to.equal('required');
      expect(vi.text).to.equal(`Lỗi: ${messageFor('required').vi}`);
      expect(en.text).to.equal(`Error: ${messageFor('required').en}`);
      expect(vi.marked).to.deep.equal(['day', 'month', 'year']);
      expect(el.validity.valueMissing).to.equal(true);
    });

    it('nothing given to an optional date is fine', async () => {
      const { el } = await mount();
      expect(el.validate()).to.equal(true);
      expect(el.errorCode).to.equal(null);
      await el.updateComplete;
      expect(errorText(el)).to.equal('');
    });

    it('a missing month: named in the message, only the month marked', async () => {
      const { vi, en, el } = await messagesOf('', { day: '27', year: '2007' });
      expect(vi.code).to.equal('date_invalid');
      expect(vi.text).to.equal('Lỗi: Vui lòng nhập tháng.');
      expect(vi.validationMessage).to.equal('Vui lòng nhập tháng.');
      expect(en.text).to.equal('Error: The date must include a month.');
      expect(en.validationMessage).to.equal('The date must include a month.');
      expect(vi.marked).to.deep.equal(['month']);
      expect(el.validity.badInput).to.equal(true);
    });

    it('a missing month and year: both named, both marked', async () => {
      const { vi, en } = await messagesOf('', { day: '27' });
      expect(vi.text).to.equal('Lỗi: Vui lòng nhập tháng và năm.');
      expect(en.text).to.equal('Error: The date must include a month and year.');
      expect(vi.marked).to.deep.equal(['month', 'year']);
    });

    it('a missing day', async () => {
      const { vi, en } = await messagesOf('', { month: '3', year: '2007' });
      expect(vi.text).to.equal('Lỗi: Vui lòng nhập ngày.');
      expect(en.text).to.equal('Error: The date must include a day.');
      expect(vi.marked).to.deep.equal(['day']);
    });

    it('31/02 does not exist: the shared date_invalid message, the day marked', async () => {
      const { vi, en } = await messagesOf('', { day: '31', month: '2', year: '2023' });
      expect(vi.code).to.equal('date_invalid');
      expect(vi.text).to.equal(`Lỗi: ${messageFor('date_invalid').vi}`);
      expect(en.text).to.equal(`Error: ${messageFor('date_invalid').en}`);
      expect(vi.marked).to.deep.equal(['day']);
    });

    it('29/02 exists in a leap year only', async () => {
      const { el } = await mount();
      await fill(el, { day: '29', month: '2', year: '2024' });
      expect(el.validate()).to.equal(true);
      expect(el.value).to.equal('2024-02-29');
    });

    it('month 13: the month marked', async () => {
      const { vi } = await messagesOf('', { day: '1', month: '13', year: '2020' });
      expect(vi.code).to.equal('date_invalid');
      expect(vi.marked).to.deep.equal(['month']);
    });

    it('letters in a field: that field marked', async () => {
      const { vi } = await messagesOf('', { day: '1', month: 'ba', year: '2020' });
      expect(vi.text).to.equal(`Lỗi: ${messageFor('date_invalid').vi}`);
      expect(vi.marked).to.deep.equal(['month']);
    });

    it('a 2-digit year: asks for 4 digits, the year marked', async () => {
      const { vi, en } = await messagesOf('', { day: '27', month: '3', year: '07' });
      expect(vi.code).to.equal('date_invalid');
      expect(vi.text).to.equal('Lỗi: Năm phải gồm 4 chữ số, ví dụ 2007.');
      expect(en.text).to.equal('Error: The year must have 4 digits, for example 2007.');
      expect(vi.marked).to.deep.equal(['year']);
    });

    it('before min: names the earliest date, the whole date marked', async () => {
      const { vi, en, el } = await messagesOf('min="2020-01-01"', { day: '31', month: '12', year: '2019' });
      expect(vi.code).to.equal('date_invalid');
      expect(vi.text).to.equal('Lỗi: Ngày không được trước 01/01/2020.');
      expect(en.text).to.equal('Error: The date must not be before 01/01/2020.');
      expect(vi.marked).to.deep.equal(['day', 'month', 'year']);
      expect(el.validity.rangeUnderflow).to.equal(true);
    });

    it('on min and on max is fine', async () => {
      for (const [attributes, parts] of [['min="2020-01-01"', { day: '1', month: '1', year: '2020' }], ['max="2025-06-30"', { day: '30', month: '6', year: '2025' }]] as const) {
        const { el } = await mount(attributes);
        await fill(el, parts);
        expect(el.validate(), attributes).to.equal(true);
      }
    });

    it('after max: date_in_future naming the latest date', async () => {
      const { vi, en, el } = await messagesOf('max="2025-06-30"', { day: '1', month: '7', year: '2025' });
      expect(vi.code).to.equal('date_in_future');
      expect(vi.text).to.equal('Lỗi: Ngày không được sau 30/06/2025.');
      expect(en.text).to.equal('Error: The date must not be after 30/06/2025.');
      expect(el.validity.rangeOverflow).to.equal(true);
    });

    it('not-future: tomorrow is date_in_future with the shared message, today is fine', async () => {
      const { vi, en } = await messagesOf('not-future', { day: '1', month: '1', year: '2999' });
      expect(vi.code).to.equal('date_in_future');
      expect(vi.text).to.equal(`Lỗi: ${messageFor('date_in_future').vi}`);
      expect(en.text).to.equal(`Error: ${messageFor('date_in_future').en}`);
      const { el } = await mount('not-future');
      el.value = todayInVietnam(new Date());
      expect(el.validate(), 'today').to.equal(true);
    });

    it('not-future with a later max: today is the limit; with an earlier max: that date is', async () => {
      const later = await messagesOf('not-future max="2999-12-31"', { day: '1', month: '1', year: '2999' });
      expect(later.vi.text).to.equal(`Lỗi: ${messageFor('date_in_future').vi}`);
      const earlier = await messagesOf('not-future max="2000-12-31"', { day: '1', month: '1', year: '2001' });
      expect(earlier.vi.text).to.equal('Lỗi: Ngày không được sau 31/12/2000.');
    });
  });

  describe('when it checks', () => {
    it('not while the person types a first time, nor when they move between its fields; when they leave it', async () => {
      const { el, away } = await mount('required');
      await type(el, 'day', '27');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(field(el, 'month'));
      expect(errorText(el), 'moving to the month is not leaving').to.equal('');
      await leave(el, away);
      expect(errorText(el)).to.equal('Lỗi: Vui lòng nhập tháng và năm.');
    });

    it('leaves by keyboard: Tab out of the year shows the problem', async () => {
      const { el, away } = await mount();
      await type(el, 'day', '27');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(document.activeElement).to.equal(away);
      expect(errorText(el)).to.equal('Lỗi: Vui lòng nhập tháng và năm.');
    });

    it('once shown, it follows the typing: the message changes as it is put right, and goes as soon as it is right', async () => {
      const { el, away } = await mount();
      await type(el, 'day', '27');
      await leave(el, away);
      expect(marked(el)).to.deep.equal(['month', 'year']);
      await type(el, 'month', '3');
      expect(errorText(el)).to.equal('Lỗi: Vui lòng nhập năm.');
      expect(marked(el)).to.deep.equal(['year']);
      await type(el, 'year', '200');
      expect(errorText(el), 'still wrong while typing').to.equal('Lỗi: Năm phải gồm 4 chữ số, ví dụ 2007.');
      await sendKeys({ type: '7' });
      await el.updateComplete;
      expect(errorText(el), 'right: gone at once, before leaving').to.equal('');
      expect(marked(el)).to.deep.equal([]);
      // The next mistake waits for the next leave again.
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(errorText(el)).to.equal('');
      await leave(el, away);
      expect(errorText(el)).to.equal('Lỗi: Năm phải gồm 4 chữ số, ví dụ 2007.');
    });

    it('Tab passing through an untouched required date shows nothing; validate() does', async () => {
      const { el, away } = await mount('required');
      field(el, 'day').focus();
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(document.activeElement).to.equal(away);
      expect(errorText(el)).to.equal('');
      expect(el.errorCode, 'the problem is known, not shown').to.equal('required');
      expect(el.validate()).to.equal(false);
      await el.updateComplete;
      expect(errorText(el)).to.equal(`Lỗi: ${messageFor('required').vi}`);
    });

    it('the error message has a stable id the fields point at, after the hint', async () => {
      const { el } = await mount('required');
      el.validate();
      await el.updateComplete;
      const error = el.shadowRoot!.querySelector('[part~="error"]')!;
      expect(error.id).to.equal('error');
      expect(error.querySelector('.visually-hidden')!.textContent).to.equal('Lỗi:');
      expect(field(el, 'day').getAttribute('aria-describedby')).to.equal('hint error');
      expect(el.shadowRoot!.querySelector('fieldset')!.classList.contains('invalid')).to.equal(true);
    });
  });

  describe('error set from outside', () => {
    it('shows beside the field with every field marked, and gives way to its own shown problem', async () => {
      const { el } = await mount('value="2007-03-27" error="Ngày sinh không khớp với giấy khai sinh."');
      expect(errorText(el)).to.equal('Lỗi: Ngày sinh không khớp với giấy khai sinh.');
      expect(marked(el)).to.deep.equal(['day', 'month', 'year']);
      expect(el.errorCode, 'no code of its own').to.equal(null);
      expect(el.checkValidity(), 'it does not block a resubmission').to.equal(true);
      el.value = '2007-02-31';
      el.validate();
      await el.updateComplete;
      expect(errorText(el)).to.equal(`Lỗi: ${messageFor('date_invalid').vi}`);
      el.error = '';
      el.value = '2007-03-27';
      await el.updateComplete;
      expect(errorText(el)).to.equal('');
      expect(marked(el)).to.deep.equal([]);
    });
  });

  describe('focus()', () => {
    it('moves to the day, or to the first field in error', async () => {
      const { el } = await mount();
      el.focus();
      expect(el.shadowRoot!.activeElement).to.equal(field(el, 'day'));
      await fill(el, { day: '27', year: '2007' });
      el.validate();
      await el.updateComplete;
      el.focus();
      expect(el.shadowRoot!.activeElement).to.equal(field(el, 'month'));
    });
  });

  describe('events', () => {
    it('fires input (bubbles, composed) when the date changes as typed, change when committed; none for code', async () => {
      const { el, away } = await mount();
      const seen: string[] = [];
      const record = (e: Event) => {
        const origin = e.composedPath()[0] as Node;
        if (origin === el || el.shadowRoot!.contains(origin)) seen.push(`${e.type}:${origin === el ? 'host' : 'inner'}:${e.bubbles && e.composed}:${el.value}`);
      };
      document.addEventListener('input', record);
      document.addEventListener('change', record);
      try {
        el.value = '2000-01-01';
        await el.updateComplete;
        el.value = '';
        await el.updateComplete;
        expect(seen, 'nothing for a value set by code').to.deep.equal([]);
        await type(el, 'day', '27');
        await type(el, 'month', '3');
        expect(seen, 'no date yet: no event, and the fields keep theirs inside').to.deep.equal([]);
        await type(el, 'year', '2007');
        expect(seen).to.deep.equal(['input:host:true:2007-03-27']);
        await leave(el, away);
        expect(seen).to.deep.equal(['input:host:true:2007-03-27', 'change:host:true:2007-03-27']);
        field(el, 'year').focus();
        await leave(el, away);
        expect(seen.length, 'leaving again without a change fires nothing').to.equal(2);
      } finally {
        document.removeEventListener('input', record);
        document.removeEventListener('change', record);
      }
    });
  });

  describe('in a plain form', () => {
    it('submits the ISO date under its name', async () => {
      const { el, form } = await mount('', true);
      expect(el.form).to.equal(form);
      expect(new FormData(form!).has('birthDate')).to.equal(false);
      await fill(el, { day: '5', month: '11', year: '1990' });
      expect(new FormData(form!).get('birthDate')).to.equal('1990-11-05');
    });

    it('required: the form is invalid, :invalid matches, and submitting shows the message beside the field', async () => {
      const { el, form } = await mount('required', true);
      expect(form!.checkValidity()).to.equal(false);
      expect(el.matches(':invalid')).to.equal(true);
      expect(el.validationMessage).to.equal(messageFor('required').vi);
      let submitted = false;
      form!.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted = true;
      });
      form!.requestSubmit();
      await el.updateComplete;
      expect(submitted).to.equal(false);
      expect(errorText(el)).to.equal(`Lỗi: ${messageFor('required').vi}`);
      await fill(el, { day: '5', month: '11', year: '1990' });
      expect(el.matches(':valid')).to.equal(true);
      form!.requestSubmit();
      expect(submitted).to.equal(true);
    });

    it('reportValidity() points at the first field in error', async () => {
      const { el } = await mount('', true);
      await fill(el, { day: '5', year: '1990' });
      field(el, 'year').blur();
      expect(el.reportValidity()).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(field(el, 'month'));
    });

    it("reset() brings back the value attribute's date and hides the errors", async () => {
      const { el, form } = await mount('value="2007-03-27"', true);
      await type(el, 'day', '9');
      el.validate();
      await el.updateComplete;
      expect(errorText(el)).not.to.equal('');
      form!.reset();
      await el.updateComplete;
      expect(el.value).to.equal('2007-03-27');
      expect(field(el, 'day').value).to.equal('27');
      expect(errorText(el)).to.equal('');
      expect(new FormData(form!).get('birthDate')).to.equal('2007-03-27');
    });

    it('a disabled fieldset disables the fields, and the date is neither validated nor submitted', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset><dvc-date-input name="d" value="2007-03-27" required></dvc-date-input></fieldset></form>`);
      const el = form.querySelector('dvc-date-input') as DvcDateInput;
      form.querySelector('fieldset')!.disabled = true;
      await el.updateComplete;
      expect(field(el, 'day').matches(':disabled')).to.equal(true);
      expect(el.matches(':disabled')).to.equal(true);
      expect(new FormData(form).has('d')).to.equal(false);
      expect(el.willValidate).to.equal(false);
      form.querySelector('fieldset')!.disabled = false;
      await el.updateComplete;
      expect(field(el, 'day').matches(':disabled')).to.equal(false);
      expect(new FormData(form).get('d')).to.equal('2007-03-27');
    });

    it('its own disabled attribute does the same', async () => {
      const { el, form } = await mount('value="2007-03-27" disabled', true);
      expect(field(el, 'year').matches(':disabled')).to.equal(true);
      expect(new FormData(form!).has('birthDate')).to.equal(false);
    });

    it('a restored state (back/forward) fills the fields', async () => {
      const { el, form } = await mount('', true);
      el.formStateRestoreCallback('1990-11-05', 'restore');
      await el.updateComplete;
      expect(field(el, 'month').value).to.equal('11');
      expect(new FormData(form!).get('birthDate')).to.equal('1990-11-05');
    });

    it("the validation message follows the element's language", async () => {
      const { el } = await mount('required lang="en"', true);
      expect(el.validationMessage).to.equal(messageFor('required').en);
    });
  });
});
