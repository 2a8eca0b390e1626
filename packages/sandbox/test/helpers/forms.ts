/** Helpers for the forms tests: drafts, attached files, saved answers and the seed forms' examples. */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before } from 'node:test';
import type { Dossier, FormCheck } from '@dvc-kit/spec';
import type { StartSandboxOptions } from '../../src/server.js';
import { formFor } from '../../src/forms/definitions.js';
import { call, makePdf, startTestSandbox, uploadFile, type TestSandbox } from './dossier-api.js';
import { signIn } from './sign-in.js';

/**
 * A sandbox for the enclosing suite, with citizen-an signed in: started in a `before` hook and
 * closed in an `after` one, so its fields are read inside tests only.
 */
export function sandboxWithAn(options: StartSandboxOptions = {}): { readonly url: string; readonly an: string } {
  let t: TestSandbox | undefined;
  let an = '';
  before(async () => {
    t = await startTestSandbox(options);
    an = (await signIn(t.sandbox.url, 'citizen-an')).accessToken;
  });
  after(() => t?.close());
  return {
    get url() {
      assert.ok(t, 'the sandbox starts in a before hook');
      return t.sandbox.url;
    },
    get an() { return an; },
  };
}

export async function createDraft(baseUrl: string, token: string, procedureCode: string): Promise<Dossier> {
  const created = await call<Dossier>(baseUrl, token, 'POST', '/dossiers', { key: randomUUID(), body: { procedureCode } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body;
}

/** Uploads a small real PDF and attaches it to each required component of the draft. */
export async function attachRequired(baseUrl: string, token: string, dossier: Dossier): Promise<void> {
  for (const component of dossier.components.filter((c) => c.required)) {
    const { uploadId, last } = await uploadFile(baseUrl, token, makePdf(4_000), {
      dossierId: dossier.id, componentId: component.componentId, filename: `${component.componentId}.pdf`, filetype: 'application/pdf',
    });
    assert.equal(last.status, 204, await last.text());
    const attached = await call(baseUrl, token, 'POST', `/dossiers/${dossier.id}/attachments`, { body: { componentId: component.componentId, uploadId } });
    assert.equal(attached.status, 200, JSON.stringify(attached.body));
  }
}

export function saveForm(baseUrl: string, token: string, ref: string, data: unknown) {
  return call<FormCheck>(baseUrl, token, 'PUT', `/dossiers/${encodeURIComponent(ref)}/form`, { body: { data } });
}

/** The complete valid answer a seed form carries in its schema's `examples`. */
export function exampleAnswers(procedureCode: string): Record<string, unknown> {
  const examples = formFor(procedureCode)?.schema.examples;
  assert.ok(Array.isArray(examples) && examples.length > 0, `${procedureCode} has no example`);
  return structuredClone(examples[0]) as Record<string, unknown>;
}
