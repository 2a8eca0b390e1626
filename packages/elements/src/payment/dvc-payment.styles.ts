import { css } from 'lit';

/**
 * The heading (sized as a section of a dossier, whatever `heading-level` makes it) and the fee
 * table: amounts right-aligned in tabular figures, the total in bold.
 */
export const paymentStyles = css`
  .heading {
    margin: 0 0 var(--_space);
    line-height: 1.3;
    font-size: 1.125em;
    font-weight: 700;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin-bottom: var(--_space);
  }
  th,
  td {
    text-align: left;
    padding: var(--_space);
    border-bottom: 1px solid var(--_divider);
  }
  td.num,
  th.num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
    border-bottom: none;
  }
`;
