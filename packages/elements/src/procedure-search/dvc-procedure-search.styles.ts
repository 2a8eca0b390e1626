import { css } from 'lit';

export const styles = css`
  .search {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
  }
  form {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  label {
    font-weight: 600;
  }
  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .combo {
    position: relative;
    flex: 1 1 calc(14 * var(--_size));
    min-width: 0;
  }
  input {
    width: 100%;
    min-height: calc(2.75 * var(--_size));
    padding: calc(var(--_space) * 0.75) var(--_space);
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  [role='listbox'] {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    top: calc(100% + 2px);
    margin: 0;
    padding: calc(var(--_space) / 2) 0;
    list-style: none;
    max-height: min(calc(22 * var(--_size)), 60vh);
    overflow-y: auto;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  [role='option'] {
    padding: calc(var(--_space) * 0.75) var(--_space);
    cursor: pointer;
    border-inline-start: 4px solid transparent;
  }
  [role='option']:hover {
    background: var(--_surface-alt);
  }
  [role='option'][aria-selected='true'] {
    background: var(--_surface-alt);
    border-inline-start-color: var(--_primary);
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .name {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .suggest-status {
    margin: 0;
    font-size: 0.875em;
    color: var(--_warning);
  }
  .results {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.5);
  }
  .results[aria-busy='true'] .list {
    opacity: 0.6;
  }
  .heading {
    margin: 0;
    font-size: 1.25em;
  }
  .total {
    margin: 0;
    color: var(--_muted);
  }
  .facets {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, calc(12 * var(--_size))), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .facets legend {
    padding: 0;
    margin-bottom: calc(var(--_space) / 2);
    font-weight: 600;
  }
  .facet {
    display: flex;
    flex-direction: column;
    gap: calc(0.125 * var(--_size));
    min-width: 0;
  }
  .facet label {
    font-weight: 400;
    font-size: 0.875em;
    color: var(--_muted);
  }
  select {
    width: 100%;
    min-height: calc(2.75 * var(--_size));
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 calc(var(--_space) / 2);
    text-overflow: ellipsis;
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    border-top: 1px solid var(--_divider);
  }
  .result {
    padding: var(--_space) 0;
    border-bottom: 1px solid var(--_divider);
  }
  .result-link {
    display: block;
    width: 100%;
    padding: calc(var(--_space) / 2) 0;
    border: 0;
    background: none;
    color: var(--_primary);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    font-weight: 600;
  }
  .result-link .name {
    -webkit-line-clamp: 3;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .pager p {
    margin: 0;
  }
  .message.offline {
    border-color: var(--_warning);
    border-left-width: 4px;
  }
  .back {
    align-self: flex-start;
  }
  @media (forced-colors: active) {
    [role='option'][aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      outline-color: HighlightText;
    }
    [role='option'][aria-selected='true'] .meta {
      color: HighlightText;
    }
    [role='listbox'],
    .message {
      border-color: CanvasText;
    }
    .result-link {
      color: LinkText;
    }
  }
`;
