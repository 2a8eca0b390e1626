import { html, nothing, type TemplateResult } from 'lit';

/**
 * A heading level the page chose through `heading-level`, kept within 1–6.
 * A template cannot pick its tag name at run time, so headings are
 * `role="heading"` with `aria-level`, as in `<dvc-procedure-detail>`.
 */
export function headingLevel(level: number): number {
  return Number.isFinite(level) ? Math.min(6, Math.max(1, Math.round(level))) : 2;
}

export interface HeadingOptions {
  id?: string;
  part?: string;
  className?: string;
}

/** A heading at `level` (clamped to 1–6). */
export function heading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  return html`<div
    role="heading"
    aria-level=${headingLevel(level)}
    id=${options.id ?? nothing}
    part=${options.part ?? nothing}
    class=${options.className ?? nothing}
  >${content}</div>`;
}
