/** How fast one client may call: a bucket of `burst` requests refilled at `perMinute`. */
export interface RateLimit {
  /** Requests per minute a client may keep up; 0 turns the limiter off. */
  perMinute: number;
  /** Requests a client may send at once after being idle (the bucket's size). */
  burst: number;
}

export interface TakeResult {
  allowed: boolean;
  /** Whole requests left in the bucket after this one. */
  remaining: number;
  /** Whole seconds until the next request would be allowed; 0 when allowed. */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** A bucket of `burst` requests refilled at `perMinute / 60` per second, the default burst being ten seconds' worth. */
export function rateLimitOf(perMinute: number, burst?: number): RateLimit {
  return { perMinute, burst: Math.max(1, Math.floor(burst ?? perMinute / 6)) };
}

/**
 * One token bucket per client key. Memory stays bounded: the map is kept in order of last use,
 * and a bucket idle long enough to have refilled completely is dropped (a fresh one is the same
 * thing); past `maxClients` the least recently used one goes too.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private readonly refillMs: number;

  constructor(
    readonly limit: RateLimit,
    private readonly maxClients = 10_000,
  ) {
    this.perMs = limit.perMinute / 60_000;
    this.refillMs = limit.burst / this.perMs;
  }

  /** Spends one request of `key`'s bucket at time `now` (ms), when one is left. */
  take(key: string, now: number): TakeResult {
    this.dropIdle(now);
    const bucket = this.buckets.get(key);
    // A clock set back (tests) must not drain a bucket: time never runs negative.
    const elapsed = bucket ? Math.max(0, now - bucket.updatedAt) : Infinity;
    const tokens = Math.min(this.limit.burst, (bucket?.tokens ?? 0) + elapsed * this.perMs);
    const allowed = tokens >= 1;
    const left = allowed ? tokens - 1 : tokens;
    // Re-inserting moves the key to the end: the map's order is the order of last use.
    this.buckets.delete(key);
    this.buckets.set(key, { tokens: left, updatedAt: now });
    if (this.buckets.size > this.maxClients) this.dropOldest();
    return {
      allowed,
      remaining: Math.floor(left),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((1 - left) / this.perMs / 1000)),
    };
  }

  /** Clients with a bucket in memory. */
  get size(): number {
    return this.buckets.size;
  }

  private dropIdle(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.updatedAt < this.refillMs) return; // the rest were used more recently
      this.buckets.delete(key);
    }
  }

  private dropOldest(): void {
    const oldest = this.buckets.keys().next();
    if (!oldest.done) this.buckets.delete(oldest.value);
  }
}
