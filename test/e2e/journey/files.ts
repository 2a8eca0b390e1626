import { createHash } from 'node:crypto';

/** A file for setInputFiles: the upload element checks types by their first bytes, as the server does. */
export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A PDF of about `bytes` bytes (header, filler lines, trailer): what a scanned form looks like to a type sniffer. */
export function pdf(name: string, bytes: number): UploadFile {
  const head = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
  const tail = Buffer.from('\n%%EOF\n', 'latin1');
  const line = Buffer.from(`% ${createHash('sha256').update(name).digest('hex')}\n`, 'latin1');
  const fill = Buffer.alloc(Math.max(0, bytes - head.length - tail.length));
  for (let i = 0; i < fill.length; i += line.length) line.copy(fill, i, 0, Math.min(line.length, fill.length - i));
  return { name, mimeType: 'application/pdf', buffer: Buffer.concat([head, fill, tail]) };
}

/** A small PNG (a 1×1 image plus padding) for a photographed document. */
export function png(name: string): UploadFile {
  const image = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );
  return { name, mimeType: 'image/png', buffer: image };
}
