import { html, nothing, type TemplateResult } from "lit";
import type { Applicant, Me } from "@dvc-kit/spec";
import {
  checkApplicant,
  isLocked,
  type ApplicantField,
} from "../../dossier/applicant.js";
import type { DossierUploadStrings } from "../dvc-dossier-upload.strings.js";

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

/** The applicant's fields in error, each with the sentence that says how to put it right. */
export function applicantErrors(
  applicant: Applicant,
  s: DossierUploadStrings
): ApplicantErrors {
  const errors: ApplicantErrors = {};
  for (const [field, kind] of Object.entries(
    checkApplicant(applicant)
  ) as Array<[ApplicantField, string]>) {
    errors[field] =
      kind === "phone"
        ? s.phoneInvalid
        : kind === "email"
        ? s.emailInvalid
        : s.name;
  }
  return errors;
}

/** The errors without the one of `field` (the person is putting it right). */
export function withoutError(
  errors: ApplicantErrors,
  field: ApplicantField
): ApplicantErrors {
  const next = { ...errors };
  delete next[field];
  return next;
}

/** The fields in order, each with its autocomplete token; the label is the strings' entry of the same name. */
const FIELDS: ReadonlyArray<readonly [ApplicantField, string]> = [
  ["name", "name"],
  ["idNumber", "off"],
  ["taxCode", "off"],
  ["phone", "tel"],
  ["email", "email"],
  ["address", "street-address"],
];

/** Whether a field is shown: a business shows its tax code, a citizen the ID number (either when it has a value). */
function shown(field: ApplicantField, a: Applicant): boolean {
  if (field === "idNumber") return a.type !== "business" || Boolean(a.idNumber);
  if (field === "taxCode") return a.type === "business" || Boolean(a.taxCode);
  return true;
}

/** Who submits: prefilled from the e-ID, identity locked, contact details editable. */
export function applicantStep(view: ApplicantStepView): TemplateResult {
  const { applicant: a, strings: s } = view;
  return html`<fieldset part="step applicant">
    <legend>${s.applicantLegend}</legend>
    <p class="muted" id="eid-note">${s.applicantFromEid}</p>
    <div class="fields">
      ${FIELDS.filter(([field]) => shown(field, a)).map(
        ([field, autocomplete]) => {
          const locked = isLocked(field, view.me);
          const error = view.errors[field];
          const id = `ap-${field}`;
          return html`<div class="field" part="field">
            <label for=${id}
              >${s[field]}
              ${field !== "name" && !locked
                ? html`<span class="muted">${s.optionalField}</span>`
                : nothing}</label
            >
            <input
              id=${id}
              part="input"
              type=${field === "phone"
                ? "tel"
                : field === "email"
                ? "email"
                : "text"}
              autocomplete=${autocomplete}
              .value=${a[field] ?? ""}
              ?readonly=${locked}
              ?disabled=${view.disabled}
              aria-describedby=${locked
                ? "eid-note"
                : error
                ? `${id}-error`
                : nothing}
              aria-invalid=${error ? "true" : "false"}
              @input=${(e: Event) =>
                view.onInput(field, (e.target as HTMLInputElement).value)}
            />
            ${error
              ? html`<span class="field-error" id="${id}-error">${error}</span>`
              : nothing}
          </div>`;
        }
      )}
    </div>
  </fieldset>`;
}
