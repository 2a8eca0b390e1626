import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Applicant, Dossier } from '@dvc-kit/spec';
import type { DossiersResource } from '@dvc-kit/client';
import type { DvcEventMap } from '../base/events.js';
import { failureCode, notConfiguredError } from '../controllers/failure.js';
import { normaliseApplicant } from '../dossier/applicant.js';
import { newIdempotencyKey } from '../dossier/dossier-api.js';
import { forgetDraft, readDraft, writeDraft, type DraftMemory } from '../dossier/draft-store.js';
import { clearPending, listPending } from '../dossier/pending-files.js';
import type { FileEntry, UploadQueue } from '../dossier/upload-queue.js';
import '../dossier/events.js';

/** What the person has chosen and typed, as the draft takes it. */
export interface DraftDetails {
  caseId: string | null;
  applicant: Applicant;
}

export interface DraftControllerOptions {
  /** The procedure's national code: the draft is remembered per procedure. */
  procedure: () => string;
  dossiers: () => DossiersResource | null;
  /** The element's upload queue: a restored draft puts its files back in it. */
  queue: UploadQueue;
  /** The element's own `emit`, so events leave from the element. */
  emit: <K extends keyof DvcEventMap>(type: K, detail: DvcEventMap[K]) => void;
  /**
   * A create, save or detach failed (an abort is not a failure): the element tells the page (dvc-error)
   * and the person. Called once for a create, however many callers waited for it.
   */
  failed: (error: unknown, call: 'create' | 'save' | 'detach') => void;
}

/** Fresh keys for a draft not created yet. */
function freshMemory(): DraftMemory {
  return { createKey: newIdempotencyKey(), submitKey: newIdempotencyKey(), dossierId: null };
}

/**
 * The draft dossier of `<dvc-dossier-upload>`, from creation to submission.
 *
 * - Created on first need (the first file), with an idempotency key kept in this
 *   tab's sessionStorage until the draft exists: a create whose answer was lost and
 *   is made again finds the same draft.
 * - Restored after a reload: the server says what the remembered draft holds, its
 *   files go back in the queue and unfinished uploads resume from IndexedDB.
 * - Files attached and detached, details saved, then submitted once with its own
 *   key: a retried submission answers with the first one's result.
 *
 * The restore and the creation stop when the element leaves the page.
 */
