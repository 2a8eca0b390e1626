import { failureCode, isConnectionProblem } from '../controllers/failure.js';
import type { UploadsApi, UploadTask } from './dossier-api.js';
import { deletePending, savePending } from './pending-files.js';

export type EntryState =
  /** bytes are moving */
  | 'uploading'
  /** the person paused it */
  | 'paused'
  /** the connection dropped; resumes by itself when it is back */
  | 'offline'
  /** stopped with an error; `error` says which; can be retried */
  | 'failed'
  /** on the server and attached */
  | 'done'
  /** known from before a reload, but the bytes are gone: pick the file again */
  | 'missing';

export interface FileEntry {
  key: string;
  componentId: string;
  fileName: string;
  size: number;
  contentType: string;
  state: EntryState;
  sent: number;
  uploadId: string | null;
  /** Stable error code when failed (e.g. 'upload_type_not_allowed', 'network'). */
  error: string | null;
}

export type AnnounceKind = 'started' | 'progress' | 'paused' | 'offline' | 'resumed' | 'done' | 'failed';

export interface QueueHost {
  /** Something changed: re-render. */
  changed(): void;
  /** A milestone worth telling screen-reader users; `percent` is the quarter reached, for 'progress'. */
  announce(entry: FileEntry, what: AnnounceKind, percent?: number): void;
  /** Byte progress, for the dvc-upload-progress event. */
  progress(entry: FileEntry): void;
  /** The bytes are on the server: attach them (draft) or remember them (supplement). Throws to fail the entry. */
  uploaded(entry: FileEntry): Promise<void>;
}

/** Quarter milestones: announcing every percent would flood a screen reader. */
const MILESTONES = [25, 50, 75];

let counter = 0;

/** How much of a file the server has, in whole percent. */
export function percentSent(entry: FileEntry): number {
  return entry.size ? Math.floor((entry.sent / entry.size) * 100) : 0;
}

/**
 * Runs the uploads of one element: one tus task per file, pause/resume/retry/
 * remove, and automatic pause while the browser is offline. The element owns
 * the rendering; this class owns the state machine.
 */
export class UploadQueue {
  readonly entries: FileEntry[] = [];
  /**
   * Whether the browser is online, after its last 'online' or 'offline' event: the event is
   * the signal, as navigator.onLine lags or lies behind captive portals and in tests.
   */
  online = globalThis.navigator?.onLine ?? true;
  private readonly tasks = new Map<string, UploadTask>();
  private readonly blobs = new Map<string, Blob>();
  private readonly lastMilestone = new Map<string, number>();

  constructor(
    private readonly host: QueueHost,
    private readonly api: () => UploadsApi | null,
    private readonly dossierId: () => string | null,
    /** Keep unfinished files across reloads (IndexedDB). Off for supplement answers, which are short. */
    private readonly persist: boolean,
  ) {}

  /** Call from connectedCallback: pause on offline, resume on online. */
  connect(): void {
    globalThis.addEventListener?.('offline', this.onOffline);
    globalThis.addEventListener?.('online', this.onOnline);
  }

  disconnect(): void {
    globalThis.removeEventListener?.('offline', this.onOffline);
    globalThis.removeEventListener?.('online', this.onOnline);
    // Stop sending, but keep what the server has: a new instance (reload) resumes it.
    for (const [key, task] of this.tasks) {
      task.pause();
      this.tasks.delete(key);
    }
  }

  forComponent(componentId: string): FileEntry[] {
    return this.entries.filter((e) => e.componentId === componentId);
  }

  get busy(): boolean {
    return this.entries.some((e) => e.state === 'uploading' || e.state === 'offline' || e.state === 'paused');
  }

  /** Files already on the server (restored drafts). */
  addDone(componentId: string, file: { uploadId: string; fileName: string; size: number; contentType: string }): void {
    if (this.entries.some((e) => e.uploadId === file.uploadId)) return;
    this.entries.push({
      key: `u${++counter}`, componentId, fileName: file.fileName, size: file.size, contentType: file.contentType,
      state: 'done', sent: file.size, uploadId: file.uploadId, error: null,
    });
  }

  /** A file checked by checkFile(): start sending it. */
  add(componentId: string, blob: Blob, fileName: string, contentType: string, key = `u${Date.now().toString(36)}${++counter}`): FileEntry {
    const entry: FileEntry = {
      key, componentId, fileName, size: blob.size, contentType, state: 'uploading', sent: 0, uploadId: null, error: null,
    };
    this.entries.push(entry);
    this.blobs.set(key, blob);
    const draftId = this.dossierId();
    if (this.persist && draftId) void savePending({ key, draftId, componentId, fileName, contentType, blob });
    this.start(entry);
    return entry;
  }

  pause(entry: FileEntry): void {
    if (entry.state !== 'uploading' && entry.state !== 'offline') return;
    this.tasks.get(entry.key)?.pause();
    entry.state = 'paused';
    this.host.announce(entry, 'paused');
    this.host.changed();
  }

  resume(entry: FileEntry): void {
    if (entry.state !== 'paused' && entry.state !== 'offline') return;
    const task = this.tasks.get(entry.key);
    entry.state = 'uploading';
    this.host.announce(entry, 'resumed');
    if (task) task.resume();
    else this.start(entry);
    this.host.changed();
  }

