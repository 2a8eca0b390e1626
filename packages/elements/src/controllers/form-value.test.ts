/// <reference types="mocha" />
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { FormAssociated, type FieldValidity, type FormRestoreMode, type FormSubmission } from './form-value.js';

/** A small field: submits `value`, invalid while `required` and empty, its input is the anchor. */
class TestField extends FormAssociated(LitElement) {
  @property() value = '';
  @property({ type: Boolean }) required = false;
  resets = 0;
  restored: Array<[FormSubmission, FormRestoreMode]> = [];

  get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input');
  }

  protected override formValue(): FormSubmission {
    return this.value || null;
  }

  protected override formValidity(): FieldValidity | null {
    return this.required && !this.value ? { flags: { valueMissing: true }, message: 'Choose a procedure.', anchor: this.input } : null;
  }

  protected override formReset(): void {
    this.resets += 1;
    this.value = '';
  }

  protected override formRestore(state: FormSubmission, mode: FormRestoreMode): void {
    this.restored.push([state, mode]);
    if (typeof state === 'string') this.value = state;
  }

  protected override render() {
    return html`<input aria-label="Procedure" .value=${this.value} ?disabled=${this.formDisabled} />`;
  }
}
customElements.define('dvc-test-form-field', TestField);

/** A field with its own reflected `disabled`, as every input of the kit has. */
class DisablableField extends FormAssociated(LitElement) {
  @property({ type: Boolean, reflect: true }) disabled = false;
  protected override render() {
    return html`<input aria-label="Phone" ?disabled=${this.disabled || this.formDisabled} />`;
  }
}
customElements.define('dvc-test-disablable-field', DisablableField);

async function mountInForm(field = html`<dvc-test-form-field name="procedure"></dvc-test-form-field>`) {
  const form = await fixture<HTMLFormElement>(html`<form><fieldset>${field}</fieldset></form>`);
  const el = form.querySelector('dvc-test-form-field') as TestField;
  await el.updateComplete;
  return { form, el, fieldset: form.querySelector('fieldset')! };
}

describe('FormAssociated / FormValueController', () => {
  it('belongs to its form, and FormData carries the value under the name attribute', async () => {
    const { form, el } = await mountInForm();
    expect(el.form).to.equal(form);
    expect(new FormData(form).has('procedure'), 'nothing chosen yet').to.equal(false);
    el.value = '1.000656';
    await el.updateComplete;
    expect(new FormData(form).get('procedure')).to.equal('1.000656');
    el.value = '';
    await el.updateComplete;
    expect(new FormData(form).has('procedure')).to.equal(false);
  });

  it('required and empty is valueMissing with the host message, anchored on an input that exists only after render', async () => {
    const { form, el } = await mountInForm(html`<dvc-test-form-field name="procedure" required></dvc-test-form-field>`);
    expect(el.willValidate).to.equal(true);
    expect(el.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Choose a procedure.');
    expect(el.matches(':invalid')).to.equal(true);
    expect(form.checkValidity()).to.equal(false);

    const invalid = oneEvent(el, 'invalid');
    expect(el.reportValidity()).to.equal(false);
    await invalid;
    expect(el.shadowRoot!.activeElement, 'the browser points at the anchor').to.equal(el.input);

    el.value = '1.000656';
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
    expect(el.validity.valid).to.equal(true);
    expect(el.validationMessage).to.equal('');
    expect(form.checkValidity()).to.equal(true);
  });

  it("the form's reset runs the host's reset hook, and the emptied value reaches the form", async () => {
    const { form, el } = await mountInForm();
    el.value = '1.000656';
    await el.updateComplete;
    form.reset();
    expect(el.resets).to.equal(1);
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(new FormData(form).has('procedure')).to.equal(false);
  });

  it('a disabled fieldset reaches the host: formDisabled, re-render, not validated, not submitted', async () => {
    const { form, el, fieldset } = await mountInForm(html`<dvc-test-form-field name="procedure" value="1.000656" required></dvc-test-form-field>`);
    expect(el.formDisabled).to.equal(false);
    fieldset.disabled = true;
    await el.updateComplete;
    expect(el.formDisabled).to.equal(true);
    expect(el.input!.disabled).to.equal(true);
    expect(el.willValidate).to.equal(false);
    expect(el.matches(':disabled')).to.equal(true);
    expect(new FormData(form).has('procedure'), 'disabled fields are not submitted').to.equal(false);
    fieldset.disabled = false;
    await el.updateComplete;
    expect(el.formDisabled).to.equal(false);
    expect(el.input!.disabled).to.equal(false);
    expect(new FormData(form).get('procedure')).to.equal('1.000656');
  });

  it('its own disabled property, set from code, disables and enables what it renders', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><dvc-test-disablable-field name="phone"></dvc-test-disablable-field></form>`);
    const el = form.querySelector('dvc-test-disablable-field') as DisablableField;
    const input = () => el.shadowRoot!.querySelector('input')!;
    // One update is enough, though Lit reflects `disabled` only after it renders.
    for (const disabled of [true, false, true, false]) {
      el.disabled = disabled;
      await el.updateComplete;
      expect(input().disabled, `inner input after disabled = ${disabled}`).to.equal(disabled);
      expect(el.formDisabled).to.equal(disabled);
      expect(el.matches(':disabled')).to.equal(disabled);
    }
  });

  it('a restored state reaches the host hook with its mode and becomes the submitted value', async () => {
    const { form, el } = await mountInForm();
    el.formStateRestoreCallback('1.000894', 'restore');
    expect(el.restored).to.deep.equal([['1.000894', 'restore']]);
    await el.updateComplete;
    expect(new FormData(form).get('procedure')).to.equal('1.000894');
  });

  it('is form-associated outside a form too, with no form and a working validity', async () => {
    const el = await fixture<TestField>(html`<dvc-test-form-field required></dvc-test-form-field>`);
    expect((el.constructor as typeof TestField).formAssociated).to.equal(true);
    expect(el.form).to.equal(null);
    expect(el.checkValidity()).to.equal(false);
  });
});
