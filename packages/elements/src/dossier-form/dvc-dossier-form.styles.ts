import { css } from 'lit';

/**
 * GOV.UK's question layout on the shared field look (label, hint, error with a bar beside the
 * question, then the control): controls and targets at least 44 px, one column that reflows at
 * 320 px and 400% zoom, borders that stay in forced colours. Its bolder error, its disabled
 * controls drawn as enabled ones and its forced-colour borders predate the shared look and are
 * kept as they were.
 */
export const dossierFormStyles = css`
  .form {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
  }
  .section {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2.5);
    min-width: 0;
  }
  .section-heading,
  .summary-title {
    margin: 0;
    line-height: 1.3;
    font-size: 1.25em;
    font-weight: 700;
  }
  .section + .section {
    border-top: 1px solid var(--_divider);
    padding-top: calc(var(--_space) * 2);
  }
  p {
    margin: 0;
  }
  .muted {
    color: var(--_muted);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .field > legend {
    margin-bottom: calc(var(--_space) / 2);
  }
  .error {
    font-weight: 700;
  }
  input:not([type='radio']):not([type='checkbox']),
  select,
  textarea {
    max-width: calc(32 * var(--_size));
  }
  input.narrow {
    max-width: calc(8 * var(--_size));
  }
  textarea {
    max-width: none;
    resize: vertical;
  }
  :where(input:not([type='radio']):not([type='checkbox']), select, textarea):disabled {
    background: var(--_surface);
    color: var(--_text);
    cursor: revert;
  }
  .choices {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
    min-height: calc(2.75 * var(--_size));
  }
  .choice input {
    flex: none;
    width: calc(1.5 * var(--_size));
    height: calc(1.5 * var(--_size));
    margin: calc(var(--_space) * 0.75) 0 0;
    accent-color: var(--_primary);
  }
  .choice label {
    padding-block: calc(var(--_space) * 0.75);
    cursor: pointer;
  }
  .group {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.5);
  }
  .group-item {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
  }
  .group-item > legend {
    font-weight: 700;
    padding: 0 calc(var(--_space) / 2);
  }
  .group > .btn,
  .group-item > .btn {
    align-self: flex-start;
  }
  .btn.small {
    min-height: calc(2.75 * var(--_size));
    padding: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
  }
  .error-summary {
    border: 4px solid var(--_danger);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
  }
  .error-summary:focus-visible,
  .error-summary:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .error-list {
    margin: var(--_space) 0 0;
    padding-inline-start: calc(var(--_space) * 2.5);
  }
  .error-list li + li {
    margin-top: calc(var(--_space) / 2);
  }
  .error-list a {
    color: var(--_danger);
    font-weight: 700;
  }
  .note {
    border-left: 4px solid var(--_primary);
    background: var(--_surface-alt);
    padding: var(--_space) calc(var(--_space) * 1.5);
  }
  .save-status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    color: var(--_muted);
  }
  .save-status.failed {
    color: var(--_warning);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .error-summary,
    .note,
    .group-item {
      border-color: CanvasText;
    }
    .error-list a {
      color: LinkText;
    }
    :where(input:not([type='radio']):not([type='checkbox']), select, textarea):not([aria-invalid='true']) {
      border-color: FieldText;
    }
    :where(input:not([type='radio']):not([type='checkbox']), select, textarea)[aria-invalid='true'] {
      border-color: var(--_danger);
      border-width: 2px;
    }
  }
`;
