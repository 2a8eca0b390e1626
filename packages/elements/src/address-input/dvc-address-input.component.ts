import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PortalClient } from '@dvc-kit/client';
import type { ProvinceDetail, ProvinceList } from '@dvc-kit/client/forms';
import { messageFor, type FormErrorCode } from '@dvc-kit/spec/forms';
import { DvcElement } from '../base/dvc-element.js';
import { notConfiguredError } from '../controllers/failure.js';
import { FormAssociated, type FieldValidity, type FormRestoreMode, type FormSubmission } from '../controllers/form-value.js';
import { LiveAnnouncer } from '../controllers/live-announcer.js';
import { PortalTask, TaskStatus, initialState } from '../controllers/portal-task.js';
import { stateView, stateViewStyles } from '../controllers/state-view.js';
import { ERROR_ID, HINT_ID, fieldNotes } from '../field/field-view.js';
import { fieldStyles } from '../field/field.styles.js';
import {
  addressFormData, addressFromFormData, parseAddressAttribute, toAddress, type AddressPart, type AddressValue,
} from './address-value.js';
import { addressInputStrings } from './dvc-address-input.strings.js';
import { addressInputStyles } from './dvc-address-input.styles.js';
import { UnitCombobox } from './unit-combobox.js';
import { unitComboboxView } from './unit-combobox-view.js';
import type { Unit } from './unit-filter.js';
import { unitsCacheOf } from './units-cache.js';

export type { AddressValue } from './address-value.js';

const addressConverter = { fromAttribute: parseAddressAttribute };

/**
 * `<dvc-address-input name="address" label="Nơi cư trú" required>`: an address of the two-tier
 * list in force since 1 July 2025. The person chooses the province (34 provinces and centrally
 * run cities), then a commune (xã, phường, đặc khu) of that province, each in a combobox
 * filtered as they type, with or without diacritics, then types the street line.
 *
 * The lists come from the portal (`GET /administrative-units`, then the chosen province alone);
 * inputs on one page that share a client fetch each list once. Changing the province clears the
 * commune, so a commune of another province cannot be submitted.
 *
 * Form-associated: a form submits `{name}.provinceCode`, `{name}.provinceName`,
 * `{name}.communeCode`, `{name}.communeName` and `{name}.street`. A missing part is
 * `required` (an address begun must be finished, and `required` asks for one); the
 * check runs when the person leaves the address and on `validate()`.
 *
 * @fires input - when the person changes the address (a choice, or a key in the street line)
 * @fires change - when the person has changed a part (a choice made, the street line left)
 *
 * @csspart base - the fieldset around the whole address
 * @csspart label - its legend: the address's visible label (`label`)
 * @csspart hint - the help text under the label (`hint`)
 * @csspart error - the error message, beside the fields
 * @csspart sub-label - the label of each of the three fields
 * @csspart input - each of the three fields
 * @csspart province - the province field (a combobox)
 * @csspart commune - the commune, ward or special zone field (a combobox)
 * @csspart street - the street line field
 * @csspart listbox - the list of matches under a combobox
 * @csspart option - one match in that list
 * @csspart state - the loading, failure and not-configured messages of the lists
 * @csspart retry - the retry button of a list that failed to load
 */
export class DvcAddressInput extends FormAssociated(DvcElement) {
  static override styles = [DvcElement.styles, fieldStyles, addressInputStyles, stateViewStyles];

  /** Name of the address in its form: the entries are `{name}.provinceCode` and so on. */
  @property({ reflect: true }) name = '';

  /** Its visible label (the legend). Default: "Địa chỉ" / "Address". */
  @property() label = '';

  /** Help text under the label. */
  @property() hint = '';

  /** An address must be given. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Turns the whole address off (a disabled `<fieldset>` around it does too). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** A message from outside (the server's 422, the form's summary), shown like its own error. */
  @property() error = '';

  @state() private street = '';
  /** Whether its own problem is shown: from the first time the person leaves it, or validate(). */
  @state() private checked = false;

  private readonly announcer = new LiveAnnouncer(this);
  private readonly province = this.combobox('province', () => this.provinceChosen());
  private readonly commune = this.combobox('commune', () => this.changed());

  private readonly provinces = new PortalTask<readonly [PortalClient | null], ProvinceList>(this, {
    args: () => [this.client] as const,
    task: async ([client], signal) => {
      if (!client) throw notConfiguredError();
      return unitsCacheOf(client).provinces(signal);
    },
    onComplete: (list) => this.provincesLoaded(list),
    locale: () => this.locale,
  });

