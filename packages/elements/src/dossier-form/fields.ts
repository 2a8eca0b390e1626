// One question as a template, by its widget: native controls for text, numbers, e-mail and
// choices (label, hint, error, control, as GOV.UK lays them out), the kit's inputs for dates,
// ID numbers, tax codes, phones and addresses (they render their own label, hint and error).
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { describedBy, fieldNotes, type FieldNotesView } from '../field/field-view.js';
import type { Locale } from '../i18n/locale.js';
import { answer } from './answer-directive.js';
import { isRecord } from './answers.js';
import { ETHNIC_GROUPS, NATIONALITIES } from './choice-lists.js';
import type { DossierFormStrings } from './dvc-dossier-form.strings.js';
import type { FieldFacts } from './schema-facts.js';
import type { Slot } from './visibility.js';

export interface FieldView {
  slot: Slot;
  /** The control's id (the first one's, for radios and checkboxes): the error summary links to it. */
  id: string;
  value: unknown;
  /** The message shown beside it, in the element's language; null when all is well. */
  error: string | null;
  facts: FieldFacts;
  locale: Locale;
  strings: DossierFormStrings;
  disabled: boolean;
  /** A personal ID number's person, as answered now (ISO date of birth; 'male' / 'female'). */
  person: { birthDate: string | null; sex: string | null };
  /** The element's own `api-base`, handed to the address input (which loads its lists). */
  apiBase: string | null;
  /** The autocomplete token of the person's own detail (a prefilled field), else 'off'. */
  autocomplete: string;
  onValue(pointer: string, value: unknown): void;
  /** The person left the question (focus moved out of it). */
  onLeave(pointer: string): void;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

function labelOf(v: FieldView): string {
  const label = v.slot.field.label[v.locale];
  return v.facts.required ? label : `${label} ${v.strings.optional}`;
}

/** The question's hint and error, with ids of its own: one shadow root holds every question. */
function notesOf(v: FieldView): FieldNotesView {
  return { id: v.id, hint: v.slot.field.help?.[v.locale] ?? '', error: v.error ?? '', errorPrefix: v.strings.errorPrefix };
}

/**
 * The question's box: it knows when focus leaves it, and the error summary finds it by pointer.
 * A kit input marks its own error, so its box does not draw a second bar.
 */
function wrap(v: FieldView, body: TemplateResult, box: 'div' | 'fieldset' | 'kit' = 'div'): TemplateResult {
  const left = (e: FocusEvent) => {
    if (!(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null)) v.onLeave(v.slot.pointer);
  };
  const fieldset = box === 'fieldset';
  const cls = `field${v.error && box !== 'kit' ? ' invalid' : ''}`;
  return fieldset
    ? html`<fieldset class=${cls} part="field" data-slot=${v.slot.pointer} aria-describedby=${describedBy(notesOf(v))} @focusout=${left}>${body}</fieldset>`
    : html`<div class=${cls} part="field" data-slot=${v.slot.pointer} @focusout=${left}>${body}</div>`;
}

/** A number as typed becomes a number once it reads as one; anything else stays text, which the check calls the wrong kind. */
function numberOf(raw: string, integer: boolean): unknown {
  const typed = raw.trim();
  if (typed === '') return undefined;
  if (integer ? /^-?[0-9]+$/.test(typed) : /^-?[0-9]+([.,][0-9]+)?$/.test(typed)) return Number(typed.replace(',', '.'));
  return raw;
}

function textInput(v: FieldView, kind: 'text' | 'email' | 'number' | 'nationality'): TemplateResult {
  const onInput = (e: Event) => {
    const raw = (e.target as HTMLInputElement).value;
    v.onValue(v.slot.pointer, kind === 'number' ? numberOf(raw, v.facts.integer) : raw);
  };
  const list = kind === 'nationality' ? `${v.id}-list` : null;
  return wrap(v, html`<label for=${v.id} part="label">${labelOf(v)}</label>${fieldNotes(notesOf(v))}
    <input
      id=${v.id}
      part="input"
      class=${kind === 'number' ? 'narrow' : nothing}
      type=${kind === 'email' ? 'email' : 'text'}
      inputmode=${kind === 'number' ? (v.facts.integer ? 'numeric' : 'decimal') : nothing}
      autocomplete=${kind === 'email' && v.autocomplete === 'off' ? 'off' : v.autocomplete}
      spellcheck=${kind === 'text' || kind === 'nationality' ? nothing : 'false'}
      list=${list ?? nothing}
      .value=${live(text(v.value))}
      ?disabled=${v.disabled}
      aria-describedby=${describedBy(notesOf(v))}
      aria-invalid=${v.error ? 'true' : 'false'}
      @input=${onInput}
    />${list
      ? html`<datalist id=${list}>${NATIONALITIES.map((n) => html`<option value=${n.vi} label=${v.locale === 'vi' ? nothing : n.en}></option>`)}</datalist>`
      : nothing}`);
}

function textarea(v: FieldView): TemplateResult {
  return wrap(v, html`<label for=${v.id} part="label">${labelOf(v)}</label>${fieldNotes(notesOf(v))}
    <textarea
      id=${v.id}
      part="input"
      rows="4"
      .value=${live(text(v.value))}
      ?disabled=${v.disabled}
      aria-describedby=${describedBy(notesOf(v))}
      aria-invalid=${v.error ? 'true' : 'false'}
      @input=${(e: Event) => v.onValue(v.slot.pointer, (e.target as HTMLTextAreaElement).value)}
    ></textarea>`);
}

interface Option {
  value: string;
  label: string;
}

function optionsOf(v: FieldView): Option[] {
  if (v.slot.field.widget === 'ethnicity') return ETHNIC_GROUPS.map((name) => ({ value: name, label: name }));
  return (v.slot.field.options ?? []).map((o) => ({ value: o.value, label: o.label[v.locale] }));
}

function select(v: FieldView): TemplateResult {
  const current = text(v.value);
  return wrap(v, html`<label for=${v.id} part="label">${labelOf(v)}</label>${fieldNotes(notesOf(v))}
    <select
      id=${v.id}
      part="input"
      ?disabled=${v.disabled}
      aria-describedby=${describedBy(notesOf(v))}
      aria-invalid=${v.error ? 'true' : 'false'}
      @change=${(e: Event) => v.onValue(v.slot.pointer, (e.target as HTMLSelectElement).value || undefined)}
    >
      <option value="" .selected=${live(current === '')}>${v.strings.choose}</option>
      ${optionsOf(v).map((o) => html`<option value=${o.value} .selected=${live(o.value === current)}>${o.label}</option>`)}
    </select>`);
}

/** Radios (one answer) or checkboxes (a list of answers) in a fieldset whose legend is the question. */
function choices(v: FieldView, multiple: boolean): TemplateResult {
  const ticked = multiple ? (Array.isArray(v.value) ? v.value : []) : [v.value];
  const onChange = (e: Event) => {
    const box = e.target as HTMLInputElement;
    if (!multiple) return v.onValue(v.slot.pointer, box.value);
    const others = ticked.filter((value) => value !== box.value);
    const next = box.checked ? [...others, box.value] : others;
    const order = optionsOf(v).map((o) => o.value);
    v.onValue(v.slot.pointer, next.length > 0 ? [...next].sort((a, b) => order.indexOf(String(a)) - order.indexOf(String(b))) : undefined);
  };
  return wrap(v, html`<legend part="label">${labelOf(v)}</legend>${fieldNotes(notesOf(v))}
    <div class=${multiple ? 'choices checkboxes' : 'choices'}>
      ${optionsOf(v).map((o, i) => {
        const id = i === 0 ? v.id : `${v.id}-${i}`;
        return html`<div class="choice">
          <input
            id=${id}
            part="input"
            type=${multiple ? 'checkbox' : 'radio'}
            name=${v.id}
            .value=${o.value}
            .checked=${live(ticked.includes(o.value))}
            ?disabled=${v.disabled}
            aria-invalid=${v.error ? 'true' : 'false'}
            @change=${onChange}
          /><label for=${id}>${o.label}</label>
        </div>`;
      })}
    </div>`, 'fieldset');
}


/** The value the kit's input holds (its own `value`); an address may come as its JSON text. */
function kitValue(e: Event, address: boolean): unknown {
  const value = (e.currentTarget as HTMLElement & { value?: unknown }).value;
  if (address && typeof value === 'string') {
    try {
      const parsed: unknown = JSON.parse(value);
      return isRecord(parsed) ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  return value === '' || value === null ? undefined : value;
}

/** One of the kit's inputs: it shows its own label, hint and error, and checks itself when left. */
function kitInput(v: FieldView): TemplateResult {
  const widget = v.slot.field.widget;
  const address = widget === 'address';
  const onValue = (e: Event) => v.onValue(v.slot.pointer, kitValue(e, address));
  const common = {
    label: labelOf(v),
    hint: v.slot.field.help?.[v.locale] ?? nothing,
    error: v.error ?? '',
  };
  let control: TemplateResult;
  if (widget === 'date') {
    control = html`<dvc-date-input id=${v.id} label=${common.label} hint=${common.hint} .error=${common.error} .value=${answer(text(v.value))}
      ?required=${v.facts.required} ?disabled=${v.disabled} ?not-future=${v.facts.notFuture} min=${v.facts.min ?? nothing}
      max=${v.facts.max ?? nothing} @input=${onValue} @change=${onValue}></dvc-date-input>`;
  } else if (widget === 'personal-id' || widget === 'tax-code') {
    control = html`<dvc-id-number-input id=${v.id} label=${common.label} hint=${common.hint} .error=${common.error} .value=${answer(text(v.value))}
      mode=${widget === 'tax-code' ? 'tax-code' : nothing} birth-date=${v.person.birthDate ?? nothing} sex=${v.person.sex ?? nothing}
      ?required=${v.facts.required} ?disabled=${v.disabled} @input=${onValue} @change=${onValue}></dvc-id-number-input>`;
  } else if (widget === 'phone') {
    control = html`<dvc-phone-input id=${v.id} label=${common.label} hint=${common.hint} .error=${common.error} .value=${answer(text(v.value))}
      ?required=${v.facts.required} ?disabled=${v.disabled} @input=${onValue} @change=${onValue}></dvc-phone-input>`;
  } else {
    control = html`<dvc-address-input id=${v.id} label=${common.label} hint=${common.hint} .error=${common.error}
      .value=${answer(isRecord(v.value) ? v.value : null)} api-base=${v.apiBase ?? nothing} ?required=${v.facts.required} ?disabled=${v.disabled}
      @input=${onValue} @change=${onValue}></dvc-address-input>`;
  }
  return wrap(v, control, 'kit');
}

/** The template of one question (not a group: see group-view.ts). */
export function fieldTemplate(v: FieldView): TemplateResult {
  switch (v.slot.field.widget) {
    case 'textarea':
      return textarea(v);
    case 'number':
      return textInput(v, 'number');
    case 'email':
      return textInput(v, 'email');
    case 'nationality':
      return textInput(v, 'nationality');
    case 'ethnicity':
      return select(v);
    case 'choice':
      return v.slot.field.choice === 'select' ? select(v) : choices(v, v.slot.field.choice === 'checkboxes');
    case 'date':
    case 'personal-id':
    case 'tax-code':
    case 'phone':
    case 'address':
      return kitInput(v);
    default:
      return textInput(v, 'text');
  }
}
