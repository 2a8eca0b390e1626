// Limits stated in portal.openapi.yaml, as constants for the client, elements and sandbox.
import { assertType, type Equal } from './type-equality.js';
import type { UploadContentType } from './types.js';

/** Largest upload: 20 MiB (tus `Tus-Max-Size`). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 100;
/** Longest accepted search text (`q`). */
export const SEARCH_QUERY_MAX_LENGTH = 200;

export const TUS_VERSION = '1.0.0';

/** Upload-Metadata keys the server requires on tus creation. */
export const UPLOAD_METADATA_KEYS = ['dossierId', 'componentId', 'filename', 'filetype', 'sha256'] as const;
export type UploadMetadataKey = (typeof UPLOAD_METADATA_KEYS)[number];

export interface AllowedUploadType {
  readonly mime: UploadContentType;
  /** File name extensions, lowercase, with the dot; the first one is preferred. */
  readonly extensions: readonly string[];
  /** The leading bytes every such file starts with. */
  readonly signature: readonly number[];
  /**
   * OOXML files are ZIP archives (signature `PK\x03\x04`); what tells DOCX from XLSX
   * is the folder their parts live in: `word/` or `xl/`.
   */
  readonly zipPartPrefix: string | null;
  /** How the type is recognised, for documentation and error messages. */
  readonly magic: string;
}

/** The only content types accepted, recognised by their magic bytes, never by name or header. */
export const ALLOWED_UPLOAD_TYPES: readonly AllowedUploadType[] = [
  {
    mime: 'application/pdf',
    extensions: ['.pdf'],
    signature: [0x25, 0x50, 0x44, 0x46, 0x2d],
    zipPartPrefix: null,
    magic: 'starts with "%PDF-" (25 50 44 46 2D)',
  },
  {
    mime: 'image/jpeg',
    extensions: ['.jpg', '.jpeg'],
    signature: [0xff, 0xd8, 0xff],
    zipPartPrefix: null,
    magic: 'starts with FF D8 FF',
  },
  {
    mime: 'image/png',
    extensions: ['.png'],
    signature: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    zipPartPrefix: null,
    magic: 'starts with 89 50 4E 47 0D 0A 1A 0A',
  },
  {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['.docx'],
    signature: [0x50, 0x4b, 0x03, 0x04],
    zipPartPrefix: 'word/',
    magic: 'ZIP (50 4B 03 04) holding parts under word/',
  },
  {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['.xlsx'],
    signature: [0x50, 0x4b, 0x03, 0x04],
    zipPartPrefix: 'xl/',
    magic: 'ZIP (50 4B 03 04) holding parts under xl/',
  },
];

/** The allowed MIME types, e.g. for an `<input accept>` list. */
export const ALLOWED_UPLOAD_MIME_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;

assertType<Equal<(typeof ALLOWED_UPLOAD_MIME_TYPES)[number], UploadContentType>>();

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.length <= bytes.length && signature.every((byte, i) => bytes[i] === byte);
}

/**
 * Names in the ZIP local file headers found in `bytes`. A local header is
 * `PK\x03\x04`, 26 bytes of fields (name length at offset 26), then the name.
 */
function zipEntryNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i + 30 <= bytes.length; i++) {
    if (bytes[i] !== 0x50 || bytes[i + 1] !== 0x4b || bytes[i + 2] !== 0x03 || bytes[i + 3] !== 0x04) {
      continue;
    }
    const nameLength = (bytes[i + 26] ?? 0) | ((bytes[i + 27] ?? 0) << 8);
    const end = i + 30 + nameLength;
    if (end > bytes.length) break;
    names.push(decoder.decode(bytes.subarray(i + 30, end)));
  }
  return names;
}

/**
 * Recognises an allowed type from the first bytes of a file (64 KiB is plenty for
 * OOXML, whose `word/` or `xl/` parts appear among the first entries). Returns null
 * for anything not allowed. The sandbox uses it on completed uploads; the client
 * may use it to refuse a wrong file before uploading.
 */
export function sniffUploadType(head: Uint8Array): UploadContentType | null {
  for (const type of ALLOWED_UPLOAD_TYPES) {
    if (!startsWith(head, type.signature)) continue;
    if (type.zipPartPrefix === null) return type.mime;
    const prefix = type.zipPartPrefix;
    if (zipEntryNames(head).some((name) => name.startsWith(prefix))) return type.mime;
  }
  return null;
}