  /** Only the chosen province's communes, and only once one is chosen. */
  private readonly communes = new PortalTask<readonly [PortalClient | null, string], ProvinceDetail>(this, {
    args: () => [this.client, this.province.chosen?.code ?? ''] as const,
    task: async ([client, code], signal) => {
      if (!code) return initialState;
      if (!client) throw notConfiguredError();
      return unitsCacheOf(client).province(code, signal);
    },
    onComplete: (detail) => this.communesLoaded(detail),
    locale: () => this.locale,
  });

  /** The address (codes and names of province and commune, and the street line), or null when nothing is answered. */
  @property({ converter: addressConverter })
  get value(): AddressValue | null {
    // Lit reads the old value on the first set, which can come before the comboboxes exist.
    return toAddress({
      provinceCode: this.province?.chosen?.code,
      provinceName: this.province?.chosen?.name,
      communeCode: this.commune?.chosen?.code,
      communeName: this.commune?.chosen?.name,
      street: this.street,
    });
  }

  set value(next: AddressValue | null) {
    const value = toAddress(next);
    const province = value?.provinceCode ? this.province.byCode(value.provinceCode) ?? unit(value.provinceCode, value.provinceName) : null;
    if (province?.code !== this.province.chosen?.code) this.commune.units = [];
    this.province.setChoice(province);
    const commune = province && value?.communeCode ? this.commune.byCode(value.communeCode) ?? unit(value.communeCode, value.communeName) : null;
    this.commune.setChoice(commune);
    this.street = value?.street ?? '';
  }

  /** The code of the current problem (`required`), or null when the address is complete or not needed. */
  get errorCode(): FormErrorCode | null {
    return this.problem()?.code ?? null;
  }

  /** Checks now and shows the message; true when the address is fine. */
  validate(): boolean {
    this.checked = true;
    return this.problem() === null;
  }

  /** Moves focus to the first field in error, else the province field. */
  override focus(options?: FocusOptions): void {
    if (!this.hasUpdated) {
      void this.updateComplete.then(() => this.focus(options));
      return;
    }
    const part = (this.checked && this.problem()?.part) || 'province';
    this.field(part)?.focus(options);
  }

  protected override formValue(): FormSubmission {
    return addressFormData(this.name, this.value);
  }

  protected override formValidity(): FieldValidity | null {
    const problem = this.problem();
    if (!problem) return null;
    return { flags: { valueMissing: true }, message: this.messageOf(problem), anchor: this.field(problem.part) };
  }

  protected override formReset(): void {
    this.value = parseAddressAttribute(this.getAttribute('value'));
    this.checked = false;
    this.announcer.clear();
  }

  protected override formRestore(state: FormSubmission, _mode: FormRestoreMode): void {
    if (state instanceof FormData) this.value = addressFromFormData(this.name, state);
  }

  private combobox(id: AddressPart, commit: () => void): UnitCombobox<Unit> {
    return new UnitCombobox<Unit>(this, {
      id,
      strings: () => this.strings(addressInputStrings),
      announce: (message) => this.announcer.polite(message),
      commit,
    });
  }

  /** The first missing part: an address begun must be finished, and `required` asks for one. */
  private problem(): { code: FormErrorCode; part: AddressPart } | null {
    const begun = this.province.chosen || this.province.text.trim() || this.commune.chosen || this.street.trim();
    if (!begun && !this.required) return null;
    if (!this.province.chosen) return { code: 'required', part: 'province' };
    if (!this.commune.chosen) return { code: 'required', part: 'commune' };
    if (!this.street.trim()) return { code: 'required', part: 'street' };
    return null;
  }

  private messageOf(problem: { code: FormErrorCode; part: AddressPart }): string {
    const t = this.strings(addressInputStrings);
    return t.missing(t[problem.part], messageFor(problem.code)[this.locale]);
  }

