import { css } from 'lit';

/** Wide enough for "+84 912 345 678", and no wider: the field's width hints at the answer's length. */
export const phoneInputStyles = css`
  input {
    max-width: calc(14 * var(--_size));
    font-variant-numeric: tabular-nums;
  }
`;
