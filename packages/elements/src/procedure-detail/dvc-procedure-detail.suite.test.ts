import { fixture, html } from '@open-wc/testing';
import { createPortalClient, type PortalClient } from '@dvc-kit/client';
import '../provider/define.js';
import { failureStrings } from '../controllers/failure.strings.js';
import { runElementSuite } from '@dvc-kit/testing/element-suite';
import { inProvider } from '@dvc-kit/testing/element-helpers';
import { createFakePortal, FAKE_PORTAL_BASE, type FakePortalOptions } from '@dvc-kit/testing/fake-portal';
import { until } from '@dvc-kit/testing/until';

const fakeClient = (options: FakePortalOptions = {}) =>
  createPortalClient({ baseUrl: FAKE_PORTAL_BASE, fetch: createFakePortal(options).fetch, retry: false });

async function mount(client: PortalClient, code: string): Promise<HTMLElement> {
  return inProvider(html`<dvc-procedure-detail code=${code}></dvc-procedure-detail>`, { client });
}

async function settled(client: PortalClient, code: string, what: string): Promise<HTMLElement> {
  const el = await mount(client, code);
  await until(() => el.shadowRoot!.querySelector(what), `detail of ${code}: ${what}`);
  return el;
}

runElementSuite({
  tag: 'dvc-procedure-detail',
  define: () => import('./define.js'),
  sharedStrings: failureStrings,
  fixtures: {
    procedure: () => settled(fakeClient(), '1.001193', 'article'),
    'not found': () => settled(fakeClient(), '9.999999', '[part~="state"][role="alert"]'),
    'load failed': () => settled(fakeClient({ failure: 'server-error' }), '1.001193', '[part~="retry"]'),
  },
  notConfigured: () => fixture(html`<dvc-procedure-detail code="1.001193"></dvc-procedure-detail>`),
  inFlight: (client) => mount(client, '1.001193'),
});
