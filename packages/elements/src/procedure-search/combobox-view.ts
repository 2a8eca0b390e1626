import { html, nothing, type TemplateResult } from 'lit';
import type { ProcedureSummary } from '@dvc-kit/spec';
import { highlighted } from '../catalog/highlight.js';
import type { ComboboxController } from './combobox-controller.js';
import type { SearchStrings } from './dvc-procedure-search.strings.js';

export interface ComboboxViewContext {
  strings: SearchStrings;
  disabled: boolean;
}

/**
 * The search field and its suggestion listbox, drawn from the combobox
 * controller's state: `input` (role combobox, described by `#hint`), `listbox`
 * and its `option`s with the typed words marked.
 */
export function comboboxView(combo: ComboboxController, ctx: ComboboxViewContext): TemplateResult {
  const t = ctx.strings;
  const expanded = combo.expanded;
  return html`<div class="combo" @focusout=${combo.onFocusOut} @focusin=${combo.onFocusIn}>
    <input
      part="input"
      id="input"
      type="text"
      role="combobox"
      autocomplete="off"
      autocapitalize="off"
      spellcheck="false"
      enterkeyhint="search"
      aria-autocomplete="list"
      aria-expanded=${expanded ? 'true' : 'false'}
      aria-controls="listbox"
      aria-describedby="hint"
      aria-activedescendant=${combo.activeId ?? nothing}
      placeholder=${t.placeholder}
      ?disabled=${ctx.disabled}
      .value=${combo.text}
      @input=${combo.onInput}
      @keydown=${combo.onKeyDown}
    />
    <ul part="listbox" id="listbox" role="listbox" aria-label=${t.suggestions} ?hidden=${!expanded}>
      ${expanded ? combo.suggestions.map((item, i) => optionView(combo, item, i)) : nothing}
    </ul>
  </div>`;
}

function optionView(combo: ComboboxController, item: ProcedureSummary, i: number): TemplateResult {
  return html`<li
    part="option"
    id="opt-${i}"
    role="option"
    aria-selected=${i === combo.active ? 'true' : 'false'}
    aria-setsize=${combo.suggestions.length}
    aria-posinset=${i + 1}
    @mousedown=${(e: Event) => e.preventDefault()}
    @click=${() => combo.choose(i)}
  >
    <span class="name">${highlighted(item.name, combo.suggestQuery)}</span>
    <span class="meta"><span>${item.code}</span><span>${item.field.name}</span></span>
  </li>`;
}

/** The line under the field when suggestions failed, are offline or have no data source. */
export function suggestStatusView(combo: ComboboxController, t: SearchStrings): TemplateResult | typeof nothing {
  const text =
    combo.status === 'offline' ? t.suggestOffline
    : combo.status === 'error' ? t.suggestError
    : combo.status === 'not_configured' ? t.notConfigured
    : null;
  return text ? html`<p part="suggest-status" class="suggest-status">${text}</p>` : nothing;
}
