import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible } from '@dvc-kit/testing/expect-accessible';
import type { Dossier } from '@dvc-kit/spec';
import '../provider/define.js';
import './define.js';
import type { DvcPayment } from './dvc-payment.component.js';
import { makeDossier } from '@dvc-kit/testing/fake-dossiers';
import { fakeSetup, offlineThenHangingClient, stubPopup, until, type FakeSetup } from '@dvc-kit/testing/dossier-helpers';

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
    await expectAccessible(el);
    const done: string[] = [];
    el.addEventListener('dvc-payment-complete', (e) => done.push(e.detail.status));
    payButton(el).click();
    await until(() => text(el).includes('Đang chờ bạn hoàn tất'), 'waiting');
    const payment = [...setup.portal.payments.values()][0]!;
    expect(popup.opened[0]!.location.href).to.equal(payment.redirectUrl);
    await expectAccessible(el);
    setup.portal.completePayment(payment.id, 'succeeded');
    await until(() => text(el).includes('Thanh toán thành công'), 'receipt');
    expect(text(el)).to.contain(payment.reference);
    expect(done).to.deep.equal(['succeeded']);
    expect(popup.opened[0]!.closed).to.equal(true);
    await expectAccessible(el);
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
    await expectAccessible(el);
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
    await expectAccessible(el);
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
    await expectAccessible(el);
  });
});

describe('<dvc-payment> heading, states and requests', () => {
  it('puts its heading at heading-level (default 2)', async () => {
    const setup = fakeSetup();
    const dossier = setup.portal.put(makeDossier('awaiting_payment'));
    const el = await mount(setup, dossier);
    expect(root(el).querySelector('[part~="base"] > [part~="heading"]')!.getAttribute('aria-level')).to.equal('2');
    el.setAttribute('heading-level', '4');
    await (el as DvcPayment).updateComplete;
    expect(root(el).querySelector('[part~="heading"]')!.getAttribute('aria-level')).to.equal('4');
    expect(root(el).querySelector('[part~="fees"]')).to.not.equal(null);
    expect(root(el).querySelector('[part~="hint"]')).to.not.equal(null);
  });

  it('says it is not configured through the state view', async () => {
    const el = await fixture<DvcPayment>(html`<dvc-payment dossier-code="x"></dvc-payment>`);
    await until(() => Boolean(root(el).querySelector('[part="state"].not_configured')), 'not configured');
    expect(root(el).querySelector('[part="state"]')!.getAttribute('role')).to.equal('alert');
    expect(text(el)).to.contain('Chưa cấu hình');
    await expectAccessible(el);
  });

  it('offers a retry when the load fails, and aborts its request when removed', async () => {
    const setup = fakeSetup();
    const { client, signals, goOnline } = offlineThenHangingClient(setup.portal.origin);
    const wrapper = await fixture<HTMLElement>(html`<div>
      <dvc-provider .client=${client}><dvc-payment dossier-code="000.00.01.H26-261116-0042"></dvc-payment></dvc-provider>
    </div>`);
    const el = wrapper.querySelector('dvc-payment')!;
    await until(() => Boolean(root(el).querySelector('[part="retry"]')), 'retry offered');
    // The shared offline sentence (the payment no longer carries its own).
    expect(text(el)).to.contain('Không kết nối được tới cổng dịch vụ công');
    await expectAccessible(el);
    goOnline();
    root(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await until(() => signals.length === 2, 'retried');
    expect(text(el)).to.contain('Đang tải');
    el.remove();
    expect(signals[1]!.aborted).to.equal(true);
  });
});
