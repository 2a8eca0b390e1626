import { html, nothing, type TemplateResult } from 'lit';
import { failureReason } from '../../dossier/file-slot.js';
import type { StepNotice } from '../steps.js';
import type { DossierUploadStrings } from '../dvc-dossier-upload.strings.js';

/** The sentence of a step's notice, saying what to do next. */
export function noticeText(notice: StepNotice, s: DossierUploadStrings): string {
  switch (notice.kind) {
    case 'draft_failed':
      return s.draftFailed;
    case 'still_uploading':
      return s.stillUploading;
    case 'missing_required':
      return s.missingRequired(notice.names.join('; '));
    case 'submit_missing':
      return s.submitMissing;
    case 'submit_failed':
      return s.submitFailed(failureReason(notice.code, s));
  }
}

/** A step's notice as an alert (read out as it appears), or nothing. */
export function stepNotice(notice: StepNotice | null, s: DossierUploadStrings): TemplateResult | typeof nothing {
  return notice ? html`<p class="message error" part="message" role="alert">${noticeText(notice, s)}</p>` : nothing;
}
