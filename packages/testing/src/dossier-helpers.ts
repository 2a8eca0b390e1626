/**
 * Shared by the browser tests of the dossier elements: files with real magic
 * bytes, a spoofed executable, a way to "pick" files on an <input type=file>,
 * and a fake-portal setup. Not exported from the package.
 */
import { createPortalClient, type PortalClient } from '@dvc-kit/client';
import { createFakeDossierPortal, fakeAuth, type FakeDossierPortal } from './fake-dossiers.js';

export { until, wait } from './until.js';

/** A PDF-looking file of `size` bytes (starts with %PDF-). Content varies with `seed` so hashes differ. */
export function pdfFile(name: string, size = 2048, seed = 1): File {
  const bytes = new Uint8Array(size);
  const head = new TextEncoder().encode('%PDF-1.7\n');
  bytes.set(head);
  for (let i = head.length; i < size; i++) bytes[i] = (i * 31 + seed * 7) % 251;
  return new File([bytes], name, { type: 'application/pdf', lastModified: 1_700_000_000_000 + seed });
}

export function pngFile(name: string, size = 1024): File {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new File([bytes], name, { type: 'image/png', lastModified: 1_700_000_000_000 });
}

/** A Windows executable (MZ header) renamed to .pdf, with the browser guessing application/pdf. */
export function spoofedExe(name = 'giay-chung-sinh.pdf'): File {
  const bytes = new Uint8Array(4096);
  bytes.set([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]);
  return new File([bytes], name, { type: 'application/pdf' });
}

/** Puts files on a file input as a person picking them would, and fires `change`. */
export function pick(input: HTMLInputElement, files: File[]): void {
  const dt = new DataTransfer();
  files.forEach((f) => dt.items.add(f));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export interface FakeSetup {
  portal: FakeDossierPortal;
  client: PortalClient;
  auth: ReturnType<typeof fakeAuth>;
}

export function fakeSetup(options: Parameters<typeof createFakeDossierPortal>[0] = {}): FakeSetup {
  const portal = createFakeDossierPortal(options);
  const client = createPortalClient({ baseUrl: portal.origin, fetch: portal.fetch, retry: false, timeoutMs: 0 });
  return { portal, client, auth: fakeAuth() };
}

/** Clears what a previous test left in sessionStorage and IndexedDB. */
export async function clearBrowserState(): Promise<void> {
  sessionStorage.clear();
  await new Promise<void>((resolve) => {
    const r = indexedDB.deleteDatabase('dvc-kit-pending-uploads');
    r.onsuccess = r.onerror = r.onblocked = () => resolve();
  });
}

/** A stand-in for the payment popup: records where it was sent, can be closed. */
export function stubPopup(): { opened: Array<{ closed: boolean; location: { href: string }; close(): void }>; restore(): void } {
  const original = window.open;
  const opened: Array<{ closed: boolean; location: { href: string }; close(): void }> = [];
  window.open = (() => {
    const popup = { closed: false, location: { href: '' }, close() { popup.closed = true; } };
    opened.push(popup);
    return popup as unknown as Window;
  }) as typeof window.open;
  return { opened, restore: () => (window.open = original) };
}

export interface OfflineThenHangingClient {
  client: PortalClient;
  /** The AbortSignal of every request, in order. */
  signals: AbortSignal[];
  /** From now on requests stay in flight until their signal aborts them. */
  goOnline(): void;
}

/** A client that is offline (fetch rejects with a TypeError) until `goOnline()`, then never answers. */
export function offlineThenHangingClient(baseUrl: string): OfflineThenHangingClient {
  const signals: AbortSignal[] = [];
  let offline = true;
  const client = createPortalClient({
    baseUrl,
    retry: false,
    timeoutMs: 0,
    fetch: (input) => {
      const request = input as Request;
      signals.push(request.signal);
      if (offline) return Promise.reject(new TypeError('Failed to fetch'));
      return new Promise<Response>((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));
    },
  });
  return { client, signals, goOnline: () => (offline = false) };
}
