import { css } from 'lit';

export const styles = css`
  article {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
  }
  .eyebrow {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 1.5);
  }
  .title {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.3;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin: var(--_space) 0 0;
    padding: 0;
    list-style: none;
  }
  .badge {
    display: inline-block;
    padding: 0.125em 0.625em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.8125em;
    background: var(--_surface-alt);
  }
  .badge.full {
    border-color: var(--_success);
    color: var(--_success);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .actions p {
    margin: 0;
  }
  a {
    color: var(--_primary);
  }
  section > .h {
    margin: 0 0 var(--_space);
    font-size: 1.125em;
    padding-bottom: calc(var(--_space) / 2);
    border-bottom: 1px solid var(--_divider);
  }
  .sub {
    margin: calc(var(--_space) * 1.5) 0 var(--_space);
    font-size: 1em;
  }
  .channels {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, calc(15 * var(--_size))), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .channel {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
  }
  .channel .h {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1em;
  }
  dl {
    margin: 0;
  }
  dt {
    font-weight: 600;
    font-size: 0.875em;
    color: var(--_muted);
  }
  dd {
    margin: 0 0 var(--_space);
  }
  dd:last-child {
    margin-bottom: 0;
  }
  ul.plain,
  ol.plain {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .note {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .components > li {
    padding: var(--_space) 0;
    border-bottom: 1px solid var(--_divider);
  }
  .components .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 1.5);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .prose {
    white-space: pre-line;
    margin: 0;
  }
  @media (forced-colors: active) {
    .badge,
    .channel,
    .message {
      border-color: CanvasText;
    }
  }
`;
