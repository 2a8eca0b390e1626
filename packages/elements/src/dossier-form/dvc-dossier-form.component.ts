import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formsApi } from '@dvc-kit/client/forms';
import type { Dossier, FormDefinition, FormField } from '@dvc-kit/spec';
import { valueAt } from '@dvc-kit/spec/forms';
import { DvcElement } from '../base/dvc-element.js';
import { errorDetail, failureCode, notConfiguredError } from '../controllers/failure.js';
import { FormAssociated, type FieldValidity, type FormRestoreMode, type FormSubmission } from '../controllers/form-value.js';
import { LiveAnnouncer } from '../controllers/live-announcer.js';
import { PortalTask } from '../controllers/portal-task.js';
import { stateView, stateViewStyles } from '../controllers/state-view.js';
import { headingLevel } from '../base/heading.js';
import { fieldStyles } from '../field/field.styles.js';
import { isEmptyAnswer, isRecord, setAt, type Answers } from './answers.js';
import { forgetAnswers, readAnswers, storeKey, writeAnswers } from './answer-store.js';
import { checkShown, withInputProblems } from './check-shown.js';
import { DraftSaver } from './draft-saver.js';
import { inLayoutOrder, slotFor, type FormProblem } from './error-map.js';
import { errorSummary, summaryItems } from './error-summary.js';
import { sectionsView } from './form-view.js';
import { ItemKeys, itemName } from './group-view.js';
import { domId } from './ids.js';
import { loadForm, type LoadArgs, type LoadedForm } from './load-form.js';
import { prefillAnswers } from './prefill.js';
import { ProblemBook } from './problem-book.js';
import { formReview, formReviewStyles } from './review.js';
import { saveStatus } from './save-status.js';
import { dossierFormStrings, type DossierFormStrings } from './dvc-dossier-form.strings.js';
import { dossierFormStyles } from './dvc-dossier-form.styles.js';
import './events.js';
import { groupItems, isShown, itemPointer, shownSlots, submittedAnswers, type Slot } from './visibility.js';

const KIT_INPUTS = 'dvc-date-input, dvc-id-number-input, dvc-phone-input, dvc-address-input';

/**
 * `<dvc-dossier-form procedure="1.001193" dossier="…" name="form">`: a procedure's online
 * application form (tờ khai). It loads the definition (or takes `.definition`), prefills what
 * the signed-in person's e-ID says, checks each answer when the person leaves it and everything
 * on `validate()` (the same `checkForm()` the portal runs on submit) with an error summary that
 * takes focus, hides and drops answers of questions `visibleWhen` does not show, repeats groups,
 * and keeps the answers: in a draft dossier (saved about a second after the last change, at
 * once on leaving a section and on `save()`), else in this tab's sessionStorage. Form-associated:
 * submits the answers as JSON under `name`. With `review`, shows the answers to check instead.
 *
 * @fires dvc-form-load - `{ formId, version }` once the definition (and a draft's answers) are in
 * @fires dvc-form-input - `{ data }` after each change, with the answers that would be submitted
 * @fires dvc-form-saved - `{ at }` each time the draft's answers reached the portal
 * @fires dvc-form-invalid - `{ errors }` when a check (or `showErrors()`) found problems: pointer, code, vi/en message
 * @fires dvc-form-change-section - `{ sectionId }` from the review's change button (cancelable)
 * @fires dvc-error - `{ code, message, source }` when loading or saving failed
 * @csspart base - the wrapper of everything the element shows
 * @csspart error-summary - the summary of problems at the top (takes focus)
 * @csspart error-link - a link of the summary, to its question
 * @csspart prefill-note - says that answers came from the e-ID
 * @csspart section - one section of the form
 * @csspart section-heading - a section's heading (`heading-level`)
 * @csspart field - one question's box
 * @csspart label - a question's label or legend
 * @csspart hint - a question's or section's help text
 * @csspart error - the message beside a question in error
 * @csspart input - a native control (text, number, e-mail, select, radio, checkbox)
 * @csspart group - a repeatable group
 * @csspart group-item - one item of a group
 * @csspart add-button - adds an item to a group
 * @csspart remove-button - removes its item
 * @csspart save-status - when the draft was last saved, or that saving failed
 * @csspart retry - retries a failed load or a failed save
 * @csspart state - the loading, error and not-configured messages
 * @csspart review - the answers in review
 * @csspart change-button - the review's change button of a section
 */
