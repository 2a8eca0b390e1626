import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readUrlState, writeUrlState, type UrlState } from './url-state.js';

export interface UrlSyncOptions {
  /** Whether to sync now (the `sync-url` attribute). */
  enabled: () => boolean;
  /** What the element shows now, to write. */
  current: () => UrlState;
  /**
   * Shows what the URL holds: on connect (`fromHistory` false) and after
   * back/forward (true). `state` is null when the URL holds no search.
   */
  restore: (state: UrlState | null, fromHistory: boolean) => void;
}

/**
 * Keeps what the search shows in the page URL: restores it when the element
 * connects, pushes a history entry when it changes, and follows back/forward.
 * The page's other query parameters are left alone.
 */
export class UrlSyncController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly options: UrlSyncOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
    if (this.options.enabled()) this.options.restore(readUrlState(new URL(location.href)), false);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** Pushes the current state as a new history entry, unless the URL already holds it. */
  write(): void {
    if (!this.options.enabled()) return;
    const next = writeUrlState(new URL(location.href), this.options.current());
    if (next.href !== location.href) history.pushState(history.state, '', next);
  }

  private readonly onPopState = (): void => {
    if (this.options.enabled()) this.options.restore(readUrlState(new URL(location.href)), true);
  };
}
