import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createPortalClient, type PortalClient } from '@dvc-kit/client';
import '../provider/define.js';
import { failureStrings } from '../controllers/failure.strings.js';
import { runElementSuite } from '@dvc-kit/testing/element-suite';
import { createFakePortal, FAKE_PORTAL_BASE, type FakePortalOptions } from '@dvc-kit/testing/fake-portal';
import { until } from '@dvc-kit/testing/until';
import type { DvcAddressInput } from './dvc-address-input.component.js';

const FILLED = JSON.stringify({
  provinceCode: '38', provinceName: 'Tỉnh Thanh Hóa', communeCode: '14797', communeName: 'Phường Hạc Thành', street: 'Số 12 Lê Lai',
});

const fakeClient = (options: FakePortalOptions = {}) =>
  createPortalClient({ baseUrl: FAKE_PORTAL_BASE, fetch: createFakePortal(options).fetch, retry: false });

const field = (el: HTMLElement, id: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;

async function mount(client: PortalClient, attributes = ''): Promise<DvcAddressInput> {
  const provider = await fixture<HTMLElement>(html`<dvc-provider .client=${client}></dvc-provider>`);
  provider.innerHTML = `<dvc-address-input name="address" required ${attributes}></dvc-address-input>`;
  return provider.querySelector<DvcAddressInput>('dvc-address-input')!;
}

/** Mounted, with the province list in (the province field takes typing). */
async function ready(attributes = '', client = fakeClient()): Promise<DvcAddressInput> {
  const el = await mount(client, attributes);
  await until(() => field(el, 'province') && !field(el, 'province').readOnly, 'the province list');
  return el;
}

runElementSuite({
  tag: 'dvc-address-input',
  define: () => import('./define.js'),
  sharedStrings: failureStrings,
  fixtures: {
    empty: () => ready(),
    'province chosen': async () => {
      const el = await ready(`value='{"provinceCode":"38","provinceName":"Tỉnh Thanh Hóa"}'`);
      await until(() => !field(el, 'commune').readOnly, "the province's communes");
      return el;
    },
    filled: async () => {
      const el = await ready(`hint="Nơi thường trú ghi trên thẻ căn cước." value='${FILLED}'`);
      await until(() => !field(el, 'commune').readOnly, "the province's communes");
      return el;
    },
    'list open': async () => {
      const el = await ready();
      field(el, 'province').focus();
      await sendKeys({ type: 'thanh' });
      await until(() => el.shadowRoot!.querySelector('[role="option"]'), 'the matches');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      return el;
    },
    'with error': async () => {
      const el = await ready(`value='{"provinceCode":"38","provinceName":"Tỉnh Thanh Hóa"}'`);
      el.validate();
      await until(() => el.shadowRoot!.querySelector('[part~="error"]'), 'the error message');
      return el;
    },
    'load failed': async () => {
      const el = await mount(fakeClient({ failure: 'server-error' }));
      await until(() => el.shadowRoot!.querySelector('[part~="retry"]'), 'the failure, with a retry');
      return el;
    },
  },
  notConfigured: () => fixture(html`<dvc-address-input></dvc-address-input>`),
  inFlight: (client) => mount(client),
  notApplicable: {
    headingLevel: 'an input has no heading: its legend labels the address',
  },
});
