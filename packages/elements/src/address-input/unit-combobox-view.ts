import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { highlighted } from '../catalog/highlight.js';
import type { UnitCombobox } from './unit-combobox.js';
import type { Unit } from './unit-filter.js';

export interface UnitComboboxViewContext {
  /** The part naming this sub-field besides `input`: 'province' or 'commune'. */
  part: string;
  describedBy: string;
  invalid: boolean;
  required: boolean;
  disabled: boolean;
  /** The list is not there yet (loading, failed, no province chosen): the field can be reached but not typed in. */
  readonly: boolean;
  noMatches: string;
}

/**
 * The field and its listbox; the label is the host's (`#{id}-label`). The listbox is always in
 * the tree (aria-controls points at it), hidden while closed; options exist only while shown.
 */
export function unitComboboxView<U extends Unit>(combo: UnitCombobox<U>, ctx: UnitComboboxViewContext): TemplateResult {
  const { id } = combo;
  const expanded = combo.expanded;
  const matches = expanded ? combo.matches : [];
  return html`<div class="combo">
    <input
      part="input ${ctx.part}"
      id=${id}
      type="text"
      role="combobox"
      autocomplete="off"
      autocapitalize="off"
      spellcheck="false"
      aria-autocomplete="list"
      aria-expanded=${expanded ? 'true' : 'false'}
      aria-controls="${id}-list"
      aria-activedescendant=${ifDefined(combo.activeId)}
      aria-describedby=${ifDefined(ctx.describedBy || undefined)}
      aria-invalid=${ctx.invalid ? 'true' : 'false'}
      aria-required=${ctx.required ? 'true' : 'false'}
      ?disabled=${ctx.disabled}
      ?readonly=${ctx.readonly}
      .value=${combo.text}
      @input=${combo.onInput}
      @keydown=${combo.onKeyDown}
      @focusout=${combo.onFocusOut}
      @click=${combo.onClick}
    />
    <ul part="listbox" id="${id}-list" role="listbox" aria-labelledby="${id}-label" ?hidden=${!expanded}>
      ${matches.map(
        (unit, i) => html`<li
          part="option"
          id="${id}-opt-${i}"
          role="option"
          aria-selected=${i === combo.active ? 'true' : 'false'}
          @mousedown=${(e: Event) => e.preventDefault()}
          @click=${() => combo.choose(i)}
        >${highlighted(unit.name, combo.text)}</li>`,
      )}
    </ul>
    ${combo.open && !expanded && combo.text.trim() ? html`<p class="no-match">${ctx.noMatches}</p>` : nothing}
  </div>`;
}
