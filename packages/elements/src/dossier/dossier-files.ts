import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { DvcEventMap } from '../base/events.js';
import { LiveAnnouncer } from '../controllers/live-announcer.js';
import type { UploadsApi } from './dossier-api.js';
import type { uploadStrings } from './dossier.strings.js';
import { checkFile } from './file-check.js';
import { renderFileSlot, stateText, type SlotNotice, type SlotView } from './file-slot.js';
import { UploadQueue, type AnnounceKind, type FileEntry, type QueueHost } from './upload-queue.js';
import './events.js';

/** A file that passed the checks, with the type its bytes show. */
export interface AcceptedFile {
  file: File;
  contentType: string;
}

/** What a dossier element tells the files it holds about itself. */
export interface DossierFilesOptions {
  /** Keep unfinished files across reloads (IndexedDB). Off for supplement answers, which are short. */
  persist: boolean;
  /** When set, a failed upload is also reported as a dvc-error from this source. */
  errorSource?: string;
  dossierId: () => string | null;
  uploads: () => UploadsApi | null;
  /** The upload strings in the element's current locale. */
  strings: () => (typeof uploadStrings)['vi'];
  /** The element's own `emit`, so events leave from the element. */
  emit: <K extends keyof DvcEventMap>(type: K, detail: DvcEventMap[K]) => void;
  /** The bytes are on the server: attach them (draft) or keep them for the answer (supplement). Throws to fail the entry. */
  uploaded: QueueHost['uploaded'];
  /** Called after the queue changed, beside the re-render. */
  changed?: () => void;
  /**
   * The host's own announcer, when it has one, so the element keeps one pair of live regions
   * (then the host renders them). Without it the files bring theirs, rendered by `liveRegion()`.
   */
  announcer?: LiveAnnouncer;
}

/** Progress lines of several files are gathered and spoken at most this often, so a screen reader is not flooded. */
const ANNOUNCE_GAP_MS = 1500;

/**
 * The upload slots of a dossier element, shared by `<dvc-dossier-upload>` (the
 * dossier's components) and `<dvc-dossier-status>` (a supplement request): the
 * queue that sends the files, the polite live region that tells screen-reader
 * users how they go, the files refused before sending, and the slot under a drag.
 */
export class DossierFiles implements ReactiveController, QueueHost {
  readonly queue: UploadQueue;
  private readonly announcer: LiveAnnouncer;
  private notices = new Map<string, SlotNotice[]>();
  private dragOver: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DossierFilesOptions,
  ) {
    host.addController(this);
    // The first milestone is spoken at once (no delay): it follows a file pick, not a keystroke being echoed.
    this.announcer = options.announcer ?? new LiveAnnouncer(host, { delay: 0, gap: ANNOUNCE_GAP_MS });
    this.queue = new UploadQueue(this, options.uploads, options.dossierId, options.persist);
    this.uploaded = options.uploaded;
  }

  readonly uploaded: QueueHost['uploaded'];

  changed(): void {
    this.host.requestUpdate();
    this.options.changed?.();
  }

  hostConnected(): void {
    this.queue.connect();
  }

  hostDisconnected(): void {
    this.queue.disconnect();
  }

  /** The live regions the upload milestones are spoken in (nothing when the host's announcer was given). */
  liveRegion(): TemplateResult | typeof nothing {
    return this.options.announcer ? nothing : this.announcer.render();
  }

  /** Checks files before any byte is sent: the refused ones become the slot's notices, the rest come back. */
  async accept(componentId: string, files: File[]): Promise<AcceptedFile[]> {
    const notices: SlotNotice[] = [];
    const accepted: AcceptedFile[] = [];
    let count = this.queue.forComponent(componentId).length;
    for (const file of files) {
      const check = await checkFile(file, count);
      if (!check.ok) {
        notices.push({ fileName: file.name || 'clipboard', problem: check.problem });
        continue;
      }
      accepted.push({ file, contentType: check.contentType });
      count++;
    }
    this.setNotices(componentId, notices);
    return accepted;
  }

  /** Starts sending files `accept()` let through. */
  send(componentId: string, accepted: AcceptedFile[]): void {
    for (const { file, contentType } of accepted) {
      this.queue.add(componentId, file, file.name || `${componentId}-${Date.now()}`, contentType);
    }
  }

  /** Forgets every file and notice (a new dossier, a form reset). */
  clear(): void {
    for (const entry of [...this.queue.entries]) void this.queue.remove(entry);
    this.notices = new Map();
    this.host.requestUpdate();
  }

  /** One slot; the element says what choosing and removing files mean for it. */
  slot(component: SlotView['component'], view: Pick<SlotView, 'locale' | 'disabled' | 'headingLevel' | 'templateBase' | 'onFiles' | 'onRemove'>): TemplateResult {
    const id = component.id;
    return renderFileSlot({
      ...view,
      component,
      entries: this.queue.forComponent(id),
      notices: this.notices.get(id) ?? [],
      strings: this.options.strings(),
      dragOver: this.dragOver === id,
      onDrag: (cid, over) => {
        this.dragOver = over ? cid : null;
        this.host.requestUpdate();
      },
      onPause: (e) => this.queue.pause(e),
      onResume: (e) => this.queue.resume(e),
      onRetry: (e) => this.queue.retry(e),
      onPickAgain: (e, file) => void this.pickAgain(e, file),
      onDismiss: (cid, index) => this.setNotices(cid, (this.notices.get(cid) ?? []).filter((_, i) => i !== index)),
    });
  }

  /** Sets a slot's notices (none: clears them). */
  private setNotices(componentId: string, notices: SlotNotice[]): void {
    const next = new Map(this.notices);
    if (notices.length) next.set(componentId, notices);
    else next.delete(componentId);
    this.notices = next;
    this.host.requestUpdate();
  }

  private async pickAgain(entry: FileEntry, file: File): Promise<void> {
    const check = await checkFile(file, 0);
    if (check.ok) this.queue.replaceMissing(entry, file);
    else this.setNotices(entry.componentId, [{ fileName: file.name, problem: check.problem }]);
  }

  announce(entry: FileEntry, what: AnnounceKind, pct?: number): void {
    // The slot's own words for the state, after the file's name: one sentence to learn, seen or heard.
    const text = `${entry.fileName}: ${stateText(entry, this.options.strings(), pct)}`;
    this.announcer.polite(text, entry.key);
    if (what !== 'progress') this.progress(entry);
    const source = this.options.errorSource;
    if (what === 'failed' && source) this.options.emit('dvc-error', { code: entry.error ?? 'upload_failed', message: text, source });
  }

  progress(entry: FileEntry): void {
    const dossierId = this.options.dossierId();
    if (!dossierId) return;
    this.options.emit('dvc-upload-progress', {
      dossierId, componentId: entry.componentId, fileName: entry.fileName, sent: entry.sent, total: entry.size, state: entry.state,
    });
  }
}
