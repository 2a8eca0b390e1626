import { html } from '@open-wc/testing';
import type { PortalClient } from '@dvc-kit/client';
import '../provider/define.js';
import { failureStrings } from '../controllers/failure.strings.js';
import { runElementSuite } from '@dvc-kit/testing/element-suite';
import { inProvider } from '@dvc-kit/testing/element-helpers';
import { fakeAuth, makeDossier } from '@dvc-kit/testing/fake-dossiers';
import { fakeSetup, stubPopup, until, type FakeSetup } from '@dvc-kit/testing/dossier-helpers';

const CODE = makeDossier('awaiting_payment').code!;
const part = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

let popup: ReturnType<typeof stubPopup>;
beforeEach(() => (popup = stubPopup()));
afterEach(() => popup.restore());

async function mount(client: PortalClient, auth = fakeAuth()): Promise<HTMLElement> {
  return inProvider(html`<dvc-payment dossier-code=${CODE} mode="popup" poll-interval="30"></dvc-payment>`, { client, auth });
}

async function due(setup: FakeSetup = fakeSetup()): Promise<HTMLElement> {
  setup.portal.put(makeDossier('awaiting_payment'));
  const el = await mount(setup.client, setup.auth);
  await until(() => part(el, 'pay-button'), 'the pay button');
  return el;
}

async function waiting(setup: FakeSetup = fakeSetup()): Promise<HTMLElement> {
  const el = await due(setup);
  const windows = popup.opened.length;
  part(el, 'pay-button')!.click();
  await until(() => setup.portal.payments.size === 1 && popup.opened.length > windows && part(el, 'notice'), 'waiting for the payment window');
  return el;
}

runElementSuite({
  tag: 'dvc-payment',
  define: () => import('./define.js'),
  sharedStrings: failureStrings,
  fixtures: {
    'fees due': () => due(),
    'waiting for the payment window': () => waiting(),
    paid: async () => {
      const setup = fakeSetup();
      const el = await waiting(setup);
      setup.portal.completePayment([...setup.portal.payments.keys()][0]!, 'succeeded');
      await until(() => part(el, 'receipt'), 'the receipt');
      return el;
    },
    'load failed': async () => {
      const setup = fakeSetup();
      setup.portal.put(makeDossier('awaiting_payment'));
      setup.portal.failNext('get', 'internal_error', 500);
      const el = await mount(setup.client, setup.auth);
      await until(() => part(el, 'retry'), 'the failure, with a retry');
      return el;
    },
  },
  inFlight: (client) => mount(client),
});
