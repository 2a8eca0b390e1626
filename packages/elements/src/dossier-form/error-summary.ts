// The error summary at the top, as GOV.UK's: it takes focus when shown, says there is a
// problem, and lists each one as a link that moves focus to its question.
import { html, nothing, type TemplateResult } from 'lit';
import { headingLevel } from '../base/heading.js';
import type { Locale } from '../i18n/locale.js';
import type { DossierFormStrings } from './dvc-dossier-form.strings.js';
import type { FormProblem } from './error-map.js';
import { domId } from './ids.js';
import type { Slot } from './visibility.js';

export interface SummaryItem {
  /** The pointer of the question to focus; null for a problem no shown question takes. */
  slot: string | null;
  /** The control's id, for the link's href. */
  target: string | null;
  text: string;
}

export interface ErrorSummaryView {
  level: number;
  items: readonly SummaryItem[];
  strings: DossierFormStrings;
  onPick(slot: string): void;
}

export function errorSummary(v: ErrorSummaryView): TemplateResult | typeof nothing {
  if (v.items.length === 0) return nothing;
  const pick = (slot: string) => (e: Event) => {
    // The fragment cannot reach into a shadow root: move focus ourselves.
    e.preventDefault();
    v.onPick(slot);
  };
  return html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
    <div role="alert">
      <div role="heading" aria-level=${headingLevel(v.level)} id="error-summary-title" class="summary-title">${v.strings.summaryTitle}</div>
      <ul class="error-list">
        ${v.items.map((item) =>
          html`<li>${item.slot !== null
            ? html`<a part="error-link" href="#${item.target ?? ''}" @click=${pick(item.slot)}>${item.text}</a>`
            : item.text}</li>`)}
      </ul>
    </div>
  </div>`;
}

/** The summary's lines in the layout's order: "Question (section or item): message", then what no question takes. */
export function summaryItems(
  slots: readonly Slot[],
  problems: ReadonlyMap<string, FormProblem>,
  loose: readonly FormProblem[],
  locale: Locale,
  t: DossierFormStrings,
): SummaryItem[] {
  const items: SummaryItem[] = [];
  for (const slot of slots) {
    const problem = problems.get(slot.pointer);
    if (!problem) continue;
    const where = slot.item ? t.item(slot.item.label[locale], slot.item.index + 1) : slot.section.title[locale];
    items.push({ slot: slot.pointer, target: domId('f-', slot.pointer), text: `${slot.field.label[locale]} (${where}): ${problem.message[locale]}` });
  }
  for (const problem of loose) items.push({ slot: null, target: null, text: problem.message[locale] });
  return items;
}
