/**
 * Shared by the browser tests of the elements (not exported from the package):
 * the wait helper, mounting an element in a provider, and the fake catalog portal the search and
 * detail tests run against.
 */
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { createPortalClient, type PortalClient } from '@dvc-kit/client';
import type { AuthApi } from '@dvc-kit/elements';
import { createFakePortal, FAKE_PORTAL_BASE, type FakePortal } from './fake-portal.js';

export { until, wait } from './until.js';

/** A fresh fake catalog portal and a client on it: made before each test of the calling suite file. */
export interface FakeCatalog {
  portal: FakePortal;
  client: PortalClient;
}

/** Call at the top of a test file; read `.portal` and `.client` inside the tests. */
export function fakeCatalogPerTest(): FakeCatalog {
  const fake = {} as FakeCatalog;
  beforeEach(() => {
    fake.portal = createFakePortal();
    fake.client = createPortalClient({ baseUrl: FAKE_PORTAL_BASE, fetch: fake.portal.fetch, retry: false });
  });
  return fake;
}

/** Mounts `element` (one element's template) inside a `<dvc-provider>` with this client and auth; returns the element. */
export async function inProvider(element: TemplateResult, { client = null, auth = null }: { client?: PortalClient | null; auth?: AuthApi | null } = {}): Promise<HTMLElement> {
  const provider = await fixture<HTMLElement>(html`<dvc-provider .client=${client} .auth=${auth}>${element}</dvc-provider>`);
  return provider.firstElementChild as HTMLElement;
}
