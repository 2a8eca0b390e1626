import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Answers } from './answers.js';

/** Where the draft's answers stand with the server. */
export type SaveState =
  | { kind: 'idle'; at: Date | null }
  | { kind: 'saving'; at: Date | null }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; at: Date | null; error: unknown };

export interface DraftSaverOptions {
  /** Sends the answers; rejects when they did not reach the server. */
  save(data: Answers, signal: AbortSignal): Promise<void>;
  /** The answers to send now. */
  data(): Answers;
  /** Quiet time after the last change before saving (default 1000 ms). */
  delayMs?: number;
  onSaved?(at: Date): void;
  onFailed?(error: unknown): void;
}

const isAbort = (error: unknown) => typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';

/**
 * Saves a draft's answers as the person goes: `schedule()` after each change saves once they
 * pause, `flush()` saves at once (leaving a section, before the review). One save at a time, in
 * order; a failure keeps the answers (the page still has them) and waits for `flush()` again;
 * leaving the page aborts the save in flight, and coming back saves what is still unsaved.
 */
export class DraftSaver implements ReactiveController {
  state: SaveState = { kind: 'idle', at: null };
  /** What the server holds, as JSON; null before anything was loaded or saved. */
  private saved: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private controller: AbortController | null = null;
  private chain: Promise<boolean> = Promise.resolve(true);

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DraftSaverOptions,
  ) {
    host.addController(this);
  }

  /** The server holds `data` (just loaded), saved at `at` when known. */
  baseline(data: Answers, at: Date | null): void {
    this.saved = JSON.stringify(data);
    this.state = { kind: 'idle', at };
    this.host.requestUpdate();
  }

  /** The answers differ from what the server holds. */
  get dirty(): boolean {
    return JSON.stringify(this.options.data()) !== this.saved;
  }

  /** Saves once the person has paused (each call restarts the wait). */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.delayMs ?? 1000);
  }

  /** Saves now, after any save in flight; true once the server holds the current answers. */
  flush(): Promise<boolean> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.chain = this.chain.then(() => this.saveIfDirty());
    return this.chain;
  }

  /** Forgets a pending save (the form was emptied by its owner, or the draft changed). */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.controller?.abort();
  }

  hostConnected(): void {
    if (this.saved !== null && this.state.kind !== 'failed' && this.dirty) this.schedule();
  }

  hostDisconnected(): void {
    this.cancel();
  }

  private async saveIfDirty(): Promise<boolean> {
    if (!this.dirty) return true;
    const data = this.options.data();
    const json = JSON.stringify(data);
    const controller = new AbortController();
    this.controller = controller;
    const previous = this.state.at;
    this.state = { kind: 'saving', at: previous };
    this.host.requestUpdate();
    try {
      await this.options.save(data, controller.signal);
      this.saved = json;
      const at = new Date();
      this.state = { kind: 'saved', at };
      this.options.onSaved?.(at);
      return !this.dirty;
    } catch (error) {
      if (controller.signal.aborted || isAbort(error)) {
        this.state = { kind: 'idle', at: previous };
        return false;
      }
      this.state = { kind: 'failed', at: previous, error };
      this.options.onFailed?.(error);
      return false;
    } finally {
      if (this.controller === controller) this.controller = null;
      this.host.requestUpdate();
      // Changes typed while this save was on its way go with the next one.
      if (this.state.kind === 'saved' && this.dirty) this.schedule();
    }
  }
}
