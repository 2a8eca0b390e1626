import { css } from 'lit';

/**
 * Rules the catalog elements share: `<dvc-procedure-detail>` and `<dvc-procedure-search>`
 * (which shows the detail, so this lands in the code both already load). The box of their
 * empty, loading, error and offline messages, and the headings focus is moved to
 * (tabindex="-1"): no ring when a click moved it there, the usual ring from the keyboard.
 * (Explanations stay out of the CSS text: what is inside css`` ships to every page.)
 */
export const catalogStyles = css`
  .message {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
  }
  .message.error {
    border-color: var(--_danger);
    border-left-width: 4px;
  }
  .message p {
    margin: 0;
    flex: 1 1 calc(14 * var(--_size));
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
  }
`;
