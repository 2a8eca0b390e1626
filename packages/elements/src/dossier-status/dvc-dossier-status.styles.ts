import { css } from 'lit';

/**
 * The headings (sized by their rank in the element, whatever `heading-level` makes them), the
 * badge, the timeline, the dossier list and the lookup form. In the lookup, the label, then the
 * input and its button on one row, then the hint: the button lines up with the input itself (same
 * top, same height), not with the label-and-hint block around it.
 */
export const statusStyles = css`
  .heading {
    margin: 0 0 var(--_space);
    line-height: 1.3;
    font-weight: 700;
  }
  .heading.top {
    font-size: 1.375em;
  }
  .heading.section {
    font-size: 1.125em;
  }
  .heading.sub {
    font-size: 1em;
  }
  .status-badge {
    display: inline-block;
    font-weight: 700;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    padding: 0 var(--_space);
  }
  .status-badge.final-good {
    color: var(--_success);
  }
  .status-badge.attention {
    color: var(--_warning);
  }
  .status-badge.bad {
    color: var(--_danger);
  }
  .overdue {
    color: var(--_danger);
    font-weight: 700;
  }
  ol.timeline {
    list-style: none;
    margin: 0;
    padding: 0 0 0 calc(var(--_space) * 2);
    border-left: 2px solid var(--_divider);
  }
  ol.timeline li {
    position: relative;
    padding-bottom: calc(var(--_space) * 1.5);
  }
  ol.timeline li::before {
    content: '';
    position: absolute;
    left: calc(var(--_space) * -2 - 7px);
    top: 0.4em;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: var(--_primary);
  }
  ol.timeline time {
    color: var(--_muted);
    display: block;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: left;
    padding: var(--_space);
    border-bottom: 1px solid var(--_divider);
    vertical-align: top;
  }
  .lookup .lookup-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: stretch;
  }
  .lookup .lookup-row input {
    flex: 1 1 calc(16 * var(--_size));
    width: auto;
    min-width: 0;
  }
  .lookup .lookup-row .btn {
    flex: 0 0 auto;
  }
  @media (forced-colors: active) {
    ol.timeline li::before {
      background: CanvasText;
    }
  }
`;
