import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createPortalClient, type PortalClient } from '@dvc-kit/client';
import '../provider/define.js';
import { failureStrings } from '../controllers/failure.strings.js';
import { runElementSuite } from '@dvc-kit/testing/element-suite';
import { createFakePortal, FAKE_PORTAL_BASE, type FakePortalOptions } from '@dvc-kit/testing/fake-portal';
import { until } from '@dvc-kit/testing/until';

const fakeClient = (options: FakePortalOptions = {}) =>
  createPortalClient({ baseUrl: FAKE_PORTAL_BASE, fetch: createFakePortal(options).fetch, retry: false });
const $ = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

async function mount(client: PortalClient | null): Promise<HTMLElement> {
  const search = html`<dvc-procedure-search debounce="50" page-size="3"></dvc-procedure-search>`;
  const mounted = await fixture<HTMLElement>(client ? html`<dvc-provider .client=${client}>${search}</dvc-provider>` : search);
  const el = mounted.localName === 'dvc-procedure-search' ? mounted : mounted.querySelector<HTMLElement>('dvc-procedure-search')!;
  await until(() => $(el, 'input'), 'the search box');
  return el;
}

/** Types into the search box as a person would; Enter runs the full search. */
async function type(el: HTMLElement, text: string, enter = false): Promise<void> {
  $(el, 'input')!.focus();
  await sendKeys({ type: text });
  if (enter) await sendKeys({ press: 'Enter' });
}

async function results(client = fakeClient()): Promise<HTMLElement> {
  const el = await mount(client);
  await type(el, 'thu tuc', true);
  await until(() => $(el, '[part~="pagination"]') && $(el, '[part~="facets"]'), 'results with facets and pages');
  return el;
}

runElementSuite({
  tag: 'dvc-procedure-search',
  define: () => import('./define.js'),
  sharedStrings: failureStrings,
  fixtures: {
    empty: () => mount(fakeClient()),
    suggestions: async () => {
      const el = await mount(fakeClient());
      await type(el, 'khai sinh');
      await until(() => $(el, '[role="option"]'), 'suggestions');
      return el;
    },
    'suggestions offline': async () => {
      const el = await mount(fakeClient({ failure: 'offline' }));
      await type(el, 'khai sinh');
      await until(() => $(el, '[part~="suggest-status"]'), 'why there are no suggestions');
      return el;
    },
    results: () => results(),
    'procedure open': async () => {
      const el = await results();
      $(el, '[part~="result-link"]')!.click();
      await until(() => $(el, '[part~="back"]') && $(el, 'dvc-procedure-detail')?.shadowRoot?.querySelector('article'), 'the procedure opened');
      return el;
    },
    'search failed': async () => {
      const el = await mount(fakeClient({ failure: 'server-error' }));
      await type(el, 'khai sinh', true);
      await until(() => $(el, '[part~="retry"]'), 'the failure, with a retry');
      return el;
    },
  },
  headingLevel: { fixture: 'results' },
  notConfigured: async () => {
    const el = await mount(null);
    await type(el, 'khai sinh', true);
    return el;
  },
  inFlight: async (client) => {
    const el = await mount(client);
    await type(el, 'khai sinh', true);
    return el;
  },
});
