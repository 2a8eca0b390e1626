/**
 * Test helpers for the dossier area: a sandbox in a temporary folder, JSON calls that check every
 * response against the contract, a tus client that speaks the protocol over plain fetch, and
 * files that really are (or really are not) what their names say.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, type RunningSandbox, type StartSandboxOptions } from '../../src/server.js';
import { assertMatchesContract } from './contract.js';

export interface TestSandbox {
  sandbox: RunningSandbox;
  dataDir: string;
  /** Closes the sandbox and, unless `keepData`, removes its folder. */
  close(options?: { keepData?: boolean }): Promise<void>;
}

export async function startTestSandbox(options: StartSandboxOptions = {}): Promise<TestSandbox> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'dvc-dossiers-')));
  const sandbox = await startSandbox({ port: 0, officerSpeed: 0, ...options, dataDir });
  return {
    sandbox,
    dataDir,
    async close({ keepData = false } = {}) {
      await sandbox.close();
      if (!keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ApiResult<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export interface CallOptions {
  body?: unknown;
  headers?: Record<string, string>;
  /** Idempotency-Key header. */
  key?: string;
}

/**
 * One JSON request to /api/v1. A JSON or problem+json answer is checked against the OpenAPI
 * document (status, schema of that operation); a problem answer must be problem+json.
 */
export async function call<T = any>( // eslint-disable-line @typescript-eslint/no-explicit-any
  baseUrl: string, token: string | null, method: string, path: string, options: CallOptions = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.key) headers['idempotency-key'] = options.key;
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await fetch(`${baseUrl}/api/v1${path}`, { method, headers, body });
  const type = response.headers.get('content-type') ?? '';
  const text = await response.text();
  const parsed: unknown = text === '' ? null : type.includes('json') ? JSON.parse(text) : text;
  if (response.status >= 400) assert.match(type, /^application\/problem\+json/, `${method} ${path}: ${response.status} ${text}`);
  if (type.includes('json')) assertMatchesContract(method, `/api/v1${path.split('?')[0]}`, response.status, parsed);
  return { status: response.status, headers: response.headers, body: parsed as T };
}

/** Asserts a problem answer with this status and code, and returns it. */
export function expectProblem(result: ApiResult, status: number, code: string): { code: string; fieldErrors?: { path: string }[] } {
  const body = result.body as { code: string; fieldErrors?: { path: string }[] };
  assert.equal(result.status, status, JSON.stringify(body));
  assert.equal(body.code, code, JSON.stringify(body));
  return body;
}

// ---------- files ----------

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** A real (minimal but well-formed) PDF of about `size` bytes: padding lives in a comment stream. */
export function makePdf(size: number, label = 'dvc-kit'): Buffer {
  const head = `%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${label}\n`;
  const tail = 'trailer << /Root 1 0 R >>\n%%EOF\n';
  const fillerLength = Math.max(0, size - head.length - tail.length);
  const line = '% filler to make a multi-chunk upload...................................\n';
  const filler = line.repeat(Math.ceil(fillerLength / line.length)).slice(0, fillerLength);
  return Buffer.from(head + filler + tail, 'latin1');
}

/** A Windows executable's start ("MZ" header), whatever it is called. */
export function makeExecutable(size = 4096): Buffer {
  const bytes = Buffer.alloc(size, 0x90);
  bytes.write('MZ', 0, 'latin1');
  bytes.write('This program cannot be run in DOS mode.', 78, 'latin1');
  return bytes;
}

export function makePng(): Buffer {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, Buffer.alloc(64, 1)]);
}

/** A stored (uncompressed) ZIP with the given entries: enough to be a DOCX or XLSX by structure. */
export function makeZip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(content, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

export const makeDocx = (): Buffer =>
  makeZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });

// ---------- tus ----------

export type UploadTarget = { dossierId: string; componentId: string; filename: string; filetype: string };
/** sha256 defaults to the file's real SHA-256. */
export type UploadMeta = UploadTarget & { sha256?: string };

export function encodeMetadata(meta: Record<string, string>): string {
  return Object.entries(meta)
    .map(([key, value]) => `${key} ${Buffer.from(value, 'utf8').toString('base64')}`)
    .join(',');
}

export async function tusCreate(
  baseUrl: string, token: string | null, length: number, meta: Record<string, string>, extra: Record<string, string> = {},
): Promise<Response> {
  const headers: Record<string, string> = {
    'tus-resumable': '1.0.0', 'upload-length': String(length), 'upload-metadata': encodeMetadata(meta), ...extra,
  };
  if (token) headers.authorization = `Bearer ${token}`;
  return fetch(`${baseUrl}/api/v1/uploads`, { method: 'POST', headers });
}

export async function tusPatch(url: string, token: string | null, offset: number, chunk: Uint8Array): Promise<Response> {
  const headers: Record<string, string> = {
    'tus-resumable': '1.0.0', 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream',
  };
  if (token) headers.authorization = `Bearer ${token}`;
  return fetch(url, { method: 'PATCH', headers, body: new Uint8Array(chunk) });
}

export async function tusHead(url: string, token: string | null): Promise<Response> {
  const headers: Record<string, string> = { 'tus-resumable': '1.0.0' };
  if (token) headers.authorization = `Bearer ${token}`;
  return fetch(url, { method: 'HEAD', headers });
}

export async function tusDelete(url: string, token: string | null): Promise<Response> {
  const headers: Record<string, string> = { 'tus-resumable': '1.0.0' };
  if (token) headers.authorization = `Bearer ${token}`;
  return fetch(url, { method: 'DELETE', headers });
}

export interface UploadOutcome {
  uploadId: string;
  url: string;
  /** The response to the last PATCH (204 when the file was accepted). */
  last: Response;
  patches: number;
}

/** Creates an upload and sends the file in `chunkSize` PATCHes, stopping at the first refusal. */
export async function uploadFile(
  baseUrl: string, token: string, bytes: Uint8Array, meta: UploadMeta, chunkSize = 64 * 1024,
): Promise<UploadOutcome> {
  const created = await tusCreate(baseUrl, token, bytes.length, {
    dossierId: meta.dossierId, componentId: meta.componentId, filename: meta.filename, filetype: meta.filetype,
    sha256: meta.sha256 ?? sha256Hex(bytes),
  });
  assert.equal(created.status, 201, await created.clone().text());
  const location = created.headers.get('location') ?? '';
  const url = new URL(location, baseUrl).toString();
  const uploadId = location.split('/').pop() ?? '';
  let offset = 0;
  let last: Response = created;
  let patches = 0;
  while (offset < bytes.length) {
    last = await tusPatch(url, token, offset, bytes.subarray(offset, offset + chunkSize));
    patches += 1;
    if (last.status !== 204) break;
    offset = Number(last.headers.get('upload-offset'));
  }
  return { uploadId, url, last, patches };
}
