import { css } from 'lit';

/** Three fields side by side, as wide as what they hold, wrapping on a narrow screen. */
export const dateInputStyles = css`
  .parts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    margin-top: calc(var(--_space) / 2);
  }
  .part {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 4);
  }
  .part input {
    width: calc(4 * var(--_size));
    font-variant-numeric: tabular-nums;
  }
  .part.year input {
    width: calc(6 * var(--_size));
  }
  .hint .line {
    display: block;
  }
`;
