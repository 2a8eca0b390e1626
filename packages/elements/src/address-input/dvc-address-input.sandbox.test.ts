/**
 * <dvc-address-input> against the running sandbox and its real list of administrative units
 * (packages/sandbox/seed/administrative-units.json). Run with `node scripts/browser-tests.mjs`
 * (it starts one).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createPortalClient } from '@dvc-kit/client';
import '../provider/define.js';
import './define.js';
import { expectAccessible } from '@dvc-kit/testing/expect-accessible';
import { sandboxUrl } from '@dvc-kit/testing/sandbox-helpers';
import { until } from '@dvc-kit/testing/until';

const root = (el: HTMLElement) => el.shadowRoot!;
const field = (el: HTMLElement, id: string) => root(el).querySelector<HTMLInputElement>(`#${id}`)!;
const options = (el: HTMLElement, id: string) => [...root(el).querySelectorAll(`#${id}-list [role="option"]`)].map((o) => o.textContent!.trim());

async function press(el: HTMLElement & { updateComplete: Promise<unknown> }, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('<dvc-address-input> against the running sandbox', function () {
  this.timeout(30_000);

  it('lists the 34 provinces, then a province\'s communes, chosen by typing without diacritics', async () => {
    const requests: string[] = [];
    const client = createPortalClient({
      baseUrl: sandboxUrl(),
      retry: false,
      fetch: (input, init) => {
        requests.push(new URL(new Request(input, init).url).pathname.replace('/api/v1', ''));
        return fetch(input, init);
      },
    });
    const form = await fixture<HTMLFormElement>(html`<form><dvc-provider .client=${client}>
      <dvc-address-input name="address" required></dvc-address-input>
    </dvc-provider></form>`);
    const el = form.querySelector('dvc-address-input')!;
    await until(() => field(el, 'province') && !field(el, 'province').readOnly, 'the province list from the sandbox', 20_000);

    field(el, 'province').focus();
    await press(el, 'ArrowDown');
    expect(options(el, 'province')).to.have.length(34);
    await press(el, 'Escape');
    await sendKeys({ type: 'thanh hoa' });
    await el.updateComplete;
    expect(options(el, 'province')).to.deep.equal(['Tỉnh Thanh Hóa']);
    await press(el, 'Enter');
    await until(() => !field(el, 'commune').readOnly, 'the communes of Thanh Hóa', 20_000);
    expect(requests).to.deep.equal(['/administrative-units', '/administrative-units/38']);

    field(el, 'commune').focus();
    await sendKeys({ type: 'hac thanh' });
    await el.updateComplete;
    expect(options(el, 'commune')[0]).to.equal('Phường Hạc Thành');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    field(el, 'street').focus();
    await sendKeys({ type: 'Số 12 Lê Lai' });
    await el.updateComplete;

    expect(el.value).to.deep.equal({
      provinceCode: '38', provinceName: 'Tỉnh Thanh Hóa', communeCode: '14797', communeName: 'Phường Hạc Thành', street: 'Số 12 Lê Lai',
    });
    expect(new FormData(form).get('address.communeCode')).to.equal('14797');
    expect(form.checkValidity()).to.equal(true);
    await expectAccessible(el);
  });
});
