import { css } from 'lit';

/** What only `<dvc-dossier-upload>` shows: its headings, the case picker and the applicant's fields. */
export const dossierUploadStyles = css`
  .heading,
  .step-heading,
  .section-heading {
    margin: 0 0 var(--_space);
    line-height: 1.3;
    font-weight: 700;
  }
  .heading {
    font-size: 1.375em;
  }
  .step-heading {
    font-size: 1.125em;
  }
  .section-heading {
    font-size: 1em;
  }
  fieldset {
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    margin: 0 0 calc(var(--_space) * 2);
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding-inline: calc(var(--_space) / 2);
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, calc(16 * var(--_size))), 1fr));
    gap: calc(var(--_space) * 1.5);
  }
  input[readonly] {
    background: var(--_surface-alt);
  }
  .radio {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
    padding-block: calc(var(--_space) / 2);
  }
  .radio input {
    width: calc(1.25 * var(--_size));
    height: calc(1.25 * var(--_size));
    margin-top: calc(0.15 * var(--_size));
    flex: none;
  }
`;
