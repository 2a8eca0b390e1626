import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { todayInVietnam, type FormErrorCode } from '@dvc-kit/spec/forms';
import { DvcBaseElement } from '../base/dvc-base-element.js';
import { FormAssociated, type FieldValidity, type FormSubmission } from '../controllers/form-value.js';
import { FieldCheck, fieldValidity, fireValueEvent, type FieldProblem } from '../field/field-check.js';
import { describedBy, fieldNotes, type FieldNotesView } from '../field/field-view.js';
import { fieldStrings } from '../field/field.strings.js';
import { fieldStyles } from '../field/field.styles.js';
import { checkDate, DATE_PARTS, EMPTY_DATE, isoOf, partsOf, spreadDate, type DatePart, type DateParts } from './date-parts.js';
import { dateInputStrings } from './dvc-date-input.strings.js';
import { dateInputStyles } from './dvc-date-input.styles.js';

/**
 * `<dvc-date-input name="birthDate" label="Ngày sinh" not-future autocomplete="bday">`: a date
 * asked as day, month and year in three fields (GOV.UK's date input), submitted as an ISO date.
 *
 * Form-associated: its value (`yyyy-MM-dd`) goes into FormData under `name`; `required`, `min`,
 * `max` and `not-future` make it invalid (`:invalid`, checkValidity()) until they are met. It
 * checks when the person leaves it, on `validate()`, and when the form reports it, never while
 * they type a first time; only the fields in error are marked. A whole date pasted or typed into
 * one field (27/3/2007) fills the three.
 *
 * @fires input - the value changed as the person typed (bubbles, composed)
 * @fires change - the person committed a new value (bubbles, composed)
 *
 * @csspart field - the fieldset around everything
 * @csspart label - the legend: the question
 * @csspart hint - the help under it, with the example
 * @csspart error - the error message
 * @csspart input-label - the label of each field (day, month, year)
 * @csspart input - each of the three fields
 * @csspart day - the day field
 * @csspart month - the month field
 * @csspart year - the year field
 */
export class DvcDateInput extends FormAssociated(DvcBaseElement) {
  static override styles = [DvcBaseElement.styles, fieldStyles, dateInputStyles];

  /** Name of the answer in the form's data. */
  @property({ reflect: true }) name = '';

  /** The question, shown as the fieldset's legend. Default: "Ngày tháng năm" / "Date". */
  @property() label = '';

  /** Help under the label, shown above the example. */
  @property() hint = '';

  /** An answer is needed. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Not editable and not submitted. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** A message from outside (the server's answer, the form's summary), shown as the element's own until it is cleared. */
  @property() error = '';

  /** The earliest date allowed, ISO (`2020-01-01`). */
  @property() min = '';

  /** The latest date allowed, ISO. */
  @property() max = '';

  /** Not after today in Vietnam (a date of birth, an issue date). */
  @property({ type: Boolean, attribute: 'not-future' }) notFuture = false;

  /** `bday` for a date of birth: the fields then autofill as bday-day, bday-month and bday-year. */
  @property() autocomplete = '';

  @state() private parts: DateParts = { ...EMPTY_DATE };

  /** The value as last committed (a change event, or set by code): change fires only when it moves. */
  private committed = '';

  private readonly check = new FieldCheck<DatePart>(this, () => this.problem());

  /**
   * The date as ISO `yyyy-MM-dd`, '' while the fields are empty or make no real date. Setting it
   * (ISO, or dd/MM/yyyy) fills the three fields; the `value` attribute is the value reset() restores.
   */
  @property()
  get value(): string {
    return isoOf(this.parts);
  }

  set value(next: string) {
    this.parts = partsOf(next ?? '');
    this.committed = isoOf(this.parts);
  }

  /** The stable code of the answer's problem now (`required`, `date_invalid`, `date_in_future`), shown or not; null when it is fine. */
  get errorCode(): FormErrorCode | null {
    return this.problem()?.code ?? null;
  }

  /** Checks the answer now and shows its message; true when it is fine. */
  validate(): boolean {
    return this.check.validate();
  }

  /** Focuses the first field in error, else the day. */
  override focus(options?: FocusOptions): void {
    const first = this.check.visible?.parts[0] ?? 'day';
    const input = this.field(first);
    if (input) input.focus(options);
    else super.focus(options);
  }

  private problem(): FieldProblem<DatePart> | null {
    return checkDate(this.parts, {
      required: this.required,
      min: this.min,
      max: this.max,
      notFuture: this.notFuture,
      today: todayInVietnam(new Date()),
    });
  }

  private field(part: DatePart): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${part}`);
  }

  protected override formValue(): FormSubmission {
    return this.value || null;
  }

  protected override formValidity(): FieldValidity | null {
    const problem = this.problem();
    return fieldValidity(problem, this.locale, this.field(problem?.parts[0] ?? 'day'));
  }

  protected override formReset(): void {
    this.value = this.getAttribute('value') ?? '';
    this.check.reset();
  }

  protected override formRestore(state: FormSubmission): void {
    if (typeof state === 'string') this.value = state;
  }

  private onInput(part: DatePart, event: Event): void {
    // The host fires its own input, carrying the date, not each field's.
    event.stopPropagation();
    const before = this.value;
    const text = (event.target as HTMLInputElement).value;
    this.parts = spreadDate(text) ?? { ...this.parts, [part]: text };
    this.check.edited();
    if (this.value !== before) fireValueEvent(this, 'input');
  }

  private onChange(event: Event): void {
    event.stopPropagation();
    if (this.value === this.committed) return;
    this.committed = this.value;
    fireValueEvent(this, 'change');
  }

  protected override render(): TemplateResult {
    const t = this.strings(dateInputStrings);
    const shown = this.check.visible;
    const marked: readonly DatePart[] = shown ? (shown.parts.length ? shown.parts : DATE_PARTS) : this.error ? DATE_PARTS : [];
    const notes: FieldNotesView = {
      hint: this.hint ? html`<span class="line">${this.hint}</span> <span class="line">${t.example}</span>` : t.example,
      error: shown?.message[this.locale] ?? this.error,
      errorPrefix: this.strings(fieldStrings).errorPrefix,
    };
    return html`<fieldset part="field" class="field ${notes.error ? 'invalid' : ''}" ?disabled=${this.disabled || this.formDisabled}>
      <legend part="label">${this.label || t.label}</legend>
      ${fieldNotes(notes)}
      <div class="parts">
        ${DATE_PARTS.map(
          (part) => html`<div class="part ${part}">
            <label part="input-label" for=${part}>${t.partLabels[part]}</label>
            <input
              id=${part}
              part="input ${part}"
              type="text"
              inputmode="numeric"
              spellcheck="false"
              autocomplete=${this.autocomplete === 'bday' ? `bday-${part}` : nothing}
              .value=${live(this.parts[part])}
              aria-invalid=${marked.includes(part) ? 'true' : 'false'}
              aria-required=${this.required ? 'true' : nothing}
              aria-describedby=${describedBy(notes)}
              @input=${(e: Event) => this.onInput(part, e)}
              @change=${this.onChange}
            />
          </div>`,
        )}
      </div>
    </fieldset>`;
  }
}
