// The questions of the shown sections, in the layout's order: each section under its heading,
// each question by its widget (fields.ts), each group with its items (group-view.ts).
import { html, nothing, type TemplateResult } from 'lit';
import type { FormDefinition, FormField, FormPrefill, FormSection } from '@dvc-kit/spec';
import { valueAt } from '@dvc-kit/spec/forms';
import type { Locale } from '../i18n/locale.js';
import type { Answers } from './answers.js';
import type { DossierFormStrings } from './dvc-dossier-form.strings.js';
import type { FormProblem } from './error-map.js';
import { fieldTemplate, type FieldView } from './fields.js';
import { groupView } from './group-view.js';
import { domId } from './ids.js';
import { prefillOf } from './prefill.js';
import { factsAt, personAnswers } from './schema-facts.js';
import { groupItems, isShown, itemPointer, shownSections, type Slot } from './visibility.js';

export interface FormView {
  definition: FormDefinition;
  answers: Answers;
  slots: readonly Slot[];
  problems: ReadonlyMap<string, FormProblem>;
  level: number;
  locale: Locale;
  strings: DossierFormStrings;
  disabled: boolean;
  apiBase: string | null;
  /** The stable keys of a group's items. */
  itemKeys(group: string, count: number): readonly number[];
  onValue: FieldView['onValue'];
  onLeave: FieldView['onLeave'];
  /** Focus left a section (the draft is saved then). */
  onSectionLeave(e: FocusEvent): void;
  onAdd(field: FormField): void;
  onRemove(field: FormField, index: number): void;
}

const AUTOCOMPLETE: Partial<Record<FormPrefill, string>> = { fullName: 'name', phone: 'tel', email: 'email' };

function fieldView(v: FormView, slot: Slot): FieldView {
  const facts = factsAt(v.definition.schema, slot.pointer);
  const claim = prefillOf(slot.field);
  return {
    slot, facts, strings: v.strings, locale: v.locale, disabled: v.disabled, apiBase: v.apiBase,
    id: domId('f-', slot.pointer),
    value: valueAt(v.answers, slot.pointer),
    error: v.problems.get(slot.pointer)?.message[v.locale] ?? null,
    person: personAnswers(v.answers, slot.pointer, facts.person),
    autocomplete: (claim && AUTOCOMPLETE[claim]) || 'off',
    onValue: v.onValue,
    onLeave: v.onLeave,
  };
}

function slotOf(v: FormView, fallback: Slot): Slot {
  return v.slots.find((s) => s.pointer === fallback.pointer) ?? fallback;
}

function group(v: FormView, field: FormField, section: FormSection): TemplateResult {
  const inputs = (field.fields ?? []).filter((input) => isShown(input.visibleWhen, v.answers));
  return groupView({
    field, strings: v.strings, locale: v.locale, disabled: v.disabled,
    id: domId('f-', field.pointer),
    keys: v.itemKeys(field.pointer, groupItems(v.answers, field.pointer).length),
    facts: factsAt(v.definition.schema, field.pointer),
    error: v.problems.get(field.pointer)?.message[v.locale] ?? null,
    item: (index) => html`${inputs.map((input) => {
      const pointer = itemPointer(field.pointer, index, input.pointer);
      return fieldTemplate(fieldView(v, slotOf(v, { pointer, field: input, section, item: { group: field.pointer, index, label: field.label } })));
    })}`,
    onAdd: () => v.onAdd(field),
    onRemove: (index) => v.onRemove(field, index),
  });
}

export function sectionsView(v: FormView): TemplateResult {
  return html`${shownSections(v.definition, v.answers).map((section) => {
    const id = domId('section-', section.id);
    return html`<section class="section" part="section" id=${id} aria-labelledby="${id}-title" @focusout=${v.onSectionLeave}>
      <div role="heading" aria-level=${v.level} id="${id}-title" class="section-heading" part="section-heading" tabindex="-1">${section.title[v.locale]}</div>
      ${section.help ? html`<p class="hint" part="hint">${section.help[v.locale]}</p>` : nothing}
      ${section.fields
        .filter((field) => isShown(field.visibleWhen, v.answers))
        .map((field) => (field.widget === 'group' ? group(v, field, section) : fieldTemplate(fieldView(v, slotOf(v, { pointer: field.pointer, field, section })))))}
    </section>`;
  })}`;
}