  private field(part: AddressPart): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${part}`);
  }

  private provincesLoaded(list: ProvinceList): void {
    this.province.units = list.items;
    const chosen = this.province.chosen;
    // A value set by code: take the official name, or drop a code the list does not have.
    if (chosen) {
      const known = this.province.byCode(chosen.code);
      if (!known || known.name !== chosen.name) this.province.setChoice(known);
      if (!known) this.commune.setChoice(null);
    }
  }

  private communesLoaded(detail: ProvinceDetail): void {
    if (detail.code !== this.province.chosen?.code) return;
    this.commune.units = detail.communes;
    const chosen = this.commune.chosen;
    if (chosen) {
      const known = this.commune.byCode(chosen.code);
      if (!known || known.name !== chosen.name) this.commune.setChoice(known);
    }
  }

  private provinceChosen(): void {
    this.commune.units = [];
    this.commune.setChoice(null);
    this.changed();
  }

  /** The person changed the address: tell the page, as a native field would. */
  private changed(kinds: ReadonlyArray<'input' | 'change'> = ['input', 'change']): void {
    this.requestUpdate();
    for (const kind of kinds) this.dispatchEvent(new Event(kind, { bubbles: true, composed: true }));
  }

  private readonly onStreetInput = (event: Event): void => {
    event.stopPropagation();
    this.street = (event.target as HTMLInputElement).value;
    this.changed(['input']);
  };

  private readonly onStreetChange = (): void => this.changed(['change']);

  /** Leaving the whole address (not moving between its fields) checks it. */
  private readonly onFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    if (to && this.renderRoot.contains(to)) return;
    // A click on the address's own text moves focus nowhere for a moment: check once it settles.
    setTimeout(() => {
      if (!this.matches(':focus-within')) this.checked = true;
    });
  };

  protected override render(): TemplateResult {
    const t = this.strings(addressInputStrings);
    const off = this.disabled || this.formDisabled;
    const problem = this.checked ? this.problem() : null;
    const message = problem ? this.messageOf(problem) : this.error;
    const inError = (part: AddressPart) => (problem ? problem.part === part : Boolean(message));
    const describedBy = (...more: string[]) => [this.hint ? HINT_ID : '', message ? ERROR_ID : '', ...more].filter(Boolean).join(' ');
    const provincesReady = this.provinces.status === TaskStatus.COMPLETE;
    const communesReady = this.communes.status === TaskStatus.COMPLETE && this.commune.units.length > 0;
    return html`<fieldset part="base" class=${message ? 'invalid' : ''} ?disabled=${off} @focusout=${this.onFocusOut}>
      <legend part="label">${this.label || t.label}</legend>
      ${fieldNotes({ hint: this.hint, error: message, errorPrefix: t.errorPrefix })}
      ${this.provinces.render({
        pending: () => stateView('loading', { locale: this.locale, message: t.loadingProvinces }),
        complete: () => nothing,
      })}
      <div class="field">
        <label part="sub-label" id="province-label" for="province">${t.province}</label>
        ${unitComboboxView(this.province, {
          part: 'province', describedBy: describedBy(), invalid: inError('province'), required: this.required,
          disabled: off, readonly: !provincesReady, noMatches: t.none,
        })}
      </div>
      <div class="field">
        <label part="sub-label" id="commune-label" for="commune">${t.commune}</label>
        ${this.province.chosen ? this.communeState() : html`<p class="note" id="commune-note">${t.provinceFirst}</p>`}
        ${unitComboboxView(this.commune, {
          part: 'commune', describedBy: describedBy(this.province.chosen ? '' : 'commune-note'), invalid: inError('commune'),
          required: this.required, disabled: off, readonly: !communesReady, noMatches: t.none,
        })}
      </div>
      <div class="field">
        <label part="sub-label" for="street">${t.street}</label>
        <p class="note" id="street-hint">${t.streetHint}</p>
        <input part="input street" id="street" type="text" autocomplete="address-line1" maxlength="200"
          aria-describedby=${describedBy('street-hint')} aria-invalid=${inError('street') ? 'true' : 'false'}
          aria-required=${this.required ? 'true' : 'false'}
          ?disabled=${off} .value=${this.street} @input=${this.onStreetInput} @change=${this.onStreetChange} />
      </div>
      ${this.announcer.render()}
    </fieldset>`;
  }

  private communeState(): unknown {
    const t = this.strings(addressInputStrings);
    return this.communes.render({
      pending: () => stateView('loading', { locale: this.locale, message: t.loadingCommunes }),
      complete: () => nothing,
      error: (_error, kind) =>
        stateView(kind, { locale: this.locale, message: kind === 'server' ? t.communesFailed : undefined, retry: () => void this.communes.retry() }),
    });
  }
}

function unit(code: string, name: string): Unit {
  return { code, name };
}
