import { css } from 'lit';

/**
 * The look every question shares, in the checked inputs and the dossier form: label, hint,
 * error, control. Controls are text-like inputs, selects and textareas; radios and checkboxes
 * keep the platform's look. :where() gives the control selectors no weight of their own, so
 * any rule of an element about its inputs (a width, a margin) wins.
 */
export const fieldStyles = css`
  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .field.invalid {
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: calc(var(--_space) * 1.5);
  }
  [part~='label'] {
    font-weight: 600;
    padding: 0;
  }
  .hint {
    color: var(--_muted);
  }
  .error {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  :where(input:not([type='radio']):not([type='checkbox']), select, textarea) {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    min-height: calc(2.75 * var(--_size));
    width: 100%;
    max-width: 100%;
  }
  :where(input:not([type='radio']):not([type='checkbox']), select, textarea)[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  :where(input:not([type='radio']):not([type='checkbox']), select, textarea):disabled {
    background: var(--_surface-alt);
    color: var(--_muted);
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    :where(input:not([type='radio']):not([type='checkbox']), select, textarea) {
      border: 1px solid CanvasText;
    }
    :where(input:not([type='radio']):not([type='checkbox']), select, textarea)[aria-invalid='true'] {
      border-width: 3px;
    }
    .field.invalid {
      border-inline-start-color: CanvasText;
    }
    :where(input:not([type='radio']):not([type='checkbox']), select, textarea):disabled {
      border-color: GrayText;
    }
  }
`;
