import { css } from 'lit';

/**
 * On top of the shared field look: as wide as the longest number with its spaces, and no wider
 * (the field's width hints at the answer's length); never wider than its container.
 */
export const idNumberInputStyles = css`
  input {
    max-width: min(100%, calc(13 * var(--_size)));
    font-variant-numeric: tabular-nums;
  }
`;
