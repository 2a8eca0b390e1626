import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

export interface LiveAnnouncerOptions {
  /**
   * Milliseconds before a message reaches the region, so a screen reader
   * finishes echoing the keystroke that caused it instead of cutting it off
   * (default 150).
   */
  delay?: number;
  /**
   * Least milliseconds between two messages of one region: what arrives
   * meanwhile is spoken together at the end of the gap (default 0; upload
   * progress uses about 1500 so a screen reader is not flooded).
   */
  gap?: number;
}

/** Messages without a key share this one, so the newest unspoken one wins. */
const UNKEYED = '';
/** Appended to a message equal to what the region shows, so the change is noticed and read again. */
const REPEAT_MARK = '\u00a0';

/** One live region's queue: unspoken messages by key, spoken together when the timer fires. */
class Channel {
  text = '';
  private readonly pending = new Map<string, string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastSpoken = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly delay: number,
    private readonly gap: number,
    private readonly spoken: () => void,
  ) {}

  say(message: string, key: string): void {
    this.pending.set(key, message);
    // A timer already set is not moved: a steady stream of messages still gets spoken.
    if (this.timer !== undefined) return;
    const wait = Math.max(this.delay, this.lastSpoken + this.gap - Date.now());
    this.timer = setTimeout(() => this.flush(), wait);
  }

  clear(): void {
    this.stop();
    this.pending.clear();
    this.text = '';
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private flush(): void {
    this.timer = undefined;
    if (this.pending.size === 0) return;
    const next = [...this.pending.values()].join(' ');
    this.pending.clear();
    this.text = next === this.text ? `${next}${REPEAT_MARK}` : next;
    this.lastSpoken = Date.now();
    this.spoken();
  }
}

/**
 * Speaks short messages to screen readers through two visually hidden live
 * regions (polite and assertive) the host renders once with `render()`.
 *
 * - A message reaches its region after a short delay (see options).
 * - The same message twice is spoken twice.
 * - `polite(message, key)`: a newer message with the same key replaces an
 *   older one not yet spoken (a file's progress); different keys are spoken
 *   together. Messages without a key replace each other (a suggestion count
 *   superseded by the next keystroke's).
 */
export class LiveAnnouncer implements ReactiveController {
  private readonly politeChannel: Channel;
  private readonly assertiveChannel: Channel;

  constructor(
    private readonly host: ReactiveControllerHost,
    options: LiveAnnouncerOptions = {},
  ) {
    const delay = options.delay ?? 150;
    const gap = options.gap ?? 0;
    const spoken = () => host.requestUpdate();
    this.politeChannel = new Channel(delay, gap, spoken);
    this.assertiveChannel = new Channel(delay, gap, spoken);
    host.addController(this);
  }

  /** Says `message` when the person is idle; `key` groups messages that supersede each other. */
  polite(message: string, key: string = UNKEYED): void {
    this.politeChannel.say(message, key);
  }

  /** Says `message` at once, interrupting: only for what the person must hear now (errors that block them). */
  assertive(message: string): void {
    this.assertiveChannel.say(message, UNKEYED);
  }

  /** Forgets unspoken messages and empties both regions (e.g. on a form reset). */
  clear(): void {
    this.politeChannel.clear();
    this.assertiveChannel.clear();
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.politeChannel.clear();
    this.assertiveChannel.clear();
  }

  /** The two live regions; put them once in the host's template, present from the first render. */
  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.politeChannel.text}</div><div
        class="visually-hidden"
        aria-live="assertive"
        aria-atomic="true"
      >${this.assertiveChannel.text}</div>`;
  }
}