export class DvcDossierForm extends FormAssociated(DvcElement) {
  static override styles = [DvcElement.styles, fieldStyles, dossierFormStyles, formReviewStyles, stateViewStyles];

  /** National procedure code whose form to load, e.g. '1.001193' (not needed with `dossier` or `.definition`). */
  @property({ reflect: true }) procedure = '';
  /** Id or code of a draft dossier: its saved answers are loaded, and the answers are saved to it as the person goes. */
  @property({ reflect: true }) dossier: string | null = null;
  /** Form field name under which the answers are submitted (as a JSON string) with a surrounding form. */
  @property({ reflect: true }) name: string | null = null;
  /** The form definition to show, instead of loading it (property only). */
  @property({ attribute: false }) definition: FormDefinition | null = null;
  /** Level of the section headings and of the error summary's. Default 2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Shows the answers to check, each section with a change button, instead of the questions. */
  @property({ type: Boolean, reflect: true }) review = false;
  /** Disables every control. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  @state() private current: FormDefinition | null = null;
  @state() private answers: Answers = {};
  @state() private prefilled: readonly string[] = [];

  private submitted: Answers = {};
  private slots: Slot[] = [];
  private checked: { of: Answers; errors: FormProblem[] } | null = null;
  private touched = new Set<string>();
  private readonly itemKeys = new ItemKeys();
  private storeKey = '';
  private prefilledFor: string | null = null;

  private readonly announcer = new LiveAnnouncer(this);
  private readonly problems = new ProblemBook(() => this.requestUpdate());

  private readonly saver = new DraftSaver(this, {
    data: () => this.submitted,
    save: async (data, signal) => {
      const client = this.client;
      if (!client || !this.dossier) throw notConfiguredError();
      await formsApi(client).save(this.dossier, data, { signal });
    },
    onSaved: (at) => {
      if (!this.saver.dirty) this.remember(false);
      this.emit('dvc-form-saved', { at: at.toISOString() });
    },
    onFailed: (error) => {
      this.announcer.polite(this.strings(dossierFormStrings).saveFailed);
      this.emit('dvc-error', errorDetail(error, 'dvc-dossier-form'));
    },
  });

  /** Loads the definition and a draft's answers; a `.definition` without a draft needs no portal. */
  private readonly loader = new PortalTask<LoadArgs, LoadedForm>(this, {
    args: () => [this.procedure, this.dossier, this.definition, this.client] as const,
    task: loadForm,
    onComplete: ({ definition, draft }) => this.adopt(definition, draft),
    onError: (error, kind) => {
      if (kind !== 'aborted') this.emit('dvc-error', errorDetail(error, 'dvc-dossier-form'));
    },
    locale: () => this.locale,
  });

  constructor() {
    super();
    // A surrounding form's submit (or checkValidity()) finds the answers invalid: show the summary, not the browser's bubble.
    this.addEventListener('invalid', (e) => {
      e.preventDefault();
      this.validate();
    });
  }

  /** The answers as they would be saved and submitted now (hidden questions' answers dropped). */
  get data(): Record<string, unknown> {
    return structuredClone(this.submitted);
  }

  /** The problems shown now, in the layout's order. */
  get errors(): FormProblem[] {
    return this.problems.all;
  }

