/**
 * Shared by the browser tests of the elements (not exported from the package):
 * the wait helper, and the fake catalog portal the search and detail tests run against.
 */
import { createPortalClient, type PortalClient } from '@dvc-kit/client';
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
