// Which sections and fields are shown (`visibleWhen`), each shown field as a slot with its
// pointer from the root of the answers, and the answers with the hidden ones dropped: what is
// saved, checked and submitted.
import type { FormCondition, FormDefinition, FormField, FormInput, FormSection } from '@dvc-kit/spec';
import { childPointer, pointerTokens, valueAt } from '@dvc-kit/spec/forms';
import { cleanAnswers, isRecord, setAt, type Answers } from './answers.js';

/** Shown while the answer at the condition's pointer (from the root) equals its value, or holds it (ticked boxes). */
export function isShown(condition: FormCondition | undefined, answers: Answers): boolean {
  if (!condition) return true;
  const value = valueAt(answers, condition.pointer);
  if (Array.isArray(value)) return value.includes(condition.equals);
  return typeof value === 'string' ? value.trim() === condition.equals : String(value) === condition.equals && value !== undefined;
}

/** One shown question: where its answer is, and where it sits (its section; its group item). */
export interface Slot {
  /** JSON Pointer from the root of the answers (inside a group: through the item's index). */
  pointer: string;
  field: FormField | FormInput;
  section: FormSection;
  /** For a field of a group item: the group's slot pointer and the item's index. */
  item?: { group: string; index: number; label: FormField['label'] };
}

/** A group item's field: its pointer is from the item, so put the group and index in front. */
export function itemPointer(group: string, index: number, pointer: string): string {
  return pointerTokens(pointer).reduce((p, token) => childPointer(p, token), childPointer(group, index));
}

/** The items of a group as they are now (an array of objects; anything else reads as none). */
export function groupItems(answers: Answers, pointer: string): Answers[] {
  const value = valueAt(answers, pointer);
  return Array.isArray(value) ? value.map((item) => (isRecord(item) ? item : {})) : [];
}

export function shownSections(definition: FormDefinition, answers: Answers): FormSection[] {
  return definition.layout.sections.filter((section) => isShown(section.visibleWhen, answers));
}

/** Every shown question in the layout's order; a group gives its own slot, then its items' fields. */
export function shownSlots(definition: FormDefinition, answers: Answers): Slot[] {
  const slots: Slot[] = [];
  for (const section of shownSections(definition, answers)) {
    for (const field of section.fields) {
      if (!isShown(field.visibleWhen, answers)) continue;
      slots.push({ pointer: field.pointer, field, section });
      if (field.widget !== 'group') continue;
      groupItems(answers, field.pointer).forEach((_, index) => {
        for (const input of field.fields ?? []) {
          if (!isShown(input.visibleWhen, answers)) continue;
          slots.push({ pointer: itemPointer(field.pointer, index, input.pointer), field: input, section, item: { group: field.pointer, index, label: field.label } });
        }
      });
    }
  }
  return slots;
}

/** Each hidden question's pointer (groups: in every item), for dropping their answers. */
function hiddenPointers(definition: FormDefinition, answers: Answers): string[] {
  const hidden: string[] = [];
  for (const section of definition.layout.sections) {
    const sectionShown = isShown(section.visibleWhen, answers);
    for (const field of section.fields) {
      if (!sectionShown || !isShown(field.visibleWhen, answers)) {
        hidden.push(field.pointer);
        continue;
      }
      if (field.widget !== 'group') continue;
      groupItems(answers, field.pointer).forEach((_, index) => {
        for (const input of field.fields ?? []) {
          if (!isShown(input.visibleWhen, answers)) hidden.push(itemPointer(field.pointer, index, input.pointer));
        }
      });
    }
  }
  return hidden;
}

/** The answers to save, check and submit: cleaned, and without the answers of hidden questions. */
export function submittedAnswers(definition: FormDefinition, answers: Answers): Answers {
  const cleaned = cleanAnswers(answers);
  let data: Answers = isRecord(cleaned) ? cleaned : {};
  // A question hidden by an answer is judged on the cleaned answers, as the check reads them.
  for (const pointer of hiddenPointers(definition, data)) {
    if (valueAt(data, pointer) !== undefined) data = setAt(data, pointer, undefined);
  }
  return data;
}
