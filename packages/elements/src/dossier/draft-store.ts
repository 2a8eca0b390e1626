/**
 * Remembers, for this browser tab only (sessionStorage), which draft dossier
 * belongs to which procedure, and the idempotency keys of the person's
 * pending intentions, so that a reload resumes the same draft and a retried
 * create or submit never makes a second dossier. The server stays the truth:
 * the element reloads the draft from it and drops the memory if it is gone.
 */
export interface DraftMemory {
  /** Key of the create call, kept until the draft exists. */
  createKey: string;
  dossierId: string | null;
  /** Key of the submit call, made once per draft. */
  submitKey: string;
}

const PREFIX = 'dvc-kit:dossier-draft:';

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // blocked storage (sandboxed iframes): behave as a fresh tab
  }
}

export function readDraft(procedureCode: string): DraftMemory | null {
  const raw = storage()?.getItem(PREFIX + procedureCode);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<DraftMemory>;
    if (typeof value.createKey !== 'string' || typeof value.submitKey !== 'string') return null;
    return { createKey: value.createKey, submitKey: value.submitKey, dossierId: typeof value.dossierId === 'string' ? value.dossierId : null };
  } catch {
    return null;
  }
}

export function writeDraft(procedureCode: string, memory: DraftMemory): void {
  try {
    storage()?.setItem(PREFIX + procedureCode, JSON.stringify(memory));
  } catch {
    // quota or blocked: the draft still works, only a reload will not find it
  }
}

export function forgetDraft(procedureCode: string): void {
  storage()?.removeItem(PREFIX + procedureCode);
}
