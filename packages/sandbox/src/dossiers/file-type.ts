import { open } from 'node:fs/promises';
import { ALLOWED_UPLOAD_TYPES, sniffUploadType, type UploadContentType } from '@dvc-kit/spec';

/**
 * What a file really is, from its bytes, never from its name or the client's word, using the
 * spec's list of allowed types (PDF, JPEG, PNG, DOCX, XLSX) so client and sandbox agree.
 */

/** Enough of the file's start to tell DOCX from XLSX (their word/ or xl/ parts come first). */
const SNIFF_BYTES = 64 * 1024;

/**
 * Whether a file starting with `head` could still be an allowed type. With fewer bytes than a
 * signature it is enough that they agree with its beginning; so an executable ('MZ'), a script or
 * an HTML page is refused on the first chunk, before the rest is sent.
 */
export function couldBeAllowed(head: Uint8Array): boolean {
  if (head.length === 0) return true;
  return ALLOWED_UPLOAD_TYPES.some(({ signature }) => {
    const n = Math.min(signature.length, head.length);
    for (let i = 0; i < n; i += 1) if (head[i] !== signature[i]) return false;
    return true;
  });
}

/** The longest signature: once this many bytes are in, couldBeAllowed is a final answer for the start. */
export const SIGNATURE_BYTES = Math.max(...ALLOWED_UPLOAD_TYPES.map((t) => t.signature.length));

/** The allowed content type of a complete file on disk, or null when it is not one. */
export async function detectFileType(path: string): Promise<UploadContentType | null> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
    return sniffUploadType(head.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}
