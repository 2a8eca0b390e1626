import { css } from 'lit';

/** Rules shared by the dossier elements: panels, fields, file slots, messages, summaries, print. */
export const dossierStyles = css`
  :host {
    background: var(--_surface);
  }
  .slot-name {
    font-size: 1em;
    font-weight: 700;
    margin: 0 0 var(--_space);
    line-height: 1.3;
  }
  p {
    margin: 0 0 var(--_space);
  }
  .muted {
    color: var(--_muted);
  }
  .panel {
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    margin-block: calc(var(--_space) * 2);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  .field label {
    font-weight: 600;
  }
  input:not([type='radio']):not([type='file']),
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    min-height: calc(2.75 * var(--_size));
    width: 100%;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .field-error {
    color: var(--_danger);
    font-size: 0.9375em;
  }
  .slot {
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .slot.drag {
    border: 2px dashed var(--_primary);
    background: var(--_surface-alt);
  }
  .slot-meta {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    align-items: center;
    color: var(--_muted);
  }
  .badge {
    font-size: 0.875em;
    font-weight: 700;
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 calc(var(--_space) * 0.75);
  }
  .badge.req {
    color: var(--_danger);
  }
  a {
    color: var(--_primary);
  }
  .drop {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .rules {
    flex-basis: 100%;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .picker {
    position: relative;
  }
  .picker:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .btn.small {
    min-height: calc(2.25 * var(--_size));
    padding: calc(var(--_space) / 2) var(--_space);
    font-size: 0.9375em;
  }
  .btn.danger {
    color: var(--_danger);
    border-color: var(--_danger);
  }
  button.link {
    background: none;
    border: none;
    padding: 0;
    color: var(--_primary);
    text-decoration: underline;
    min-height: calc(1.5 * var(--_size));
  }
  .files,
  .notices {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
  }
  .file {
    border-top: 1px solid var(--_divider);
    padding-block: var(--_space);
  }
  .file-head {
    display: flex;
    justify-content: space-between;
    gap: var(--_space);
    font-weight: 600;
  }
  .file-size {
    color: var(--_muted);
    font-weight: 400;
    flex: none;
  }
  progress {
    width: 100%;
    height: calc(0.75 * var(--_size));
    accent-color: var(--_primary);
  }
  .file.failed .file-state,
  .file.missing .file-state {
    color: var(--_danger);
  }
  .file.done .file-state {
    color: var(--_success);
  }
  .file.offline .file-state,
  .file.paused .file-state {
    color: var(--_warning);
  }
  .file-actions,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .actions {
    margin-top: calc(var(--_space) * 2);
  }
  .notice,
  .message {
    border-left: 4px solid var(--_danger);
    background: var(--_surface-alt);
    padding: var(--_space) calc(var(--_space) * 1.5);
    margin-bottom: var(--_space);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    justify-content: space-between;
  }
  .message.info {
    border-left-color: var(--_primary);
  }
  .message.warning {
    border-left-color: var(--_warning);
  }
  .message.success {
    border-left-color: var(--_success);
  }
  dl.summary {
    display: grid;
    grid-template-columns: minmax(calc(8 * var(--_size)), max-content) 1fr;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: 0 0 var(--_space);
  }
  dl.summary dt {
    font-weight: 600;
  }
  dl.summary dd {
    margin: 0;
  }
  @media (max-width: 30rem) {
    dl.summary {
      grid-template-columns: 1fr;
    }
    dl.summary dd {
      margin-bottom: var(--_space);
    }
  }
  .code {
    font-size: 1.25em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.02em;
  }
  @media (forced-colors: active) {
    .slot.drag {
      border-color: Highlight;
    }
    .notice,
    .message {
      border: 1px solid CanvasText;
      border-left-width: 4px;
    }
    progress {
      forced-color-adjust: auto;
    }
  }
  @media print {
    .actions,
    .no-print {
      display: none !important;
    }
    .panel {
      border-color: #000;
    }
  }
`;
