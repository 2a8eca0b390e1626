import { fixture, html } from '@open-wc/testing';
import type { PortalClient } from '@dvc-kit/client';
import type { DossierStatus } from '@dvc-kit/spec';
import '../provider/define.js';
import { failureStrings } from '../controllers/failure.strings.js';
import { runElementSuite } from '@dvc-kit/testing/element-suite';
import { inProvider } from '@dvc-kit/testing/element-helpers';
import { fakeAuth, makeDossier } from '@dvc-kit/testing/fake-dossiers';
import { clearBrowserState, fakeSetup, until, type FakeSetup } from '@dvc-kit/testing/dossier-helpers';

const part = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

beforeEach(clearBrowserState);

async function mount(client: PortalClient, auth: ReturnType<typeof fakeAuth>, code = ''): Promise<HTMLElement> {
  return inProvider(html`<dvc-dossier-status code=${code} payment-mode="popup"></dvc-dossier-status>`, { client, auth });
}

async function showing(status: DossierStatus, what: string, prepare: (setup: FakeSetup) => void = () => {}): Promise<HTMLElement> {
  const setup = fakeSetup();
  const dossier = setup.portal.put(makeDossier(status));
  prepare(setup);
  const el = await mount(setup.client, setup.auth, dossier.code!);
  await until(() => part(el, what), `a "${status}" dossier: ${what}`);
  return el;
}

runElementSuite({
  tag: 'dvc-dossier-status',
  define: () => import('./define.js'),
  sharedStrings: failureStrings,
  fixtures: {
    dossier: () => showing('processing', 'timeline'),
    'supplement requested': () => showing('awaiting_supplement', 'supplement'),
    'my dossiers': async () => {
      const setup = fakeSetup();
      setup.portal.put(makeDossier('processing'));
      const el = await mount(setup.client, setup.auth);
      await until(() => part(el, 'count') && part(el, 'lookup-input'), 'the list of my dossiers and the look-up');
      return el;
    },
    'signed out': async () => {
      const setup = fakeSetup();
      const el = await mount(setup.client, fakeAuth(null), makeDossier('processing').code!);
      await until(() => el.shadowRoot!.querySelector('slot[name="sign-in"]'), 'the sign-in slot');
      return el;
    },
    'load failed': () => showing('processing', 'retry', (setup) => setup.portal.failNext('get', 'internal_error', 500)),
  },
  notConfigured: () => fixture(html`<dvc-dossier-status code="000.00.01.H26-261116-0042"></dvc-dossier-status>`),
  inFlight: (client) => mount(client, fakeAuth(), makeDossier('processing').code!),
});
