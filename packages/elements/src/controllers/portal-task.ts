/**
 * Loading for every element: @lit/task's Task, plus what a portal call needs on
 * top of it. Composition rather than a subclass: Task's render() and run() are
 * typed for its own renderer, and ours adds the failure kind to the error one.
 */
import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import { DEFAULT_LOCALE, documentLocale, nearestLocale, type Locale } from '../i18n/locale.js';
import { classifyFailure, type FailureKind } from './failure.js';
import { stateView } from './state-view.js';

export { TaskStatus, initialState };

/** How a PortalTask loads. */
export interface PortalTaskConfig<A extends readonly unknown[], R> {
  /** The arguments; read on every host update, and a change (shallow compare) starts a new run. */
  args: () => A;
  /**
   * Loads. Pass `signal` to every client call: it is aborted when the host leaves the page and when
   * the arguments change. Return `initialState` to go back to nothing-to-show (e.g. no code given).
   */
  task: (args: A, signal: AbortSignal) => Promise<R | typeof initialState>;
  /** Run when the arguments change (default true); false: only run(), retry() and the online re-run. */
  autoRun?: boolean;
  /** The locale of the default pending and error views; default: the host's nearest `lang`, then the page's. */
  locale?: () => Locale;
  /** Called with each run's result. */
  onComplete?: (value: R) => void;
  /** Called with each failed run's error and its kind (also for 'aborted'). */
  onError?: (error: unknown, kind: FailureKind) => void;
}

/** What PortalTask.render() shows for each status; pending and error default to the state view. */
export interface PortalTaskRenderer<R> {
  initial?: () => unknown;
  pending?: () => unknown;
  complete: (value: R) => unknown;
  error?: (error: unknown, kind: FailureKind) => unknown;
}

/**
 * ```ts
 * private readonly procedure = new PortalTask(this, {
 *   args: () => [this.client, this.code] as const,
 *   task: ([client, code], signal) => {
 *     if (!client) throw notConfiguredError();
 *     return client.procedures.get(code, { signal });
 *   },
 *   locale: () => this.locale,
 * });
 * render() { return this.procedure.render({ complete: (p) => html`…` }); }
 * ```
 *
 * A run that failed because the browser was offline runs again by itself when the
 * window's 'online' event fires. A run aborted because the host left the page runs
 * again when it comes back.
 */
export class PortalTask<A extends readonly unknown[], R> implements ReactiveController {
  private readonly task: Task<A, R>;
  private readonly localeOf: () => Locale;
  private lastFailure: FailureKind | null = null;
  private abortedByDisconnect = false;

  constructor(host: ReactiveControllerHost & HTMLElement, config: PortalTaskConfig<A, R>) {
    this.localeOf =
      config.locale ?? (() => (host.isConnected ? nearestLocale(host) : null) ?? documentLocale(host.ownerDocument) ?? DEFAULT_LOCALE);
    this.task = new Task<A, R>(host, {
      args: config.args,
      task: (args, { signal }) => config.task(args, signal),
      autoRun: config.autoRun ?? true,
      onComplete: (value) => {
        this.lastFailure = null;
        config.onComplete?.(value);
      },
      onError: (error) => {
        const kind = classifyFailure(error);
        this.lastFailure = kind;
        config.onError?.(error, kind);
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('online', this.onOnline);
    if (this.abortedByDisconnect) {
      this.abortedByDisconnect = false;
      void this.run();
    }
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('online', this.onOnline);
    if (this.task.status === TaskStatus.PENDING) {
      this.abortedByDisconnect = true;
      this.task.abort();
    }
  }

  private readonly onOnline = (): void => {
    if (this.failure === 'offline') void this.run();
  };

  /** INITIAL, PENDING, COMPLETE or ERROR (see `TaskStatus`). */
  get status(): TaskStatus {
    return this.task.status;
  }

  /** The last run's result; undefined before one completed and after a failure. */
  get value(): R | undefined {
    return this.task.value;
  }

  /** The last run's error, when it failed. */
  get error(): unknown {
    return this.task.error;
  }

  /** The kind of the last run's failure; null unless the task is in the error state. */
  get failure(): FailureKind | null {
    return this.task.status === TaskStatus.ERROR ? this.lastFailure : null;
  }

  /** Resolves with the value of the current run (rejects when it fails). */
  get taskComplete(): Promise<R> {
    return this.task.taskComplete;
  }

  /** Runs now (with the current arguments unless given), aborting a run in progress. */
  run(args?: A): Promise<void> {
    return this.task.run(args);
  }

  /** Runs again with the current arguments: what a retry button calls. */
  retry(): Promise<void> {
    return this.task.run();
  }

  /** Aborts the run in progress, if any. */
  abort(reason?: unknown): void {
    this.task.abort(reason);
  }

  /**
   * Renders by status. Without `pending`, the state view's loading message; without `error`, the
   * state view for the failure kind, with a retry button when retrying can help.
   */
  render(renderer: PortalTaskRenderer<R>): unknown {
    switch (this.task.status) {
      case TaskStatus.INITIAL:
        return renderer.initial ? renderer.initial() : nothing;
      case TaskStatus.PENDING:
        return renderer.pending ? renderer.pending() : stateView('loading', { locale: this.localeOf() });
      case TaskStatus.COMPLETE:
        return renderer.complete(this.task.value as R);
      default: {
        const kind = this.lastFailure ?? classifyFailure(this.task.error);
        if (renderer.error) return renderer.error(this.task.error, kind);
        return stateView(kind, { locale: this.localeOf(), retry: () => void this.retry() });
      }
    }
  }
}
