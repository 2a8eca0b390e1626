// The quiet line under the form that says where the draft stands: saved at what time, saving,
// or not saved (with a retry: the answers stay on the page meanwhile).
import { html, nothing, type TemplateResult } from 'lit';
import { INTL_TAG, type Locale } from '../i18n/locale.js';
import type { SaveState } from './draft-saver.js';
import type { DossierFormStrings } from './dvc-dossier-form.strings.js';

/** "10:42", in Vietnam's time as the portal keeps it. */
function clock(at: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_TAG[locale], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Ho_Chi_Minh' }).format(at);
}

export function saveStatus(state: SaveState, locale: Locale, t: DossierFormStrings, onRetry: () => void): TemplateResult {
  const failed = state.kind === 'failed';
  const said = state.kind === 'saving' ? t.saving : failed ? t.saveFailed : state.at ? t.savedAt(clock(state.at, locale)) : t.autosave;
  return html`<p class="save-status${failed ? ' failed' : ''}" part="save-status">
    <span>${said}</span>
    ${failed ? html`<button type="button" class="btn secondary small" part="retry" @click=${onRetry}>${t.retry}</button>` : nothing}
  </p>`;
}
