/**
 * The answers in this tab's sessionStorage (never localStorage: a shared computer must not keep
 * someone's ID number after the tab closes). Without a draft dossier it is where the answers
 * live, keyed by procedure, so a reload keeps them; with one it holds only what the server does
 * not have yet (a save that failed or was cut short), so a reload loses nothing.
 */
import { isRecord, type Answers } from './answers.js';

export interface StoredAnswers {
  formId: string;
  data: Answers;
  /** Changed since the server last had them (only meaningful with a dossier). */
  unsaved: boolean;
}

const PREFIX = 'dvc-kit:form-answers:';

export function storeKey(procedure: string, dossier: string | null): string {
  return dossier ? `dossier:${dossier}` : `procedure:${procedure}`;
}

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // blocked storage (sandboxed iframes): the answers live in the page only
  }
}

export function readAnswers(key: string): StoredAnswers | null {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(PREFIX + key) ?? 'null');
    if (!isRecord(parsed) || typeof parsed.formId !== 'string' || !isRecord(parsed.data)) return null;
    return { formId: parsed.formId, data: parsed.data, unsaved: parsed.unsaved === true };
  } catch {
    return null;
  }
}

export function writeAnswers(key: string, value: StoredAnswers): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // quota or blocked: the answers still work, only a reload will not find them
  }
}

export function forgetAnswers(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // blocked storage: nothing was kept
  }
}