  /** The problems of the shown answers now (the portal's check, and what the inputs know), without showing them. */
  checkAll(): FormProblem[] {
    return this.current ? inLayoutOrder(this.slots, this.problemsNow()) : [];
  }

  /** Checks every shown answer; shows the error summary (focused) and each message beside its question. True when all is well. */
  validate(): boolean {
    if (!this.current) return false;
    const errors = this.problemsNow();
    this.show(errors);
    if (this.dossier) void this.saver.flush();
    return errors.length === 0;
  }

  /** Shows problems found elsewhere (the portal's 422 `form_invalid`: `formErrorsOf(error)`) as validate() shows its own. */
  showErrors(errors: readonly FormProblem[]): void {
    this.show(errors);
  }

  /** Saves the draft's answers now if they changed (no-op without `dossier`); true once the portal has them. */
  save(): Promise<boolean> {
    return this.dossier && this.current ? this.saver.flush() : Promise.resolve(!this.dossier);
  }

  /** Empties every answer back to what the e-ID prefills. */
  reset(): void {
    if (!this.current) return;
    forgetAnswers(this.storeKey);
    this.clearState();
    // What the kit's inputs hold half-typed (a day without its month) is no answer yet: empty it too.
    for (const input of this.renderRoot.querySelectorAll<HTMLElement & { value: unknown }>(KIT_INPUTS)) {
      input.value = input.localName === 'dvc-address-input' ? null : '';
    }
    this.answers = {};
    this.applyPrefill();
    this.changed();
  }