export class DraftController implements ReactiveController {
  private current: Dossier | null = null;
  private wasRestored = false;
  private memory: DraftMemory | null = null;
  private creating: Promise<Dossier | null> | null = null;
  /** Bumped by forget(): answers to calls made before it are dropped. */
  private epoch = 0;
  private lifetime = new AbortController();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DraftControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.lifetime.signal.aborted) this.lifetime = new AbortController();
  }

  hostDisconnected(): void {
    this.lifetime.abort();
  }

  /** The draft (or, once submitted, the dossier), or null before one exists. */
  get dossier(): Dossier | null {
    return this.current;
  }

  /** Whether the draft came back from before a reload (the element says so). */
  get restored(): boolean {
    return this.wasRestored;
  }

  private set(dossier: Dossier | null): void {
    this.current = dossier;
    this.host.requestUpdate();
  }

  /**
   * Picks up the draft this tab was working on. Resolves with what the server holds
   * (a submitted dossier too: the reload came after the submission), or null when
   * there is none, it is gone, or the answer did not come.
   */
  async restore(): Promise<Dossier | null> {
    const procedure = this.options.procedure();
    const memory = readDraft(procedure);
    this.memory = memory;
    const api = this.options.dossiers();
    if (!memory?.dossierId || !api) return null;
    const epoch = this.epoch;
    let dossier: Dossier;
    try {
      dossier = await api.get(memory.dossierId, { signal: this.lifetime.signal });
    } catch (error) {
      const code = failureCode(error);
      if (epoch === this.epoch && (code === 'dossier_not_found' || code === 'not_found')) {
        forgetDraft(procedure);
        this.memory = null;
      }
      return null;
    }
    if (epoch !== this.epoch) return null;
    this.set(dossier);
    if (dossier.status !== 'draft') {
      forgetDraft(procedure);
      return dossier;
    }
    const queue = this.options.queue;
    for (const component of dossier.components) {
      for (const file of component.files) queue.addDone(component.componentId, file);
    }
    for (const pending of await listPending(dossier.id)) {
      queue.restore(pending.key, pending.componentId, pending.fileName, pending.contentType, pending.blob);
    }
    if (epoch !== this.epoch) return null;
    this.wasRestored = true;
    this.options.emit('dvc-dossier-draft', { dossierId: dossier.id, procedureCode: procedure, restored: true });
    this.host.requestUpdate();
    return dossier;
  }

  /**
   * Takes a dossier reference the browser gives back as the form's value (back/forward
   * navigation), unless this tab remembers a draft of its own: the next restore() loads it.
   */
  adopt(ref: string): void {
    if (this.current) return;
    const procedure = this.options.procedure();
    const memory = readDraft(procedure) ?? freshMemory();
    if (memory.dossierId) return;
    memory.dossierId = ref;
    writeDraft(procedure, memory);
  }

  /** The draft, created on first need; null when it could not be (see `failed`). */
  ensure(details: DraftDetails): Promise<Dossier | null> {
    if (this.current) return Promise.resolve(this.current);
    if (this.creating) return this.creating;
    const api = this.options.dossiers();
    if (!api) return Promise.resolve(null);
    const procedure = this.options.procedure();
    const memory: DraftMemory = this.memory ?? freshMemory();
    this.memory = memory;
    writeDraft(procedure, memory);
    const epoch = this.epoch;
    const creating = api
      .create(
        {
          procedureCode: procedure,
          ...(details.caseId ? { caseId: details.caseId } : {}),
          applicant: normaliseApplicant(details.applicant),
          channel: 'online',
        },
        { idempotencyKey: memory.createKey, signal: this.lifetime.signal },
      )
      .then(
        (dossier) => {
          if (epoch !== this.epoch) return null;
          memory.dossierId = dossier.id;
          writeDraft(procedure, memory);
          this.set(dossier);
          this.options.emit('dvc-dossier-draft', { dossierId: dossier.id, procedureCode: procedure, restored: false });
          return dossier;
        },
        (error: unknown) => {
          if (epoch === this.epoch && failureCode(error) !== 'aborted') this.options.failed(error, 'create');
          return null;
        },
      )
      .finally(() => {
        if (this.creating === creating) this.creating = null;
      });
    this.creating = creating;
    return creating;
  }

  /** Saves the case and the applicant's details on the draft; false when that failed (see `failed`). */
  save(details: Partial<DraftDetails>): Promise<boolean> {
    return this.change('save', (id, api) =>
      api.update(id, {
        ...(details.applicant ? { applicant: normaliseApplicant(details.applicant) } : {}),
        ...(details.caseId ? { caseId: details.caseId } : {}),
      }),
    );
  }

  /** Attaches a file whose bytes reached the server to its component of the draft. */
  async attach(entry: Pick<FileEntry, 'componentId' | 'uploadId'>): Promise<void> {
    const { dossier, api } = this.target();
    if (!entry.uploadId) throw notConfiguredError();
    this.set(await api.attach(dossier.id, { componentId: entry.componentId, uploadId: entry.uploadId }));
  }

  /** Takes an attached file off the draft; false when that failed (see `failed`). */
  detach(uploadId: string): Promise<boolean> {
    return this.change('detach', (id, api) => api.detach(id, uploadId));
  }

  /** Submits the draft with its own key, so pressing again after a lost answer submits once. */
  async submit(): Promise<Dossier> {
    const { dossier, api } = this.target();
    const memory = this.memory;
    if (!memory) throw notConfiguredError();
    const submitted = await api.submit(dossier.id, { idempotencyKey: memory.submitKey });
    this.set(submitted);
    forgetDraft(this.options.procedure());
    void clearPending(submitted.id);
    this.options.emit('dvc-dossier-submit', {
      dossierId: submitted.id, code: submitted.code ?? '', dueAt: submitted.dueAt, status: submitted.status,
    });
    return submitted;
  }

  /** Forgets the draft in this tab (a form reset, another dossier): the next file makes a new one. */
  forget(): void {
    const procedure = this.options.procedure();
    if (procedure) forgetDraft(procedure);
    if (this.current) void clearPending(this.current.id);
    this.epoch++;
    this.creating = null;
    this.memory = null;
    this.wasRestored = false;
    this.set(null);
  }

  private async change(call: 'save' | 'detach', request: (id: string, api: DossiersResource) => Promise<Dossier>): Promise<boolean> {
    try {
      const { dossier, api } = this.target();
      this.set(await request(dossier.id, api));
      return true;
    } catch (error) {
      if (failureCode(error) !== 'aborted') this.options.failed(error, call);
      return false;
    }
  }

  private target(): { dossier: Dossier; api: DossiersResource } {
    const dossier = this.current;
    const api = this.options.dossiers();
    if (!dossier || !api) throw notConfiguredError();
    return { dossier, api };
  }
}
