// The answers as a person reads them back before submitting: one panel per shown section with a
// "Change" button, each answer as written on paper (dates dd/MM/yyyy, choices by their label,
// an address as "street, commune, province"). Exported for <dvc-dossier-upload>'s review step.
import { css, html, type TemplateResult } from 'lit';
import type { FormDefinition, FormField, FormInput } from '@dvc-kit/spec';
import { parseDate, valueAt } from '@dvc-kit/spec/forms';
import { headingLevel } from '../base/heading.js';
import { formatDate, formatNumber } from '../i18n/format.js';
import type { Locale } from '../i18n/locale.js';
import { isEmptyAnswer, isRecord, type Answers } from './answers.js';
import { dossierFormStrings, type DossierFormStrings } from './dvc-dossier-form.strings.js';
import { itemName } from './group-view.js';
import { domId } from './ids.js';
import { groupItems, isShown, itemPointer, shownSections, submittedAnswers } from './visibility.js';

export interface FormReviewOptions {
  /** Level of each section's heading (default 2). */
  level?: number;
}

function optionLabel(field: FormField | FormInput, value: unknown, locale: Locale): string {
  return field.options?.find((o) => o.value === value)?.label[locale] ?? String(value);
}

/** One answer as text people read; null when nothing was answered. */
export function answerText(field: FormField | FormInput, value: unknown, locale: Locale): string | null {
  if (isEmptyAnswer(value)) return null;
  switch (field.widget) {
    case 'date': {
      const iso = typeof value === 'string' ? parseDate(value) : null;
      return iso ? formatDate(iso, locale) : String(value);
    }
    case 'choice':
      return Array.isArray(value) ? value.map((v) => optionLabel(field, v, locale)).join(', ') : optionLabel(field, value, locale);
    case 'number':
      return typeof value === 'number' ? formatNumber(value, locale) : String(value);
    case 'address': {
      if (!isRecord(value)) return String(value);
      return [value.street, value.communeName, value.provinceName].filter((part) => typeof part === 'string' && part.trim()).join(', ');
    }
    default:
      return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
  }
}

function answerCell(field: FormField | FormInput, value: unknown, locale: Locale, t: DossierFormStrings): TemplateResult {
  const shown = answerText(field, value, locale);
  return shown === null ? html`<span class="muted">${t.notAnswered}</span>` : html`${shown}`;
}

function groupAnswer(field: FormField, data: Answers, locale: Locale, t: DossierFormStrings): TemplateResult {
  const items = groupItems(data, field.pointer);
  if (items.length === 0) return html`<span class="muted">${t.noItems}</span>`;
  return html`<ol class="review-items">
    ${items.map((_, index) => html`<li>
      <span class="visually-hidden">${itemName(field, index, locale, t)}</span>
      <dl class="summary">
        ${(field.fields ?? []).filter((input) => isShown(input.visibleWhen, data)).map((input) => html`<dt>${input.label[locale]}</dt>
          <dd>${answerCell(input, valueAt(data, itemPointer(field.pointer, index, input.pointer)), locale, t)}</dd>`)}
      </dl>
    </li>`)}
  </ol>`;
}

/**
 * The review of a form's answers. `onChange(sectionId)` runs when the person asks to change a
 * section (the element fires `dvc-form-change-section` from it); add `formReviewStyles` to the
 * host's styles.
 */
export function formReview(
  definition: FormDefinition,
  answers: Answers,
  locale: Locale,
  onChange: (sectionId: string) => void,
  options: FormReviewOptions = {},
): TemplateResult {
  const t = dossierFormStrings[locale];
  const data = submittedAnswers(definition, answers);
  const level = headingLevel(options.level ?? 2);
  return html`<div class="form-review" part="review">
    ${shownSections(definition, data).map((section) => {
      const id = domId('form-review-', section.id);
      const title = section.title[locale];
      return html`<section class="review-section" aria-labelledby=${id}>
        <div class="review-head">
          <div role="heading" aria-level=${level} id=${id} class="review-title">${title}</div>
          <button type="button" class="link" part="change-button" @click=${() => onChange(section.id)}>
            ${t.change}<span class="visually-hidden"> ${title}</span>
          </button>
        </div>
        <dl class="summary">
          ${section.fields.filter((field) => isShown(field.visibleWhen, data)).map((field) => html`<dt>${field.label[locale]}</dt>
            <dd>${field.widget === 'group' ? groupAnswer(field, data, locale, t) : answerCell(field, valueAt(data, field.pointer), locale, t)}</dd>`)}
        </dl>
      </section>`;
    })}
  </div>`;
}

/** The review's look; the host adds it to its styles (after the shared tokens). */
export const formReviewStyles = css`
  .review-section {
    padding-block: calc(var(--_space) * 1.5);
  }
  .review-section + .review-section {
    border-top: 1px solid var(--_divider);
  }
  .review-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space);
    margin-bottom: var(--_space);
  }
  .review-title {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  .form-review dl.summary {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: 0;
  }
  .form-review dt {
    font-weight: 600;
  }
  .form-review dd {
    margin: 0;
  }
  .review-items {
    margin: 0;
    padding-inline-start: calc(var(--_space) * 2.5);
  }
  .review-items > li + li {
    margin-top: var(--_space);
  }
  .form-review button.link {
    background: none;
    border: none;
    padding: calc(var(--_space) / 2) 0;
    min-height: calc(2.75 * var(--_size));
    color: var(--_primary);
    text-decoration: underline;
    font: inherit;
  }
  @media (max-width: 30rem) {
    .form-review dl.summary {
      grid-template-columns: minmax(0, 1fr);
    }
    .form-review dd {
      margin-bottom: var(--_space);
    }
  }
  @media (forced-colors: active) {
    .form-review button.link {
      color: LinkText;
    }
  }
`;
