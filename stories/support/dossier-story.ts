/**
 * Story setup for the dossier elements: the fake portal with its dossier
 * routes (fake-dossiers.ts, delegated through fake-portal.ts's `routes`),
 * the real client and tus uploader over it, a signed-in person, and helpers
 * to drop files into a slot from a play function.
 */
import { html, type TemplateResult } from 'lit';
import { createPortalClient, type PortalClient } from '@dvc-kit/client';
import type { AuthApi } from '@dvc-kit/elements';
import { createFakePortal, FAKE_PORTAL_BASE, type FakePortal } from '@dvc-kit/testing/fake-portal';
import { createFakeDossierPortal, fakeAuth, type FakeDossierPortal } from '@dvc-kit/testing/fake-dossiers';

export interface DossierStory {
  portal: FakePortal;
  dossiers: FakeDossierPortal;
  client: PortalClient;
  auth: AuthApi | null;
}

/** A fresh fake portal for one story; `signedIn: false` shows the sign-in prompt. */
export function dossierStory(options: { signedIn?: boolean; latencyMs?: number; chunkLatencyMs?: number } = {}): DossierStory {
  const portal = createFakePortal({ latencyMs: 0 });
  const dossiers = createFakeDossierPortal({
    origin: FAKE_PORTAL_BASE,
    latencyMs: options.latencyMs ?? 150,
    chunkLatencyMs: options.chunkLatencyMs ?? 400,
  });
  portal.routes.push(async (request) => (await dossiers.handle(request)) ?? undefined);
  const client = createPortalClient({ baseUrl: FAKE_PORTAL_BASE, fetch: portal.fetch, retry: false });
  return { portal, dossiers, client, auth: options.signedIn === false ? null : (fakeAuth() as AuthApi) };
}

/** `content` carrying its story, for play functions to find with storyOf(). */
export function holding(story: DossierStory, content: TemplateResult): TemplateResult {
  return html`<div data-dossier-story .story=${story}>${content}</div>`;
}

/** The fake portal behind the story being played. */
export function storyOf(canvas: HTMLElement): DossierStory {
  const holder = canvas.querySelector<HTMLElement & { story?: DossierStory }>('[data-dossier-story]');
  const story = holder?.story;
  if (!story) throw new Error('story setup missing');
  return story;
}

/** A file whose bytes start like a PDF (the elements look at bytes, not names). */
export function pdf(name: string, size = 600 * 1024, seed = 1): File {
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  for (let i = 9; i < size; i++) bytes[i] = (i * 31 + seed) % 251;
  return new File([bytes], name, { type: 'application/pdf', lastModified: 1_763_800_000_000 + seed });
}

/** A Windows program renamed to .pdf: refused before upload. */
export function exeNamedPdf(name = 'giay-chung-sinh.pdf'): File {
  const bytes = new Uint8Array(2048);
  bytes.set([0x4d, 0x5a, 0x90, 0x00]);
  return new File([bytes], name, { type: 'application/pdf' });
}

/** Drops files on the file input of slot `index` of the first dvc- element in `canvas`, as picking them would. */
export function dropInto(canvas: HTMLElement, tag: string, index: number, files: File[]): void {
  const el = canvas.querySelector(tag);
  const input = el?.shadowRoot?.querySelectorAll<HTMLElement>('.slot')[index]?.querySelector<HTMLInputElement>('.drop input[type=file]');
  if (!input) throw new Error(`no slot ${index} in <${tag}>`);
  const dt = new DataTransfer();
  files.forEach((f) => dt.items.add(f));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The element's shadow root, once it has rendered `selector`. */
export async function shadowOf(canvas: HTMLElement, tag: string, selector: string, timeoutMs = 8000): Promise<ShadowRoot> {
  const start = Date.now();
  for (;;) {
    const root = canvas.querySelector(tag)?.shadowRoot;
    if (root?.querySelector(selector)) return root;
    if (Date.now() - start > timeoutMs) throw new Error(`<${tag}> never rendered ${selector}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Clicks the first button of `tag` whose text starts with `label`. */
export function press(root: ShadowRoot, label: string): void {
  const button = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.replace(/\s+/g, ' ').trim().startsWith(label));
  if (!button) throw new Error(`no button "${label}"`);
  button.click();
}
