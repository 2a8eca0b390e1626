import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { FormErrorCode, Sex } from '@dvc-kit/spec/forms';
import { DvcBaseElement } from '../base/dvc-base-element.js';
import { FormAssociated, type FieldValidity, type FormSubmission } from '../controllers/form-value.js';
import { FieldCheck, fieldValidity, fireValueEvent, type FieldProblem } from '../field/field-check.js';
import { describedBy, fieldNotes, type FieldNotesView } from '../field/field-view.js';
import { fieldStrings } from '../field/field.strings.js';
import { fieldStyles } from '../field/field.styles.js';
import { idNumberInputStrings } from './dvc-id-number-input.strings.js';
import { idNumberInputStyles } from './dvc-id-number-input.styles.js';
import { MAX_LENGTH, idNumberFieldProblem, normalizeIdNumber, toMode, toSex, type IdNumberMode } from './id-number-check.js';

/**
 * `<dvc-id-number-input name="idNumber" birth-date="1990-04-12" sex="female">`: the 12-digit
 * personal identification number (số định danh cá nhân, on the CCCD card), or with
 * `mode="tax-code"` a tax code (mã số thuế: 10 digits with the check digit, 13 for a branch with
 * or without the dash, or since 1 July 2025 an individual's 12-digit personal identification number).
 *
 * A personal identification number must be 12 digits, start with a province-of-birth code, and
 * agree with `birth-date` and `sex` when they are given (its fourth digit says sex and century,
 * the fifth and sixth the year). Each kind of mistake has its own message, in the server's words
 * (`messageFor()` of `@dvc-kit/spec/forms`). Spaces between groups are dropped: `value` is the
 * number alone.
 *
 * It checks when the person leaves it having changed it, on `validate()`, and when a form
 * reports it invalid; never while they type a first time. Once an error shows, it follows
 * their typing and any change of `birth-date`, `sex` or `mode`, so the message goes as soon as
 * the answer is right.
 *
 * Form-associated: submits `value` under `name`; `required`, `reset()`, a disabled
 * `<fieldset>`, `checkValidity()`, `reportValidity()` and `:invalid` work as on a native input,
 * and Enter submits the form.
 *
 * @fires input - the person changed the number (a space typed changes nothing); bubbles, composed
 * @fires change - the person committed a changed number (leaving the field, Enter); bubbles, composed
 * @csspart field - the wrapper of label, hint, error and field
 * @csspart label - the label
 * @csspart hint - the help under the label
 * @csspart error - the error message (own check or `error`), with a hidden "Lỗi:"/"Error:" before it
 * @csspart input - the text field
 */
export class DvcIdNumberInput extends FormAssociated(DvcBaseElement) {
  static override styles = [DvcBaseElement.styles, fieldStyles, idNumberInputStyles];

  /** Name of the answer in the form's data. */
  @property({ reflect: true }) name = '';

  /**
   * The number, digits only: spaces between groups are dropped, a tax code keeps its dash. The
   * `value` attribute is the value reset() restores.
   */
  @property() value = '';

  /** 'personal-id' (default): the 12-digit personal identification number; 'tax-code': a tax code. */
  @property({ reflect: true }) mode: IdNumberMode = 'personal-id';

  /** The visible label. Default, after `mode`: "Số định danh cá nhân" / "Personal identification number", "Mã số thuế" / "Tax code". */
  @property() label = '';

  /** Help under the label. */
  @property() hint = '';

  /** An answer is needed. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Not editable and not submitted. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** A message from outside (the server's answer, the form's summary), shown as the element's own until it is cleared. */
  @property() error = '';

  /** The same person's date of birth (ISO yyyy-MM-dd): the number's century and year must match it. */
  @property({ attribute: 'birth-date' }) birthDate = '';

  /** The same person's sex, 'male' or 'female': the number's fourth digit must match it. */
  @property() sex: Sex | '' = '';

  /** What the field shows: the number as the person typed it, spaces and all. */
  private text = '';
  /** The value at the last `change`, so `change` says only a changed number. */
  private committed = '';

  private readonly check = new FieldCheck<never>(this, () => this.problem());

  /** The stable code of the answer's problem now (one of FORM_ERROR_CODES), shown or not; null when it is fine. */
  get errorCode(): FormErrorCode | null {
    return this.problem()?.code ?? null;
  }

  /** Checks the answer now and shows its message; true when it is fine. */
  validate(): boolean {
    if (this.disabled || this.formDisabled) return true;
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

  private problem(): FieldProblem<never> | null {
    return idNumberFieldProblem(this.value, {
      mode: toMode(this.mode),
      required: this.required,
      birthDate: this.birthDate,
      sex: toSex(this.sex),
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('value')) {
      // A value set by code is shown as given, kept without its spaces, and is what the next
      // `change` compares with; what the person types already matches the text.
      const clean = normalizeIdNumber(this.value ?? '');
      if (normalizeIdNumber(this.text) !== clean) {
        this.text = this.value ?? '';
        this.committed = clean;
      }
      this.value = clean;
    }
  }

  // ---- form association ----------------------------------------------------

  protected override formValue(): FormSubmission {
    return this.value || null;
  }

  protected override formValidity(): FieldValidity | null {
    return fieldValidity(this.problem(), this.locale, this.input);
  }

  protected override formReset(): void {
    this.value = this.getAttribute('value') ?? '';
    this.text = this.value;
    this.check.reset();
  }

  protected override formRestore(state: FormSubmission): void {
    if (typeof state === 'string') this.value = state;
  }

  // ---- the person's actions ------------------------------------------------

  private onInput(event: Event): void {
    // The host says `input` itself, and only when the number changes.
    event.stopPropagation();
    this.text = (event.target as HTMLInputElement).value;
    const next = normalizeIdNumber(this.text);
    if (next === this.value) return;
    this.value = next;
    this.check.edited();
    fireValueEvent(this, 'input');
  }

  private commit(): void {
    if (this.value === this.committed) return;
    this.committed = this.value;
    fireValueEvent(this, 'change');
  }

  /** Enter submits the form around the host, as from a native field (the inner one has no form). */
  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing) return;
    this.commit();
    const form = this.form;
    if (!form) return;
    event.preventDefault();
    const submitter = [...form.elements].find(
      (el): el is HTMLButtonElement | HTMLInputElement => (el instanceof HTMLButtonElement || el instanceof HTMLInputElement) && el.type === 'submit',
    );
    if (submitter?.disabled) return;
    form.requestSubmit(submitter ?? null);
  }

  protected override render(): TemplateResult {
    const t = this.strings(idNumberInputStrings);
    const mode = toMode(this.mode);
    const shown = this.check.visible;
    const notes: FieldNotesView = {
      hint: this.hint,
      error: shown?.message[this.locale] ?? this.error,
      errorPrefix: this.strings(fieldStrings).errorPrefix,
    };
    return html`<div part="field" class="field ${notes.error ? 'invalid' : ''}">
      <label part="label" for="input">${this.label || (mode === 'tax-code' ? t.labelTaxCode : t.labelPersonalId)}</label>
      ${fieldNotes(notes)}
      <input
        id="input"
        part="input"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        spellcheck="false"
        maxlength=${MAX_LENGTH[mode]}
        .value=${live(this.text)}
        ?disabled=${this.disabled || this.formDisabled}
        aria-invalid=${notes.error ? 'true' : 'false'}
        aria-required=${this.required ? 'true' : nothing}
        aria-describedby=${describedBy(notes)}
        @input=${this.onInput}
        @change=${this.commit}
        @keydown=${this.onKeyDown}
      />
    </div>`;
  }
}
