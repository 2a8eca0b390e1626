import { ALLOWED_UPLOAD_TYPES, MAX_UPLOAD_BYTES, sniffUploadType } from '@dvc-kit/spec';

/**
 * How many files one dossier component may hold. The contract caps a
 * supplement answer at 50 attachments in all; one slot holding more than 10
 * scans is a mistake far more often than a need, so the slot stops there.
 */
export const MAX_FILES_PER_COMPONENT = 10;

/** Bytes read to recognise a type: OOXML parts (word/, xl/) appear among the first ZIP entries. */
const SNIFF_BYTES = 64 * 1024;

export type FileProblem =
  | { kind: 'empty' }
  | { kind: 'too_large'; size: number; max: number }
  | { kind: 'type'; claimed: string }
  | { kind: 'too_many'; max: number };

export type FileCheck = { ok: true; contentType: string } | { ok: false; problem: FileProblem };

/**
 * Checks a file before any byte is sent: size first (cheap), then the type
 * from its leading bytes, never from the name or the browser's guess, so an
 * executable renamed `.pdf` is refused here (and again by the server).
 */
export async function checkFile(file: Blob & { name?: string }, alreadyInSlot: number): Promise<FileCheck> {
  if (alreadyInSlot >= MAX_FILES_PER_COMPONENT) return { ok: false, problem: { kind: 'too_many', max: MAX_FILES_PER_COMPONENT } };
  if (file.size === 0) return { ok: false, problem: { kind: 'empty' } };
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, problem: { kind: 'too_large', size: file.size, max: MAX_UPLOAD_BYTES } };
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  const type = sniffUploadType(head);
  if (!type) return { ok: false, problem: { kind: 'type', claimed: file.type } };
  return { ok: true, contentType: type };
}

/** The `accept` list for file inputs: MIME types and extensions (a hint to the picker; the bytes decide). */
export const ACCEPT_ATTRIBUTE = ALLOWED_UPLOAD_TYPES.flatMap((t) => [t.mime, ...t.extensions]).join(',');

/** Extensions for messages: 'PDF, JPG, PNG, DOCX, XLSX'. */
export const ALLOWED_KINDS_TEXT = [...new Set(ALLOWED_UPLOAD_TYPES.map((t) => (t.extensions[0] ?? '').slice(1).toUpperCase()))].join(', ');

export { MAX_UPLOAD_BYTES };
