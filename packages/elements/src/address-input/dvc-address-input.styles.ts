import { css } from 'lit';

/**
 * On top of the shared field look: the address's fieldset, its three fields and the comboboxes'
 * lists. Its heavier legend and error, its faded disabled fields and their 2 px error border in
 * forced colours predate the shared look and are kept as they were.
 */
export const addressInputStyles = css`
  fieldset {
    margin: 0;
    padding: 0;
    border: none;
    min-width: 0;
  }
  fieldset.invalid {
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: calc(var(--_space) * 1.5);
  }
  legend[part~='label'] {
    margin-bottom: calc(var(--_space) / 2);
    font-weight: 700;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .hint,
  .note {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .note {
    color: var(--_muted);
  }
  .error {
    font-weight: 700;
    margin: 0 0 var(--_space);
  }
  .field {
    margin-block: var(--_space) calc(var(--_space) * 1.5);
    max-width: calc(30 * var(--_size));
  }
  label {
    font-weight: 600;
  }
  .combo {
    position: relative;
  }
  input:disabled {
    opacity: 0.6;
    background: var(--_surface);
    color: var(--_text);
  }
  input[readonly] {
    background: var(--_surface-alt);
  }
  [role='listbox'] {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    top: calc(100% + 2px);
    margin: 0;
    padding: calc(var(--_space) / 2) 0;
    list-style: none;
    max-height: min(calc(20 * var(--_size)), 50vh);
    overflow-y: auto;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  [role='option'] {
    min-height: calc(2.75 * var(--_size));
    padding: calc(var(--_space) * 0.75) var(--_space);
    cursor: pointer;
    border-inline-start: 4px solid transparent;
  }
  [role='option']:hover {
    background: var(--_surface-alt);
  }
  [role='option'][aria-selected='true'] {
    background: var(--_surface-alt);
    border-inline-start-color: var(--_primary);
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .no-match {
    margin: calc(var(--_space) / 2) 0 0;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    [role='listbox'],
    input:disabled:not([aria-invalid='true']) {
      border-color: CanvasText;
    }
    input[aria-invalid='true'] {
      border-width: 2px;
    }
    fieldset.invalid {
      border-color: CanvasText;
    }
    [role='option'][aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      outline-color: HighlightText;
    }
  }
`;
