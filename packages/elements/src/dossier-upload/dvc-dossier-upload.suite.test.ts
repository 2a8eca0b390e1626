import { fixture, html } from '@open-wc/testing';
import { createPortalClient, type PortalClient } from '@dvc-kit/client';
import '../provider/define.js';
import { failureStrings } from '../controllers/failure.strings.js';
import { runElementSuite } from '@dvc-kit/testing/element-suite';
import { inProvider } from '@dvc-kit/testing/element-helpers';
import { fakeAuth } from '@dvc-kit/testing/fake-dossiers';
import { clearBrowserState, fakeSetup, pdfFile, pick, until, type FakeSetup } from '@dvc-kit/testing/dossier-helpers';

const ONE_CASE = '1.001193';
const TWO_CASES = '1.005383';
const $ = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const part = (el: HTMLElement, name: string) => $(el, `[part~="${name}"]`);
const fileInput = (el: HTMLElement, slot: number) =>
  el.shadowRoot!.querySelectorAll('[part~="slot"]')[slot]!.querySelector<HTMLInputElement>('input[type="file"]')!;

/** A portal that answers every request with a server error. */
const failingClient = () =>
  createPortalClient({
    baseUrl: 'https://failing.fake.example/api/v1',
    retry: false,
    fetch: async () =>
      new Response(JSON.stringify({ type: 'about:blank', title: 'Internal error', status: 500, code: 'internal_error' }), {
        status: 500,
        headers: { 'content-type': 'application/problem+json' },
      }),
  });

beforeEach(clearBrowserState);
// The offline fixture tells the page the connection dropped; the next test starts online.
afterEach(() => window.dispatchEvent(new Event('online')));

async function mount(client: PortalClient, auth: ReturnType<typeof fakeAuth> | null, procedure = ONE_CASE): Promise<HTMLElement> {
  return inProvider(html`<dvc-dossier-upload procedure=${procedure}></dvc-dossier-upload>`, { client, auth });
}

async function documents(setup: FakeSetup = fakeSetup(), procedure = ONE_CASE): Promise<HTMLElement> {
  const el = await mount(setup.client, setup.auth, procedure);
  await until(() => part(el, 'slot') || part(el, 'case'), 'the form');
  return el;
}

async function review(setup: FakeSetup = fakeSetup()): Promise<HTMLElement> {
  const el = await documents(setup);
  pick(fileInput(el, 0), [pdfFile('to-khai.pdf', 4096, 1)]);
  pick(fileInput(el, 1), [pdfFile('giay-chung-sinh.pdf', 4096, 2)]);
  await until(() => el.shadowRoot!.querySelectorAll('[part~="file"].done').length === 2, 'both required documents uploaded');
  part(el, 'review-button')!.click();
  await until(() => part(el, 'review') && part(el, 'submit-button'), 'the review step');
  return el;
}

runElementSuite({
  tag: 'dvc-dossier-upload',
  define: () => import('./define.js'),
  sharedStrings: failureStrings,
  fixtures: {
    documents: () => documents(),
    'choose a case': () => documents(fakeSetup(), TWO_CASES),
    uploading: async () => {
      const setup = fakeSetup();
      setup.portal.stallUploads = true;
      const el = await documents(setup);
      pick(fileInput(el, 1), [pdfFile('giay-chung-sinh.pdf', 256 * 1024)]);
      await until(() => part(el, 'progress'), 'an upload in progress');
      return el;
    },
    'documents missing': async () => {
      const el = await documents();
      part(el, 'review-button')!.click();
      await until(() => part(el, 'message'), 'what is missing');
      return el;
    },
    offline: async () => {
      const el = await documents();
      window.dispatchEvent(new Event('offline'));
      await until(() => part(el, 'offline'), 'the offline banner');
      return el;
    },
    review: () => review(),
    receipt: async () => {
      const setup = fakeSetup();
      const el = await review(setup);
      part(el, 'submit-button')!.click();
      await until(() => part(el, 'receipt'), 'the receipt');
      return el;
    },
    'signed out': async () => {
      const setup = fakeSetup();
      const el = await mount(setup.client, fakeAuth(null));
      await until(() => $(el, 'slot[name="sign-in"]'), 'the sign-in slot');
      return el;
    },
    'load failed': async () => {
      const el = await mount(failingClient(), fakeAuth());
      await until(() => part(el, 'retry'), 'the failure, with a retry');
      return el;
    },
  },
  notConfigured: () => fixture(html`<dvc-dossier-upload procedure=${ONE_CASE}></dvc-dossier-upload>`),
  inFlight: (client) => mount(client, fakeAuth()),
});
