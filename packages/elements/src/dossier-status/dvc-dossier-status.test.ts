import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible } from '@dvc-kit/testing/expect-accessible';
import { DOSSIER_STATUS_VALUES, type DossierStatus } from '@dvc-kit/spec';
import '../provider/define.js';
import { configure, resetConfig } from '../context/configure.js';
import './define.js';
import type { DvcDossierStatus } from './dvc-dossier-status.component.js';
import { fakeAuth, makeDossier } from '@dvc-kit/testing/fake-dossiers';
import { clearBrowserState, fakeSetup, offlineThenHangingClient, pdfFile, pick, spoofedExe, until, type FakeSetup } from '@dvc-kit/testing/dossier-helpers';
import { timeline } from './timeline.js';

async function mount(setup: FakeSetup, code: string, lang = 'vi'): Promise<DvcDossierStatus> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}>
    <dvc-provider .client=${setup.client} .auth=${setup.auth}>
      <dvc-dossier-status code=${code} payment-mode="popup"></dvc-dossier-status>
    </dvc-provider>
  </div>`);
  const el = wrapper.querySelector('dvc-dossier-status')!;
  await until(() => Boolean(el.shadowRoot?.querySelector('article, table, .message, section p')), 'status rendered');
  return el;
}

const root = (el: HTMLElement) => el.shadowRoot!;
const text = (el: HTMLElement) => root(el).textContent?.replace(/\s+/g, ' ') ?? '';

const LABELS_EN: Record<Exclude<DossierStatus, 'draft'>, string> = {
  submitted: 'Newly submitted',
  received: 'Received',
  rejected: 'Not accepted',
  processing: 'In progress',
  awaiting_supplement: 'Additional documents requested',
  awaiting_payment: 'Payment requested',
  withdrawn: 'Withdrawn',
  suspended: 'Processing stopped',
  processed: 'Processed',
  returned: 'Result returned',
};

describe('<dvc-dossier-status> against the fake portal', () => {
  beforeEach(clearBrowserState);

  for (const status of DOSSIER_STATUS_VALUES.filter((s) => s !== 'draft')) {
    it(`shows "${status}" in words with its timeline (vi and en, axe clean)`, async () => {
      const setup = fakeSetup();
      const dossier = setup.portal.put(makeDossier(status));
      const el = await mount(setup, dossier.code!);
      await until(() => Boolean(root(el).querySelector('article')), 'detail');
      const badge = root(el).querySelector('[part=status]')!;
      const { dossierStatusInfo } = await import('@dvc-kit/spec');
      expect(badge.textContent!.trim()).to.equal(dossierStatusInfo(status).label.vi);
      expect(root(el).querySelectorAll('ol.timeline li').length).to.equal(dossier.events.length);
      await expectAccessible(el);
      el.closest('div')!.setAttribute('lang', 'en');
      await until(() => root(el).querySelector('[part=status]')!.textContent!.includes(LABELS_EN[status]), 'english label');
      await expectAccessible(el);
    });
  }

  it('marks overdue steps: a step whose due date passed before the next one, and an open step past due', () => {
    const d = makeDossier('processing', { dueAt: '2026-11-18T10:00:00Z' });
    d.events = [
      { at: '2026-11-16T02:30:00Z', status: 'submitted', actor: 'applicant', note: null, dueAt: '2026-11-16T05:00:00Z' },
      { at: '2026-11-16T08:00:00Z', status: 'received', actor: 'officer', note: null, dueAt: '2026-11-18T10:00:00Z' },
    ];
    const items = timeline(d, new Date('2026-11-19T00:00:00Z'));
    expect(items.map((i) => i.overdue)).to.deep.equal([true, true]);
    const onTime = timeline(d, new Date('2026-11-17T00:00:00Z'));
    expect(onTime.map((i) => i.overdue)).to.deep.equal([true, false]);
  });

  it('shows "Quá hạn" on an overdue dossier', async () => {
    const setup = fakeSetup();
    const dossier = setup.portal.put(makeDossier('processing', { dueAt: '2020-01-02T00:00:00Z' }));
    const el = await mount(setup, dossier.code!);
    await until(() => text(el).includes('Quá hạn'), 'overdue mark');
    await expectAccessible(el);
  });

  it('lists the signed-in person’s dossiers without a code and opens one', async () => {
    const setup = fakeSetup();
    setup.portal.put(makeDossier('processing'));
    setup.portal.put(makeDossier('returned', { id: '8a6e0f8e-1f7e-4a38-9a55-1f1f3c0a7d10', code: '000.00.01.H26-261110-0007' }));
    const el = await mount(setup, '');
    await until(() => root(el).querySelectorAll('tbody tr').length === 2, 'two rows');
    await expectAccessible(el);
    root(el).querySelector<HTMLButtonElement>('tbody tr button')!.click();
    await until(() => Boolean(root(el).querySelector('article')), 'detail opened');
  });

  it('explains a code that is not found', async () => {
    const setup = fakeSetup();
    const el = await mount(setup, '000.00.01.H26-261116-9999');
    await until(() => text(el).includes('Không tìm thấy hồ sơ'), 'not found');
    await expectAccessible(el);
  });

  it('answers a supplement request by uploading the missing document (spoofed file refused first)', async () => {
    const setup = fakeSetup();
    const dossier = setup.portal.put(makeDossier('awaiting_supplement'));
    const el = await mount(setup, dossier.code!);
    await until(() => Boolean(root(el).querySelector('[part=supplement]')), 'supplement panel');
    expect(text(el)).to.contain('Bản chụp Giấy chứng sinh bị mờ');
    await expectAccessible(el);
    const input = root(el).querySelector<HTMLInputElement>('[part=supplement] .drop input[type=file]')!;
    pick(input, [spoofedExe('giay-chung-sinh-moi.pdf')]);
    await until(() => text(el).includes('không phải'), 'refused');
    // Sending without a file says what is missing.
    [...root(el).querySelectorAll('button')].find((b) => b.textContent!.includes('Gửi bổ sung'))!.click();
    await until(() => text(el).includes('Hãy tải lên ít nhất một tệp'), 'incomplete message');
    pick(input, [pdfFile('giay-chung-sinh-ro-net.pdf', 3000, 5)]);
    await until(() => Boolean(root(el).querySelector('.file.done')), 'uploaded');
    const submitted: string[] = [];
    el.addEventListener('dvc-supplement-submit', (e) => submitted.push(e.detail.requestId));
    [...root(el).querySelectorAll('button')].find((b) => b.textContent!.includes('Gửi bổ sung'))!.click();
    await until(() => text(el).includes('Đã gửi bổ sung'), 'sent');
    expect(submitted).to.deep.equal(['sr-1']);
    const stored = setup.portal.dossiers.get(dossier.id)!;
    expect(stored.supplementRequests[0]!.answeredAt).to.be.a('string');
    expect(stored.components.find((c) => c.componentId === 'c2')!.files.map((f) => f.fileName)).to.include('giay-chung-sinh-ro-net.pdf');
    await expectAccessible(el);
  });
});

describe('<dvc-dossier-status> set up by configure() (no provider)', () => {
  beforeEach(clearBrowserState);
  afterEach(() => resetConfig());

  it('loads the person’s dossiers when a sign-in completes after it rendered, and forgets them on sign-out', async () => {
    const setup = fakeSetup();
    setup.portal.put(makeDossier('processing'));
    const auth = fakeAuth(null);
    configure({ client: setup.client, auth });
    const el = await fixture<DvcDossierStatus>(html`<dvc-dossier-status></dvc-dossier-status>`);
    await until(() => Boolean(root(el).querySelector('slot[name="sign-in"]')), 'asks to sign in');
    // Signed in elsewhere on the page (e.g. a <dvc-login>, or the OpenID callback finishing): nothing calls configure().
    await auth.signIn();
    await until(() => root(el).querySelectorAll('tbody tr').length === 1, 'the list after sign-in');
    await expectAccessible(el);
    await auth.signOut();
    await until(() => Boolean(root(el).querySelector('slot[name="sign-in"]')), 'asks to sign in again after sign-out');
    expect(root(el).querySelector('tbody')).to.equal(null);
  });
});

describe('<dvc-dossier-status> lookup box', () => {
  beforeEach(clearBrowserState);

  it('puts the Look up button on the input’s row: same top, same height (vi and en)', async () => {
    for (const lang of ['vi', 'en']) {
      const setup = fakeSetup();
      setup.portal.put(makeDossier('processing'));
      const el = await mount(setup, '', lang);
      el.style.width = '640px';
      await until(() => root(el).querySelectorAll('tbody tr').length === 1, 'list');
      const input = root(el).querySelector('#lookup-code')!.getBoundingClientRect();
      const button = root(el).querySelector('form.lookup button')!.getBoundingClientRect();
      expect(Math.abs(button.top - input.top), `${lang}: tops`).to.be.below(1);
      expect(Math.abs(button.height - input.height), `${lang}: heights`).to.be.below(1);
      expect(button.left, `${lang}: beside the input`).to.be.greaterThan(input.right);
    }
  });
});

describe('<dvc-dossier-status> heading, states and requests', () => {
  beforeEach(clearBrowserState);

  it('puts its heading at heading-level, its sections one and two deeper, and the payment below them', async () => {
    const setup = fakeSetup();
    const dossier = setup.portal.put(makeDossier('awaiting_payment'));
    const wrapper = await fixture<HTMLElement>(html`<div>
      <dvc-provider .client=${setup.client} .auth=${setup.auth}>
        <dvc-dossier-status code=${dossier.code!} heading-level="3"></dvc-dossier-status>
      </dvc-provider>
    </div>`);
    const el = wrapper.querySelector('dvc-dossier-status')!;
    await until(() => Boolean(root(el).querySelector('article')), 'detail');
    expect(root(el).querySelector('[part~="base"] > [part~="heading"]')!.getAttribute('aria-level')).to.equal('3');
    expect(root(el).querySelector('#dossier-heading')!.getAttribute('aria-level')).to.equal('4');
    expect(root(el).querySelector('#timeline-heading')!.getAttribute('aria-level')).to.equal('5');
    const payment = root(el).querySelector('dvc-payment')!;
    await until(() => Boolean(payment.shadowRoot?.querySelector('[part~="heading"]')), 'payment heading');
    expect(payment.shadowRoot!.querySelector('[part~="heading"]')!.getAttribute('aria-level')).to.equal('5');
    await expectAccessible(el);
  });

  it('asks to sign in through the state view, then shows the sign-in slot', async () => {
    const setup = fakeSetup();
    const wrapper = await fixture<HTMLElement>(html`<div>
      <dvc-provider .client=${setup.client} .auth=${fakeAuth(null)}><dvc-dossier-status></dvc-dossier-status></dvc-provider>
    </div>`);
    const el = wrapper.querySelector('dvc-dossier-status')!;
    await until(() => Boolean(root(el).querySelector('[part="state"].sign_in')), 'sign-in state');
    expect(text(el)).to.contain('Vui lòng đăng nhập để xem hồ sơ của bạn.');
    expect(root(el).querySelector('[part="state"] + slot[name="sign-in"]')).to.not.equal(null);
  });

  it('says it is not configured through the state view', async () => {
    const el = await fixture<DvcDossierStatus>(html`<dvc-dossier-status code="x"></dvc-dossier-status>`);
    await until(() => Boolean(root(el).querySelector('[part="state"].not_configured')), 'not configured');
    expect(root(el).querySelector('[part="state"]')!.getAttribute('role')).to.equal('alert');
    expect(text(el)).to.contain('Chưa cấu hình');
    expect(root(el).querySelector('[part="retry"]')).to.equal(null);
  });

  it('offers a retry when the portal fails, and aborts its request when removed', async () => {
    const setup = fakeSetup();
    const { client, signals, goOnline } = offlineThenHangingClient(setup.portal.origin);
    const errors: string[] = [];
    const onError = (e: CustomEvent<{ code: string }>) => errors.push(e.detail.code);
    document.addEventListener('dvc-error', onError);
    try {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <dvc-provider .client=${client} .auth=${setup.auth}><dvc-dossier-status></dvc-dossier-status></dvc-provider>
      </div>`);
      const el = wrapper.querySelector('dvc-dossier-status')!;
      await until(() => Boolean(root(el).querySelector('[part="retry"]')), 'retry offered');
      // The shared offline sentence (the status no longer carries its own).
      expect(text(el)).to.contain('Không kết nối được tới cổng dịch vụ công');
      expect(errors).to.deep.equal(['network']);
      await expectAccessible(el);
      goOnline();
      root(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await until(() => signals.length === 2, 'retried');
      el.remove();
      expect(signals[1]!.aborted).to.equal(true);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(errors, 'an abort is not an error').to.deep.equal(['network']);
    } finally {
      document.removeEventListener('dvc-error', onError);
    }
  });
});
