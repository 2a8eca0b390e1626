import { css } from 'lit';

/**
 * The sign-in button, the signed-in card and the error alert's title (its box is the state view's).
 * Names from the registry can be long: `.name` wraps, capped at three lines.
 */
export const styles = css`
  .login {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    max-width: 100%;
  }
  .btn[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
  }
  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .user {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 1.5);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .avatar {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: calc(2.5 * var(--_size));
    height: calc(2.5 * var(--_size));
    border-radius: 50%;
    background: var(--_surface-alt);
    color: var(--_primary);
    font-weight: 700;
  }
  .who {
    display: flex;
    flex-direction: column;
    flex: 1 1 calc(12 * var(--_size));
    min-width: 0;
  }
  .label,
  .id {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .name {
    font-weight: 600;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  .id {
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.05em;
  }
  .message strong {
    color: var(--_danger);
    display: block;
  }
  @media (forced-colors: active) {
    .user {
      border-color: CanvasText;
    }
  }
`;
