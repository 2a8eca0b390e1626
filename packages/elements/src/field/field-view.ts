import { html, nothing, type TemplateResult } from 'lit';

/** Stable ids inside an input's shadow root: the error summary and aria-describedby name them. */
export const HINT_ID = 'hint';
export const ERROR_ID = 'error';

export interface FieldNotesView {
  /** Help under the label; '' for none. */
  hint: string | TemplateResult;
  /** The message shown; '' while there is none. */
  error: string;
  /** "Lỗi:" / "Error:", read before the message. */
  errorPrefix: string;
}

/** The hint, then the error message (GOV.UK's order: label, hint, error, control). */
export function fieldNotes(view: FieldNotesView): TemplateResult {
  return html`${view.hint ? html`<div part="hint" id=${HINT_ID} class="hint">${view.hint}</div>` : nothing}
    ${view.error
      ? html`<p part="error" id=${ERROR_ID} class="error"><span class="visually-hidden">${view.errorPrefix}</span> ${view.error}</p>`
      : nothing}`;
}

/** The ids a control points at with aria-describedby, or nothing. */
export function describedBy(view: FieldNotesView): string | typeof nothing {
  const ids = [view.hint ? HINT_ID : '', view.error ? ERROR_ID : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}
