import { css } from 'lit';

/** The provider draws nothing of its own: its children lay out as if it were not there. */
export const styles = css`
  :host {
    display: contents;
  }
`;
