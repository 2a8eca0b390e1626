import { html, nothing, type TemplateResult } from 'lit';
import type { Applicant, Me } from '@dvc-kit/spec';
import { checkApplicant, isLocked, type ApplicantField } from '../../dossier/applicant.js';
import type { DossierUploadStrings } from '../dvc-dossier-upload.strings.js';

/** The message under each field in error. */
export type ApplicantErrors = Partial<Record<ApplicantField, string>>;

export interface ApplicantStepView {
  applicant: Applicant;
  /** The signed-in person's claims: what the e-ID vouches for is read-only. */
  me: Me | null;
  errors: ApplicantErrors;
  disabled: boolean;
  strings: DossierUploadStrings;
  onInput(field: ApplicantField, value: string): void;
}

interface FieldSpec {
  field: ApplicantField;
  label: string;
  type: 'text' | 'tel' | 'email';
  autocomplete: string;
  show: boolean;
  optional: boolean;
}

/** The applicant's fields in error, each with the sentence that says how to put it right. */
export function applicantErrors(applicant: Applicant, s: DossierUploadStrings): ApplicantErrors {
  const errors: ApplicantErrors = {};
  for (const [field, kind] of Object.entries(checkApplicant(applicant)) as Array<[ApplicantField, string]>) {
    errors[field] = kind === 'phone' ? s.phoneInvalid : kind === 'email' ? s.emailInvalid : s.name;
  }
  return errors;
}

/** The errors without the one of `field` (the person is putting it right). */
export function withoutError(errors: ApplicantErrors, field: ApplicantField): ApplicantErrors {
  const next = { ...errors };
  delete next[field];
  return next;
}

function fieldsOf(a: Applicant, s: DossierUploadStrings): FieldSpec[] {
  return [
    { field: 'name', label: s.name, type: 'text', autocomplete: 'name', show: true, optional: false },
    { field: 'idNumber', label: s.idNumber, type: 'text', autocomplete: 'off', show: a.type !== 'business' || Boolean(a.idNumber), optional: true },
    { field: 'taxCode', label: s.taxCode, type: 'text', autocomplete: 'off', show: a.type === 'business' || Boolean(a.taxCode), optional: true },
    { field: 'phone', label: s.phone, type: 'tel', autocomplete: 'tel', show: true, optional: true },
    { field: 'email', label: s.email, type: 'email', autocomplete: 'email', show: true, optional: true },
    { field: 'address', label: s.address, type: 'text', autocomplete: 'street-address', show: true, optional: true },
  ];
}

/** Who submits: prefilled from the e-ID, identity locked, contact details editable. */
export function applicantStep(view: ApplicantStepView): TemplateResult {
  const { applicant: a, strings: s } = view;
  return html`<fieldset part="step applicant">
    <legend>${s.applicantLegend}</legend>
    <p class="muted" id="eid-note">${s.applicantFromEid}</p>
    <div class="fields">
      ${fieldsOf(a, s)
        .filter((f) => f.show)
        .map((f) => {
          const locked = isLocked(f.field, view.me);
          const error = view.errors[f.field];
          const id = `ap-${f.field}`;
          return html`<div class="field" part="field">
            <label for=${id}>${f.label} ${f.optional && !locked ? html`<span class="muted">${s.optionalField}</span>` : nothing}</label>
            <input
              id=${id}
              part="input"
              type=${f.type}
              autocomplete=${f.autocomplete}
              .value=${a[f.field] ?? ''}
              ?readonly=${locked}
              ?disabled=${view.disabled}
              aria-describedby=${locked ? 'eid-note' : error ? `${id}-error` : nothing}
              aria-invalid=${error ? 'true' : 'false'}
              @input=${(e: Event) => view.onInput(f.field, (e.target as HTMLInputElement).value)}
            />
            ${error ? html`<span class="field-error" id="${id}-error">${error}</span>` : nothing}
          </div>`;
        })}
    </div>
  </fieldset>`;
}
