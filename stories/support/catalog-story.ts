/** Builds the real client over a fresh fake portal for one catalog story. */
import { createPortalClient, type PortalClient } from '@dvc-kit/client';
import { createFakePortal, FAKE_PORTAL_BASE, type FakePortal, type FakePortalOptions } from '@dvc-kit/testing/fake-portal';

export function catalogPortal(options: FakePortalOptions = {}): { portal: FakePortal; client: PortalClient } {
  const portal = createFakePortal({ latencyMs: 200, ...options });
  // One attempt only: a story of an error state should show it at once, not after retries.
  const client = createPortalClient({ baseUrl: FAKE_PORTAL_BASE, fetch: portal.fetch, retry: false });
  return { portal, client };
}
