/**
 * Files whose upload has not finished, kept in IndexedDB so that a reload can
 * resume them without asking the person to pick them again. Entries live only
 * until the upload completes, is removed, or the dossier is submitted; where
 * IndexedDB is unavailable (some private modes) every call quietly does
 * nothing and the element asks for the file again instead.
 */
export interface PendingFile {
  key: string;
  draftId: string;
  componentId: string;
  fileName: string;
  contentType: string;
  blob: Blob;
  /** When it was stored (ms since epoch); old entries are purged. */
  savedAt?: number;
}

/** A draft abandoned for a day is not coming back: its personal documents should not linger. */
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

const DB_NAME = 'dvc-kit-pending-uploads';
const STORE = 'files';

function open(): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') return resolve(null);
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore(STORE, { keyPath: 'key' });
      store.createIndex('draftId', 'draftId');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
  });
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | null> {
  const db = await open();
  if (!db) return null;
  try {
    return await new Promise<T | null>((resolve) => {
      const tx = db.transaction(STORE, mode);
      const request = action(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => resolve(null);
      tx.onabort = () => resolve(null);
    });
  } catch {
    return null;
  } finally {
    db.close();
  }
}

export async function savePending(file: PendingFile): Promise<void> {
  await run('readwrite', (s) => s.put({ ...file, savedAt: Date.now() }));
}

export async function deletePending(key: string): Promise<void> {
  await run('readwrite', (s) => s.delete(key));
}

export async function listPending(draftId: string): Promise<PendingFile[]> {
  await purgeOld();
  return (await run<PendingFile[]>('readonly', (s) => s.index('draftId').getAll(draftId))) ?? [];
}

/** Deletes every pending file older than a day, whatever its draft. */
export async function purgeOld(now = Date.now()): Promise<void> {
  const all = (await run<PendingFile[]>('readonly', (s) => s.getAll())) ?? [];
  for (const file of all) if (!file.savedAt || now - file.savedAt > MAX_AGE_MS) await deletePending(file.key);
}

export async function clearPending(draftId: string): Promise<void> {
  for (const file of await listPending(draftId)) await deletePending(file.key);
}
