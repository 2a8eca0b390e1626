/**
 * Feeds a polite live region without flooding it: messages that arrive
 * within `gapMs` of the last one spoken are joined and spoken together, and
 * a newer progress line for the same file replaces an older unspoken one.
 */
export class Announcer {
  /** What the live region shows now. */
  text = '';
  private pending = new Map<string, string>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastSpoken = 0;

  constructor(
    private readonly changed: () => void,
    private readonly gapMs = 1500,
  ) {}

  /** `key` groups messages that supersede each other (e.g. the file's name). */
  say(key: string, message: string): void {
    this.pending.set(key, message);
    if (this.timer) return;
    const wait = Math.max(0, this.lastSpoken + this.gapMs - Date.now());
    this.timer = setTimeout(() => this.flush(), wait);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private flush(): void {
    this.timer = null;
    if (this.pending.size === 0) return;
    this.text = [...this.pending.values()].join(' ');
    this.pending.clear();
    this.lastSpoken = Date.now();
    this.changed();
  }
}