  /** Moves focus to a section's heading (what the review's change button does once the questions are back). */
  focusSection(sectionId: string): void {
    this.renderRoot.querySelector<HTMLElement>(`#${domId('section-', sectionId)}-title`)?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('definition') && this.definition && !this.dossier) this.adopt(this.definition, null);
    if (this.current && (this.session?.me.sub ?? null) !== this.prefilledFor && this.applyPrefill()) {
      this.refresh();
      this.remember(true);
    }
    // Before the review: the draft is saved at once.
    if (changed.has('review') && this.review && this.dossier) void this.saver.flush();
  }

  protected override formValue(): FormSubmission {
    return this.current ? JSON.stringify(this.submitted) : null;
  }

  protected override formValidity(): FieldValidity | null {
    const first = this.current ? inLayoutOrder(this.slots, this.problemsNow())[0] : undefined;
    if (!first) return null;
    const slot = slotFor(this.slots, first.pointer);
    const line = slot ? summaryItems([slot], new Map([[slot.pointer, first]]), [], this.locale, this.strings(dossierFormStrings))[0]?.text : undefined;
    return {
      flags: first.code === 'required' ? { valueMissing: true } : { customError: true },
      message: line ?? first.message[this.locale],
      anchor: slot ? this.focusTarget(slot.pointer) : null,
    };
  }

  protected override formReset(): void {
    this.reset();
  }

  protected override formRestore(state: FormSubmission, _mode: FormRestoreMode): void {
    if (!this.current || typeof state !== 'string') return;
    try {
      const parsed: unknown = JSON.parse(state);
      if (isRecord(parsed)) {
        this.answers = parsed;
        this.refresh();
      }
    } catch {
      // not ours: keep the answers
    }
  }

  private adopt(definition: FormDefinition, draft: Dossier | null): void {
    // Answers typed before the page had a draft (same form) move into the draft rather than vanish.
    const carried = this.current?.id === definition.id && !isEmptyAnswer(this.answers) ? this.answers : null;
    this.current = definition;
    this.storeKey = storeKey(this.procedure || definition.procedureCode, this.dossier);
    const stored = readAnswers(this.storeKey);
    const kept = stored?.formId === definition.id ? stored : null;
    const saved = draft?.form && draft.form.id === definition.id && !isEmptyAnswer(draft.form.data) ? draft.form.data : null;
    this.clearState();
    // A draft's answers come from the portal, unless this tab holds newer ones it could not save yet.
    const pending = this.dossier ? (kept?.unsaved ? kept.data : saved ? null : carried) : null;
    this.answers = pending ?? (this.dossier ? saved : (kept?.data ?? carried)) ?? {};
    this.prefilled = [];
    this.applyPrefill();
    this.refresh();
    if (this.dossier) {
      this.saver.baseline(submittedAnswers(definition, saved ?? {}), saved && draft ? new Date(draft.updatedAt) : null);
      if (pending) this.saver.schedule();
    }
    this.emit('dvc-form-load', { formId: definition.id, version: definition.version });
  }

  private clearState(): void {
    this.touched.clear();
    this.itemKeys.clear();
    this.problems.clear();
  }

  /** Fills empty prefill questions from the signed-in person; true when it filled any. */
  private applyPrefill(): boolean {
    const me = this.session?.me ?? null;
    this.prefilledFor = me?.sub ?? null;
    if (!this.current) return false;
    const { answers, filled } = prefillAnswers(this.current, this.answers, me);
    if (filled.length === 0) return false;
    this.answers = answers;
    this.prefilled = [...new Set([...this.prefilled, ...filled])];
    return true;
  }

  private refresh(): void {
    if (!this.current) return;
    this.submitted = submittedAnswers(this.current, this.answers);
    this.slots = shownSlots(this.current, this.answers);
  }

  private remember(unsaved: boolean): void {
    if (this.current) writeAnswers(this.storeKey, { formId: this.current.id, data: this.answers, unsaved: unsaved && Boolean(this.dossier) });
  }

  private check(): FormProblem[] {
    if (!this.current) return [];
    if (this.checked?.of !== this.submitted) this.checked = { of: this.submitted, errors: checkShown(this.current.schema, this.submitted, this.slots) };
    return this.checked.errors;
  }

  private problemsNow(): FormProblem[] {
    return withInputProblems(this.check(), this.slots, (pointer) => {
      const input = this.focusTarget(pointer);
      return input?.matches(KIT_INPUTS) ? (input as HTMLElement & { errorCode?: unknown }).errorCode : null;
    });
  }

  private show(errors: readonly FormProblem[]): void {
    this.problems.show(this.slots, errors);
    if (errors.length === 0) return;
    this.emit('dvc-form-invalid', { errors: inLayoutOrder(this.slots, errors) });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus());
  }

  /** After every change: keep the answers, re-check what is in error, tell the page, save soon. */
  private changed(changedSlot?: string): void {
    this.refresh();
    this.remember(true);
    if (this.problems.all.length > 0) this.problems.recheck(this.slots, this.problemsNow(), changedSlot);
    this.emit('dvc-form-input', { data: this.data });
    if (this.dossier) this.saver.schedule();
  }

  private readonly onValue = (pointer: string, value: unknown): void => {
    if (JSON.stringify(valueAt(this.answers, pointer)) === JSON.stringify(value)) return;
    this.touched.add(pointer);
    this.answers = setAt(this.answers, pointer, value);
    this.changed(pointer);
  };

  /** A native question checks itself when left, once the person changed it (tabbing past an empty one says nothing). */
  private readonly onLeave = (pointer: string): void => {
    const slot = this.slots.find((s) => s.pointer === pointer);
    if (!slot || (!this.touched.has(pointer) && !this.problems.bySlot.has(pointer)) || slot.field.widget === 'group') return;
    if (this.focusTarget(pointer)?.matches(KIT_INPUTS)) return; // the kit's inputs check themselves
    this.problems.left(this.slots, this.problemsNow(), pointer);
  };

  /** Leaving a section saves the draft at once. */
  private readonly onSectionLeave = (e: FocusEvent): void => {
    if (!this.dossier || (e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null)) return;
    if (this.saver.dirty) void this.saver.flush();
  };

  private focusTarget(pointer: string): HTMLElement | null {
    const box = this.renderRoot.querySelector?.(`[data-slot="${CSS.escape(pointer)}"]`);
    return box?.querySelector<HTMLElement>(`${KIT_INPUTS}, input:not(:disabled), select, textarea, button`) ?? null;
  }

  private focusSlot(pointer: string): void {
    const target = this.focusTarget(pointer);
    target?.focus();
    target?.scrollIntoView?.({ block: 'center' });
  }

  private addItem(field: FormField): void {
    const items = groupItems(this.answers, field.pointer);
    this.itemKeys.added(field.pointer, items.length);
    this.answers = setAt(this.answers, field.pointer, [...items, {}]);
    this.changed(field.pointer);
    const first = field.fields?.find((input) => isShown(input.visibleWhen, this.answers));
    if (first) void this.updateComplete.then(() => this.focusSlot(itemPointer(field.pointer, items.length, first.pointer)));
  }

  private removeItem(field: FormField, index: number): void {
    const t = this.strings(dossierFormStrings);
    const items = groupItems(this.answers, field.pointer);
    this.itemKeys.removed(field.pointer, items.length, index);
    const rest = items.filter((_, i) => i !== index);
    this.answers = setAt(this.answers, field.pointer, rest.length > 0 ? rest : undefined);
    // The later items moved up: their problems no longer match their pointers.
    this.problems.dropBelow(field.pointer);
    this.changed(field.pointer);
    this.announcer.polite(t.removed(itemName(field, index, this.locale, t)));
    void this.updateComplete.then(() => {
      const add = this.renderRoot.querySelector<HTMLElement>(`#${domId('f-', field.pointer)}-add`);
      (add ?? this.focusTarget(field.pointer))?.focus();
    });
  }

  private changeSection(sectionId: string): void {
    if (!this.emit('dvc-form-change-section', { sectionId }, { cancelable: true })) return;
    this.review = false;
    void this.updateComplete.then(() => this.focusSection(sectionId));
  }

  private renderForm(definition: FormDefinition, t: DossierFormStrings): TemplateResult {
    const level = headingLevel(this.headingLevel);
    if (this.review) return formReview(definition, this.answers, this.locale, (id) => this.changeSection(id), { level });
    const { bySlot, loose, summaryShown } = this.problems;
    const items = summaryShown ? summaryItems(this.slots, bySlot, loose, this.locale, t) : [];
    return html`${errorSummary({ level, items, strings: t, onPick: (slot) => this.focusSlot(slot) })}
      ${this.prefilled.length > 0 ? html`<p class="note" part="prefill-note">${t.prefilled}</p>` : nothing}
      ${sectionsView({
        definition, level, strings: t,
        answers: this.answers,
        slots: this.slots,
        problems: bySlot,
        locale: this.locale,
        disabled: this.disabled || this.formDisabled,
        apiBase: this.apiBase,
        itemKeys: (group, count) => this.itemKeys.of(group, count),
        onValue: this.onValue,
        onLeave: this.onLeave,
        onSectionLeave: this.onSectionLeave,
        onAdd: (field) => this.addItem(field),
        onRemove: (field, index) => this.removeItem(field, index),
      })}
      ${this.dossier ? saveStatus(this.saver.state, this.locale, t, () => void this.saver.flush()) : nothing}`;
  }

  protected override render(): TemplateResult {
    const t = this.strings(dossierFormStrings);
    const loaded = () => (this.current ? this.renderForm(this.current, t) : html`<p class="muted">${t.noProcedure}</p>`);
    return html`<div part="base" class="form">
      ${this.loader.render({
        initial: loaded,
        complete: loaded,
        error: (error, kind) =>
          stateView(kind, {
            locale: this.locale,
            retry: () => void this.loader.retry(),
            message: failureCode(error) === 'form_not_found' ? t.formNotFound : undefined,
          }),
      })}
      ${this.announcer.render()}
    </div>`;
  }
}
