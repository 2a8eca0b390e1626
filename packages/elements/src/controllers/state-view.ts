/**
 * The one template for what an element shows instead of its content: loading,
 * a failure (with a retry when one can help), not configured, sign-in needed.
 * Every element renders these through here, so they look and read alike.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/locale.js';
import { isRetryable, type FailureKind } from './failure.js';
import { failureStrings } from './failure.strings.js';

/** What the state view can show: loading, sign-in needed, or a failure kind (including 'not_configured'). */
export type ViewState = 'loading' | 'sign_in' | FailureKind;

/** What the state view needs from the element. */
export interface StateViewContext {
  /** The element's locale. */
  locale: Locale;
  /** Runs when the person presses retry; without it no retry button is shown. */
  retry?: () => void;
  /** The element's own, more precise sentence for this state (default: the shared one). */
  message?: string | TemplateResult;
  /** Whether to offer the retry; default: when the failure kind is retryable. */
  retryable?: boolean;
  /** More part names for the wrapper besides `state`, e.g. an element's own older name for its alert. */
  parts?: string;
}

/**
 * Renders a state: `<div part="state" class="message {state}">` (plus `ctx.parts`) with `role="status"` while
 * loading and `role="alert"` for failures, the retry as `<button part="retry">`, and for
 * 'sign_in' the message followed by `<slot name="sign-in">` (where a page puts its `<dvc-login>`).
 * 'aborted' renders nothing: an aborted load is replaced by the next one.
 */
export function stateView(state: ViewState, ctx: StateViewContext): TemplateResult | typeof nothing {
  const t = failureStrings[ctx.locale];
  const part = ctx.parts ? `state ${ctx.parts}` : 'state';
  switch (state) {
    case 'aborted':
      return nothing;
    case 'loading':
      return html`<div part=${part} class="message loading" role="status"><p>${ctx.message ?? t.loading}</p></div>`;
    case 'sign_in':
      return html`<div part=${part} class="message sign_in"><p>${ctx.message ?? t.signInNeeded}</p></div>
        <slot name="sign-in"></slot>`;
    default: {
      const retry = ctx.retry && (ctx.retryable ?? isRetryable(state)) ? ctx.retry : null;
      return html`<div part=${part} class="message ${state}" role="alert">
        <p>${ctx.message ?? t.failure[state]}</p>
        ${retry ? html`<button part="retry" class="btn secondary" type="button" @click=${retry}>${t.retry}</button>` : nothing}
      </div>`;
    }
  }
}

/**
 * The state view's box; elements add it to their static styles (after their own, so it wins
 * over an element's other `.message` rules). Failures get the danger edge, connection and
 * rate-limit failures the warning one, sign-in the primary one.
 */
export const stateViewStyles = css`
  .message[part~='state'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .message[part~='state'] > p {
    margin: 0;
    flex: 1 1 calc(14 * var(--_size));
  }
  .message[part~='state'][role='alert'] {
    border-color: var(--_danger);
    border-left-width: 4px;
  }
  .message[part~='state'].offline,
  .message[part~='state'].rate_limited {
    border-color: var(--_warning);
  }
  .message[part~='state'].sign_in {
    border-left: 4px solid var(--_primary);
  }
  @media (forced-colors: active) {
    .message[part~='state'] {
      border-color: CanvasText;
    }
  }
`;
