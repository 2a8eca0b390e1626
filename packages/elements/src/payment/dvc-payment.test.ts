import { expect, fixture, html } from '@open-wc/testing';
import type { Dossier } from '@dvc-kit/spec';
import '../provider/define.js';
import './define.js';
import type { DvcPayment } from './dvc-payment.component.js';
import { makeDossier } from '@dvc-kit/testing/fake-dossiers';
import { fakeSetup, stubPopup, until, type FakeSetup } from '@dvc-kit/testing/dossier-helpers';

async function mount(setup: FakeSetup, dossier: Dossier, mode: 'popup' | 'redirect' = 'popup', lang = 'vi'): Promise<DvcPayment> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}>
    <dvc-provider .client=${setup.client} .auth=${setup.auth}>
      <dvc-payment dossier-code=${dossier.code!} mode=${mode} poll-interval="30"></dvc-payment>
    </dvc-provider>
  </div>`);
  const el = wrapper.querySelector('dvc-payment')!;
  await until(() => !root(el).textContent!.includes('Đang tải') && !root(el).textContent!.includes('Loading'), 'loaded');
  return el;
}

const root = (el: HTMLElement) => el.shadowRoot!;
const text = (el: HTMLElement) => root(el).textContent?.replace(/\s+/g, ' ') ?? '';
const payButton = (el: HTMLElement) => root(el).querySelector<HTMLButtonElement>('[part=pay-button]')!;

describe('<dvc-payment> against the fake portal', () => {
  let popup: ReturnType<typeof stubPopup>;
  beforeEach(() => (popup = stubPopup()));
  afterEach(() => popup.restore());

  it('shows the fees and pays in a popup; the result is confirmed with the portal (axe clean)', async () => {
    const setup = fakeSetup();
    const dossier = setup.portal.put(makeDossier('awaiting_payment'));
    const el = await mount(setup, dossier);
    expect(text(el)).to.contain('Lệ phí cấp bản sao trích lục');
    expect(text(el)).to.match(/8\.000\s₫/);
    await expect(el).to.be.accessible();
    const done: string[] = [];
    el.addEventListener('dvc-payment-complete', (e) => done.push(e.detail.status));
    payButton(el).click();
    await until(() => text(el).includes('Đang chờ bạn hoàn tất'), 'waiting');
    const payment = [...setup.portal.payments.values()][0]!;
    expect(popup.opened[0]!.location.href).to.equal(payment.redirectUrl);
    await expect(el).to.be.accessible();
    setup.portal.completePayment(payment.id, 'succeeded');
    await until(() => text(el).includes('Thanh toán thành công'), 'receipt');
    expect(text(el)).to.contain(payment.reference);
    expect(done).to.deep.equal(['succeeded']);
    expect(popup.opened[0]!.closed).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('explains a declined payment and a retry starts a new payment', async () => {
    const setup = fakeSetup();
    const dossier = setup.portal.put(makeDossier('awaiting_payment'));
    const el = await mount(setup, dossier, 'popup', 'en');
    payButton(el).click();
    await until(() => setup.portal.payments.size === 1, 'payment started');
    setup.portal.completePayment([...setup.portal.payments.keys()][0]!, 'failed');
    await until(() => text(el).includes('declined'), 'declined explained');
    expect(text(el)).to.contain('Nothing was charged');
    await expect(el).to.be.accessible();
    payButton(el).click();
    await until(() => setup.portal.payments.size === 2, 'a second payment');
    setup.portal.completePayment([...setup.portal.payments.keys()][1]!, 'succeeded');
    await until(() => text(el).includes('Payment received'), 'paid on retry');
  });

  it('explains a cancelled payment and a closed window', async () => {
    const setup = fakeSetup();
    const dossier = setup.portal.put(makeDossier('awaiting_payment'));
    const el = await mount(setup, dossier);
    payButton(el).click();
    await until(() => setup.portal.payments.size === 1, 'payment started');
    setup.portal.completePayment([...setup.portal.payments.keys()][0]!, 'cancelled');
    await until(() => text(el).includes('Bạn đã huỷ thanh toán'), 'cancelled explained');
    await expect(el).to.be.accessible();
    payButton(el).click();
    await until(() => popup.opened.length === 2 && text(el).includes('Đang chờ'), 'waiting again');
    popup.opened[1]!.close();
    await until(() => text(el).includes('Cửa sổ thanh toán đã đóng'), 'closed explained');
  });

  it('after a redirect back, confirms with the portal rather than trusting the URL', async () => {
    const setup = fakeSetup();
    const dossier = setup.portal.put(makeDossier('awaiting_payment'));
    const response = await setup.client.payments.initiate({ dossierId: dossier.id, returnUrl: location.href });
    setup.portal.completePayment(response.id, 'failed');
    const before = location.href;
    // The URL claims success; the portal says it failed.
    history.replaceState(null, '', `${location.pathname}?paymentId=${response.id}&status=succeeded`);
    try {
      const el = await mount(setup, dossier, 'redirect');
      await until(() => text(el).includes('không thành công'), 'declined from the portal');
      expect(location.search).to.equal('');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('says when nothing is due', async () => {
    const setup = fakeSetup();
    const dossier = setup.portal.put(makeDossier('processing'));
    const el = await mount(setup, dossier);
    expect(text(el)).to.contain('không có khoản phí nào');
    await expect(el).to.be.accessible();
  });
});
