/**
 * Lets at most `limit` holders run at once; the others wait in order.
 */
export class Limiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  /** @param limit - how many may hold a slot at once (at least 1) */
  constructor(private readonly limit: number) {}

  /** Resolves when a slot is free; call the returned function to give it back (once). */
  async acquire(): Promise<() => void> {
    if (this.active >= Math.max(1, this.limit)) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    };
  }

  /** Slots in use. */
  get running(): number {
    return this.active;
  }
}
