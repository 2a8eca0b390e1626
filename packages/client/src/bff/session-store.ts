import type { PendingAuthorization, TokenSet } from '../auth/oidc.js';

/** What the BFF keeps per browser session (server side only). */
export interface BffSession {
  /** The session's tokens (never sent to the browser). */
  tokens: TokenSet;
  /** Epoch ms of the sign-in. */
  createdAt: number;
}

/**
 * Server-side storage for BFF sessions and sign-in attempts. The default keeps
 * them in memory (one process); implement this over Redis or a database to run
 * several instances.
 */
export interface BffSessionStore {
  /** The session with this id, if it exists and has not expired. */
  get(id: string): Promise<BffSession | undefined>;
  /** Stores (or replaces) a session for `ttlSeconds`. */
  set(id: string, session: BffSession, ttlSeconds: number): Promise<void>;
  /** Ends a session. */
  delete(id: string): Promise<void>;
  /** A sign-in attempt in progress, by the id in its short-lived cookie. */
  getPending(id: string): Promise<PendingAuthorization | undefined>;
  /** Remembers a sign-in attempt for `ttlSeconds`. */
  setPending(id: string, pending: PendingAuthorization, ttlSeconds: number): Promise<void>;
  /** Forgets a sign-in attempt (each is used once). */
  deletePending(id: string): Promise<void>;
}

interface Expiring<T> {
  value: T;
  expiresAt: number;
}

/** In-memory {@link BffSessionStore} with expiry, for one process. */
export class MemoryBffSessionStore implements BffSessionStore {
  private readonly sessions = new Map<string, Expiring<BffSession>>();
  private readonly pending = new Map<string, Expiring<PendingAuthorization>>();

  private static read<T>(map: Map<string, Expiring<T>>, id: string): T | undefined {
    const entry = map.get(id);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      map.delete(id);
      return undefined;
    }
    return entry.value;
  }

  /** @inheritDoc BffSessionStore.get */
  async get(id: string): Promise<BffSession | undefined> {
    return MemoryBffSessionStore.read(this.sessions, id);
  }

  /** @inheritDoc BffSessionStore.set */
  async set(id: string, session: BffSession, ttlSeconds: number): Promise<void> {
    this.sessions.set(id, { value: session, expiresAt: Date.now() + ttlSeconds * 1000 });
  }

  /** @inheritDoc BffSessionStore.delete */
  async delete(id: string): Promise<void> {
    this.sessions.delete(id);
  }

  /** @inheritDoc BffSessionStore.getPending */
  async getPending(id: string): Promise<PendingAuthorization | undefined> {
    return MemoryBffSessionStore.read(this.pending, id);
  }

  /** @inheritDoc BffSessionStore.setPending */
  async setPending(id: string, pending: PendingAuthorization, ttlSeconds: number): Promise<void> {
    this.pending.set(id, { value: pending, expiresAt: Date.now() + ttlSeconds * 1000 });
  }

  /** @inheritDoc BffSessionStore.deletePending */
  async deletePending(id: string): Promise<void> {
    this.pending.delete(id);
  }
}
