// A repeatable group (several children, the household's members): one fieldset per item with
// its questions and a remove button naming the item, and an add button, within the schema's
// minItems and maxItems.
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { FormField } from '@dvc-kit/spec';
import { describedBy, fieldNotes, type FieldNotesView } from '../field/field-view.js';
import type { Locale } from '../i18n/locale.js';
import type { DossierFormStrings } from './dvc-dossier-form.strings.js';
import type { FieldFacts } from './schema-facts.js';

export interface GroupView {
  field: FormField;
  /** The id of the group (its first control gets the summary's focus: the add button when empty). */
  id: string;
  /** One stable key per item, so an item's inputs stay with it when an earlier one is removed. */
  keys: readonly number[];
  facts: FieldFacts;
  /** The group's own problem (too few, too many), in the element's language. */
  error: string | null;
  locale: Locale;
  strings: DossierFormStrings;
  disabled: boolean;
  /** The questions of item `index`, rendered by the element. */
  item(index: number): TemplateResult;
  onAdd(): void;
  onRemove(index: number): void;
}

/** What an item is called, in its legend and its remove button: "Thành viên thứ 2". */
export function itemName(field: FormField, index: number, locale: Locale, strings: DossierFormStrings): string {
  return strings.item(field.label[locale], index + 1);
}

export function groupView(v: GroupView): TemplateResult {
  const { field, strings: t } = v;
  const count = v.keys.length;
  const canAdd = v.facts.maxItems === null || count < v.facts.maxItems;
  const canRemove = count > v.facts.minItems;
  const notes: FieldNotesView = { id: v.id, hint: field.help?.[v.locale] ?? '', error: v.error ?? '', errorPrefix: t.errorPrefix };
  return html`<fieldset class="group field${v.error ? ' invalid' : ''}" part="group" data-slot=${field.pointer} aria-describedby=${describedBy(notes)}>
    <legend part="label">${field.label[v.locale]}</legend>
    ${fieldNotes(notes)}
    ${count === 0 ? html`<p class="muted">${t.noItems}</p>` : nothing}
    ${repeat(v.keys, (key) => key, (_, index) => {
      const name = itemName(field, index, v.locale, t);
      return html`<fieldset class="group-item" part="group-item" data-item=${index}>
        <legend>${name}</legend>
        ${v.item(index)}
        ${canRemove
          ? html`<button type="button" class="btn secondary small" part="remove-button" ?disabled=${v.disabled} @click=${() => v.onRemove(index)}>
              ${t.remove}<span class="visually-hidden"> ${name}</span>
            </button>`
          : nothing}
      </fieldset>`;
    })}
    ${canAdd
      ? html`<button type="button" class="btn secondary" part="add-button" id="${v.id}-add" ?disabled=${v.disabled} @click=${v.onAdd}>
          ${field.addLabel?.[v.locale] ?? t.add}
        </button>`
      : nothing}
  </fieldset>`;
}

/** One stable key per group item, so Lit keeps each item's inputs with it when an earlier one goes. */
export class ItemKeys {
  private readonly keys = new Map<string, number[]>();
  private next = 0;

  /** The keys of a group of `count` items (new ones when the items came from elsewhere: a load, a reset). */
  of(group: string, count: number): number[] {
    let keys = this.keys.get(group);
    if (!keys || keys.length !== count) {
      keys = Array.from({ length: count }, () => this.next++);
      this.keys.set(group, keys);
    }
    return keys;
  }

  added(group: string, countBefore: number): void {
    this.of(group, countBefore).push(this.next++);
  }

  removed(group: string, countBefore: number, index: number): void {
    this.of(group, countBefore).splice(index, 1);
  }

  clear(): void {
    this.keys.clear();
  }
}
