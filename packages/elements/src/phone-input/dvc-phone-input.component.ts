import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { normalizePhone, type FormErrorCode } from '@dvc-kit/spec/forms';
import { DvcBaseElement } from '../base/dvc-base-element.js';
import { FormAssociated, type FieldValidity, type FormSubmission } from '../controllers/form-value.js';
import { FieldCheck, fieldValidity, fireValueEvent } from '../field/field-check.js';
import { describedBy, fieldNotes, type FieldNotesView } from '../field/field-view.js';
import { fieldStrings } from '../field/field.strings.js';
import { fieldStyles } from '../field/field.styles.js';
import { checkPhone } from './phone-check.js';
import { phoneInputStrings } from './dvc-phone-input.strings.js';
import { phoneInputStyles } from './dvc-phone-input.styles.js';

/**
 * `<dvc-phone-input name="phone" required>`: a Vietnamese phone number, mobile or landline,
 * typed as people write it (`0912 345 678`, `+84 912.345.678`, `024-3825-1234`).
 *
 * Form-associated: the form receives the number in national form (`normalized`, e.g.
 * `0912345678`); `value` keeps what the person typed. Anything that is no Vietnamese number is
 * invalid (`phone_invalid`). It checks when the person leaves it, on `validate()`, and when the
 * form reports it, never while they type a first time.
 *
 * @fires input - the person changed the number (bubbles, composed)
 * @fires change - the person committed a new number (bubbles, composed)
 *
 * @csspart field - the wrapper of label, hint, error and field
 * @csspart label - the label
 * @csspart hint - the help under the label
 * @csspart error - the error message
 * @csspart input - the phone field
 */
export class DvcPhoneInput extends FormAssociated(DvcBaseElement) {
  static override styles = [DvcBaseElement.styles, fieldStyles, phoneInputStyles];

  /** Name of the answer in the form's data. */
  @property({ reflect: true }) name = '';

  /** The number as the person typed it; the `value` attribute is the value reset() restores. */
  @property() value = '';

  /** The visible label. Default: "Số điện thoại" / "Phone number". */
  @property() label = '';

  /** Help under the label. */
  @property() hint = '';

  /** An answer is needed. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Not editable and not submitted. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** A message from outside (the server's answer, the form's summary), shown as the element's own until it is cleared. */
  @property() error = '';

  private readonly check = new FieldCheck<never>(this, () => checkPhone(this.value, this.required));

  /** The number in national form (`0912345678`), as submitted; null while it is empty or no Vietnamese number. */
  get normalized(): string | null {
    return normalizePhone(this.value);
  }

  /** The stable code of the answer's problem now (`required`, `phone_invalid`), shown or not; null when it is fine. */
  get errorCode(): FormErrorCode | null {
    return checkPhone(this.value, this.required)?.code ?? null;
  }

  /** Checks the answer now and shows its message; true when it is fine. */
  validate(): boolean {
    return this.check.validate();
  }

  override focus(options?: FocusOptions): void {
    const input = this.input;
    if (input) input.focus(options);
    else super.focus(options);
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('input');
  }

  protected override formValue(): FormSubmission {
    // A number that is no Vietnamese one goes as typed, so the server refuses it rather than missing it.
    return this.normalized ?? (this.value.trim() || null);
  }

  protected override formValidity(): FieldValidity | null {
    return fieldValidity(checkPhone(this.value, this.required), this.locale, this.input);
  }

  protected override formReset(): void {
    this.value = this.getAttribute('value') ?? '';
    this.check.reset();
  }

  protected override formRestore(state: FormSubmission): void {
    if (typeof state === 'string') this.value = state;
  }

  private onInput(event: Event): void {
    event.stopPropagation();
    this.value = (event.target as HTMLInputElement).value;
    this.check.edited();
    fireValueEvent(this, 'input');
  }

  private onChange(event: Event): void {
    event.stopPropagation();
    fireValueEvent(this, 'change');
  }

  protected override render(): TemplateResult {
    const shown = this.check.visible;
    const notes: FieldNotesView = {
      hint: this.hint,
      error: shown?.message[this.locale] ?? this.error,
      errorPrefix: this.strings(fieldStrings).errorPrefix,
    };
    return html`<div part="field" class="field ${notes.error ? 'invalid' : ''}">
      <label part="label" for="input">${this.label || this.strings(phoneInputStrings).label}</label>
      ${fieldNotes(notes)}
      <input
        id="input"
        part="input"
        type="tel"
        inputmode="tel"
        autocomplete="tel"
        spellcheck="false"
        .value=${live(this.value)}
        ?disabled=${this.disabled || this.formDisabled}
        aria-invalid=${notes.error ? 'true' : 'false'}
        aria-required=${this.required ? 'true' : nothing}
        aria-describedby=${describedBy(notes)}
        @input=${this.onInput}
        @change=${this.onChange}
      />
    </div>`;
  }
}
