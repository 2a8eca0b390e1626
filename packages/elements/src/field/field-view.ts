import { html, nothing, type TemplateResult } from 'lit';

/** Stable ids inside an input's shadow root: the error summary and aria-describedby name them. */
export const HINT_ID = 'hint';
export const ERROR_ID = 'error';

export interface FieldNotesView {
  /** The question's id where one shadow root holds many (the dossier form): its notes are then `{id}-hint` and `{id}-error`. */
  id?: string;
  /** Help under the label; '' for none. */
  hint: string | TemplateResult;
  /** The message shown; '' while there is none. */
  error: string;
  /** "Lỗi:" / "Error:", read before the message. */
  errorPrefix: string;
}

function idsOf(view: FieldNotesView): { hint: string; error: string } {
  return view.id ? { hint: `${view.id}-${HINT_ID}`, error: `${view.id}-${ERROR_ID}` } : { hint: HINT_ID, error: ERROR_ID };
}

/** The hint, then the error message (GOV.UK's order: label, hint, error, control). */
export function fieldNotes(view: FieldNotesView): TemplateResult {
  const ids = idsOf(view);
  return html`${view.hint ? html`<div part="hint" id=${ids.hint} class="hint">${view.hint}</div>` : nothing}
    ${view.error
      ? html`<p part="error" id=${ids.error} class="error"><span class="visually-hidden">${view.errorPrefix}</span> ${view.error}</p>`
      : nothing}`;
}

/** The ids a control points at with aria-describedby, or nothing. */
export function describedBy(view: FieldNotesView): string | typeof nothing {
  const ids = idsOf(view);
  const named = [view.hint ? ids.hint : '', view.error ? ids.error : ''].filter(Boolean);
  return named.length ? named.join(' ') : nothing;
}