  /** Starts a failed upload again; the client resumes from the server's offset when it can. */
  retry(entry: FileEntry): void {
    if (entry.state !== 'failed' || !this.blobs.has(entry.key)) return;
    entry.state = 'uploading';
    entry.error = null;
    this.start(entry);
    this.host.changed();
  }

  async remove(entry: FileEntry): Promise<void> {
    const index = this.entries.indexOf(entry);
    if (index >= 0) this.entries.splice(index, 1);
    const task = this.tasks.get(entry.key);
    this.tasks.delete(entry.key);
    this.blobs.delete(entry.key);
    this.host.changed();
    void deletePending(entry.key);
    await task?.abort().catch(() => undefined);
  }

  /** A file picked again for an entry whose bytes were lost on reload. */
  replaceMissing(entry: FileEntry, blob: Blob): void {
    this.blobs.set(entry.key, blob);
    entry.size = blob.size;
    entry.state = 'uploading';
    const draftId = this.dossierId();
    if (this.persist && draftId) {
      void savePending({ key: entry.key, draftId, componentId: entry.componentId, fileName: entry.fileName, contentType: entry.contentType, blob });
    }
    this.start(entry);
    this.host.changed();
  }

  /** Restores an unfinished file from before a reload; with its bytes it resumes, without them it waits for the person. */
  restore(key: string, componentId: string, fileName: string, contentType: string, blob: Blob | null, size = blob?.size ?? 0): void {
    if (this.entries.some((e) => e.key === key)) return;
    const entry: FileEntry = {
      key, componentId, fileName, size, contentType, state: blob ? 'uploading' : 'missing', sent: 0, uploadId: null, error: null,
    };
    this.entries.push(entry);
    if (blob) {
      this.blobs.set(key, blob);
      this.start(entry);
    }
  }

  /** The connection is gone: the entry waits for it to come back (see onOnline). */
  private waitOffline(entry: FileEntry): void {
    entry.state = 'offline';
    this.host.announce(entry, 'offline');
  }

  private start(entry: FileEntry): void {
    const api = this.api();
    const dossierId = this.dossierId();
    const blob = this.blobs.get(entry.key);
    if (!api || !dossierId || !blob) {
      this.fail(entry, 'not_configured');
      return;
    }
    if (globalThis.navigator?.onLine === false) {
      this.waitOffline(entry);
      this.host.changed();
      return;
    }
    this.host.announce(entry, 'started');
    const task = api.start({
      file: blob,
      fileName: entry.fileName,
      contentType: entry.contentType,
      dossierId,
      componentId: entry.componentId,
      onProgress: (sent) => this.onProgress(entry, sent),
    });
    this.tasks.set(entry.key, task);
    task.done.then(
      async ({ uploadId }) => {
        if (this.tasks.get(entry.key) !== task) return; // removed meanwhile
        this.tasks.delete(entry.key);
        entry.uploadId = uploadId;
        entry.sent = entry.size;
        try {
          await this.host.uploaded(entry);
        } catch (error) {
          this.fail(entry, failureCode(error));
          return;
        }
        entry.state = 'done';
        this.blobs.delete(entry.key);
        void deletePending(entry.key);
        this.host.announce(entry, 'done');
        this.host.changed();
      },
      (error: unknown) => {
        if (this.tasks.get(entry.key) !== task) return;
        this.tasks.delete(entry.key);
        const code = failureCode(error);
        if (code === 'aborted') return;
        // A connection lost mid-way: wait for it to come back instead of failing.
        if (globalThis.navigator?.onLine === false && isConnectionProblem(code)) {
          this.waitOffline(entry);
          this.host.changed();
          return;
        }
        this.fail(entry, code);
      },
    );
    this.host.changed();
  }

  private fail(entry: FileEntry, code: string): void {
    entry.state = 'failed';
    entry.error = code;
    // A refused file will be refused again: its bytes are of no further use.
    if (code === 'upload_type_not_allowed' || code === 'payload_too_large') {
      this.blobs.delete(entry.key);
      void deletePending(entry.key);
    }
    this.host.announce(entry, 'failed');
    this.host.changed();
  }

  private onProgress(entry: FileEntry, sent: number): void {
    entry.sent = Math.min(sent, entry.size);
    const pct = percentSent(entry);
    const last = this.lastMilestone.get(entry.key) ?? 0;
    const reached = MILESTONES.filter((m) => pct >= m && m > last).pop();
    if (reached) {
      this.lastMilestone.set(entry.key, reached);
      this.host.announce(entry, 'progress', reached);
    }
    this.host.progress(entry);
    this.host.changed();
  }

  private readonly onOffline = (): void => {
    this.online = false;
    for (const entry of this.entries) {
      if (entry.state !== 'uploading') continue;
      this.tasks.get(entry.key)?.pause();
      this.waitOffline(entry);
    }
    this.host.changed();
  };

  private readonly onOnline = (): void => {
    this.online = true;
    this.host.changed();
    for (const entry of this.entries) {
      if (entry.state === 'offline') this.resume(entry);
      // A network failure that slipped in before the offline event: try it again too.
      else if (entry.state === 'failed' && entry.error && isConnectionProblem(entry.error)) this.retry(entry);
    }
  };
}
