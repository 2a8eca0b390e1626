/** The part of the Web Storage API the sign-in code uses. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A Map with the Web Storage shape, for Node, workers and tests. */
export class MemoryStorage implements KeyValueStorage {
  private readonly map = new Map<string, string>();

  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.map.set(key, value);
  }

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
