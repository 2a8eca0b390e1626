/** The part of the Web Storage API the sign-in code uses. */
export interface KeyValueStorage {
  /** The value at `key`, or null. */
  getItem(key: string): string | null;
  /** Stores `value` at `key`. */
  setItem(key: string, value: string): void;
  /** Forgets `key`. */
  removeItem(key: string): void;
}

/** A Map with the Web Storage shape, for Node, workers and tests. */
export class MemoryStorage implements KeyValueStorage {
  private readonly map = new Map<string, string>();

  /** @inheritDoc KeyValueStorage.getItem */
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }

  /** @inheritDoc KeyValueStorage.setItem */
  setItem(key: string, value: string): void {
    this.map.set(key, value);
  }

  /** @inheritDoc KeyValueStorage.removeItem */
  removeItem(key: string): void {
    this.map.delete(key);
  }
}

/** sessionStorage where it exists (it is per tab and dies with it), else memory. */
export function defaultSessionStorage(): KeyValueStorage {
  try {
    if (typeof globalThis.sessionStorage !== 'undefined') return globalThis.sessionStorage;
  } catch {
    // Access can throw when storage is disabled (sandboxed iframes, privacy modes).
  }
  return new MemoryStorage();
}
