import type { PreviousUpload, UrlStorage } from 'tus-js-client';

/**
 * Where unfinished uploads are remembered so they can resume after a page
 * reload: `session` (sessionStorage: this tab, survives reloads), `indexeddb`
 * (this origin, survives restarts), `memory` (this page only), or your own
 * tus `UrlStorage`. Never localStorage: upload URLs are bearer-protected
 * but still identify a person's documents.
 */
export type UploadStorageOption = 'session' | 'indexeddb' | 'memory' | UrlStorage;

const PREFIX = 'dvc-kit:upload:';

type Entry = PreviousUpload & { fingerprint: string };

function randomKey(fingerprint: string): string {
  return `${PREFIX}${fingerprint}::${crypto.randomUUID()}`;
}

/** Keeps entries in a Map: resumable within the page's life only. */
export class MemoryUrlStorage implements UrlStorage {
  private readonly entries = new Map<string, Entry>();

  /** @inheritdoc */
  async findAllUploads(): Promise<PreviousUpload[]> {
    return [...this.entries.values()];
  }

  /** @inheritdoc */
  async findUploadsByFingerprint(fingerprint: string): Promise<PreviousUpload[]> {
    return [...this.entries.values()].filter((e) => e.fingerprint === fingerprint);
  }

  /** @inheritdoc */
  async removeUpload(urlStorageKey: string): Promise<void> {
    this.entries.delete(urlStorageKey);
  }

  /** @inheritdoc */
  async addUpload(fingerprint: string, upload: PreviousUpload): Promise<string> {
    const key = randomKey(fingerprint);
    this.entries.set(key, { ...upload, urlStorageKey: key, fingerprint });
    return key;
  }
}

/** Keeps entries in a Web Storage area (sessionStorage by default). */
export class WebStorageUrlStorage implements UrlStorage {
  /** @param storage - the storage area; pass sessionStorage, never localStorage */
  constructor(private readonly storage: Storage) {}

  private entries(): Entry[] {
    const out: Entry[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (!key?.startsWith(PREFIX)) continue;
      try {
        out.push({ ...(JSON.parse(this.storage.getItem(key) ?? '') as Entry), urlStorageKey: key });
      } catch {
        this.storage.removeItem(key);
      }
    }
    return out;
  }

  /** @inheritdoc */
  async findAllUploads(): Promise<PreviousUpload[]> {
    return this.entries();
  }

  /** @inheritdoc */
  async findUploadsByFingerprint(fingerprint: string): Promise<PreviousUpload[]> {
    return this.entries().filter((e) => e.fingerprint === fingerprint);
  }

  /** @inheritdoc */
  async removeUpload(urlStorageKey: string): Promise<void> {
    this.storage.removeItem(urlStorageKey);
  }

  /** @inheritdoc */
  async addUpload(fingerprint: string, upload: PreviousUpload): Promise<string> {
    const key = randomKey(fingerprint);
    this.storage.setItem(key, JSON.stringify({ ...upload, urlStorageKey: key, fingerprint }));
    return key;
  }
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Keeps entries in an IndexedDB object store (`dvc-kit-uploads`). */
export class IndexedDbUrlStorage implements UrlStorage {
  private db: Promise<IDBDatabase> | undefined;

  /** @param factory - the IndexedDB factory (default `globalThis.indexedDB`) */
  constructor(private readonly factory: IDBFactory = globalThis.indexedDB) {}

  private open(): Promise<IDBDatabase> {
    this.db ??= new Promise((resolve, reject) => {
      const req = this.factory.open('dvc-kit-uploads', 1);
      req.onupgradeneeded = () => req.result.createObjectStore('uploads', { keyPath: 'urlStorageKey' });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    return this.db;
  }

  private async store(mode: IDBTransactionMode): Promise<IDBObjectStore> {
    return (await this.open()).transaction('uploads', mode).objectStore('uploads');
  }

  /** @inheritdoc */
  async findAllUploads(): Promise<PreviousUpload[]> {
    return request((await this.store('readonly')).getAll() as IDBRequest<Entry[]>);
  }

  /** @inheritdoc */
  async findUploadsByFingerprint(fingerprint: string): Promise<PreviousUpload[]> {
    const all = (await this.findAllUploads()) as Entry[];
    return all.filter((e) => e.fingerprint === fingerprint);
  }

  /** @inheritdoc */
  async removeUpload(urlStorageKey: string): Promise<void> {
    await request((await this.store('readwrite')).delete(urlStorageKey));
  }

  /** @inheritdoc */
  async addUpload(fingerprint: string, upload: PreviousUpload): Promise<string> {
    const key = randomKey(fingerprint);
    await request((await this.store('readwrite')).put({ ...upload, urlStorageKey: key, fingerprint }));
    return key;
  }
}

/**
 * Resolves the `storage` option; `session` falls back to memory where
 * sessionStorage does not exist (Node, workers).
 *
 * @param option - see {@link UploadStorageOption}
 */
export function resolveUrlStorage(option: UploadStorageOption = 'session'): UrlStorage {
  if (typeof option === 'object') return option;
  if (option === 'indexeddb' && typeof globalThis.indexedDB !== 'undefined') return new IndexedDbUrlStorage();
  if (option === 'session' && typeof globalThis.sessionStorage !== 'undefined') {
    return new WebStorageUrlStorage(globalThis.sessionStorage);
  }
  return new MemoryUrlStorage();
}
