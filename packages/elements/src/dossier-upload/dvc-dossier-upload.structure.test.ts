/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { createPortalClient } from '@dvc-kit/client';
import { expectAccessible } from '@dvc-kit/testing/expect-accessible';
import { FAKE_ME } from '@dvc-kit/testing/fake-dossiers';
import { clearBrowserState, fakeSetup, pdfFile, pick, until, type FakeSetup } from '@dvc-kit/testing/dossier-helpers';
import '../provider/define.js';
import './define.js';
import type { DvcDossierUpload } from './dvc-dossier-upload.component.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const text = (el: HTMLElement) => root(el).textContent?.replace(/\s+/g, ' ') ?? '';
const button = (el: HTMLElement, label: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.replace(/\s+/g, ' ').trim().startsWith(label))!;
const fileInput = (el: HTMLElement, index: number) => root(el).querySelectorAll<HTMLInputElement>('.slot .drop input[type=file]')[index]!;
/** Every part name shown now. */
const parts = (el: HTMLElement) => new Set([...root(el).querySelectorAll('[part]')].flatMap((n) => n.getAttribute('part')!.split(/\s+/)));
const levelOf = (el: HTMLElement, selector: string) => root(el).querySelector(selector)?.getAttribute('aria-level');

async function mount(setup: FakeSetup, attrs: { headingLevel?: number; procedure?: string } = {}): Promise<DvcDossierUpload> {
  const wrapper = await fixture<HTMLElement>(html`<div>
    <dvc-provider .client=${setup.client} .auth=${setup.auth}>
      <dvc-dossier-upload procedure=${attrs.procedure ?? '1.001193'} heading-level=${attrs.headingLevel ?? 2}></dvc-dossier-upload>
    </dvc-provider>
  </div>`);
  return wrapper.querySelector('dvc-dossier-upload')!;
}

async function uploadRequired(el: DvcDossierUpload): Promise<void> {
  await until(() => root(el).querySelectorAll('.slot').length === 3, 'slots');
  pick(fileInput(el, 0), [pdfFile('to-khai.pdf')]);
  pick(fileInput(el, 1), [pdfFile('giay-chung-sinh.pdf', 2048, 2)]);
  await until(() => root(el).querySelectorAll('.file.done').length === 2, 'uploaded');
}

describe('<dvc-dossier-upload> headings, parts and lifecycle', () => {
  beforeEach(clearBrowserState);

  it('puts its headings at heading-level, the step one below and the sections two below (default 2)', async () => {
    const el = await mount(fakeSetup());
    await uploadRequired(el);
    expect(levelOf(el, '[part~="heading"]')).to.equal('2');
    expect(levelOf(el, '[part~="step-heading"]')).to.equal('3');
    expect(levelOf(el, '#slot-c1-name')).to.equal('4');
    el.headingLevel = 4;
    await el.updateComplete;
    expect(levelOf(el, '[part~="heading"]')).to.equal('4');
    expect(levelOf(el, '[part~="step-heading"]')).to.equal('5');
    expect(levelOf(el, '#slot-c1-name')).to.equal('6');
    expect(root(el).querySelectorAll('h1, h2, h3, h4, h5, h6').length, 'no fixed heading tags').to.equal(0);
    button(el, 'Tiếp tục: kiểm tra').click();
    await until(() => text(el).includes('Bước 2/2'), 'review');
    expect(levelOf(el, '#rv-applicant')).to.equal('6');
    await expectAccessible(el);
    button(el, 'Nộp hồ sơ').click();
    await until(() => text(el).includes('Đã nộp hồ sơ thành công'), 'receipt');
    expect(levelOf(el, '#rc-heading'), 'the receipt takes the element’s heading level').to.equal('4');
    expect(root(el).activeElement?.id, 'the receipt heading has the focus').to.equal('rc-heading');
    await expectAccessible(el);
  });

  it('shows the documented parts in the states that have them', async () => {
    const setup = fakeSetup({ chunkLatencyMs: 5 });
    const el = await mount(setup);
    await until(() => root(el).querySelectorAll('.slot').length === 3, 'slots');
    const form = parts(el);
    for (const part of ['base', 'heading', 'step-heading', 'step', 'applicant', 'documents', 'field', 'input', 'actions', 'review-button', 'slot', 'drop-zone', 'template']) {
      expect(form.has(part), `form: ${part}`).to.equal(true);
    }
    setup.portal.stallUploads = true;
    pick(fileInput(el, 0), [pdfFile('to-khai.pdf', 5000)]);
    await until(() => parts(el).has('progress') && parts(el).has('file'), 'a file with its progress');
    window.dispatchEvent(new Event('offline'));
    await until(() => parts(el).has('offline'), 'offline banner');
    window.dispatchEvent(new Event('online'));
    setup.portal.stallUploads = false;
    await until(() => root(el).querySelectorAll('.file.done').length === 1, 'uploaded');
    button(el, 'Tiếp tục: kiểm tra').click();
    await until(() => parts(el).has('message'), 'a notice: a required document is missing');
    pick(fileInput(el, 1), [pdfFile('giay-chung-sinh.pdf', 2048, 2)]);
    await until(() => root(el).querySelectorAll('.file.done').length === 2, 'uploaded');
    button(el, 'Tiếp tục: kiểm tra').click();
    await until(() => parts(el).has('review'), 'review');
    for (const part of ['summary', 'back-button', 'submit-button']) expect(parts(el).has(part), `review: ${part}`).to.equal(true);
    button(el, 'Nộp hồ sơ').click();
    await until(() => parts(el).has('receipt'), 'receipt');
    for (const part of ['print-button', 'start-over-button', 'heading']) expect(parts(el).has(part), `receipt: ${part}`).to.equal(true);

    const multi = await mount(fakeSetup(), { procedure: '1.005383' });
    await until(() => parts(multi).has('case'), 'case picker');
    const missing = await mount(fakeSetup(), { procedure: '9.999999' });
    await until(() => parts(missing).has('state') && parts(missing).has('retry'), 'failure with retry');
  });

  it('without a procedure or a client says so, without a retry and without a dvc-error', async () => {
    const errors: string[] = [];
    const onError = (e: CustomEvent<{ code: string }>) => errors.push(e.detail.code);
    document.addEventListener('dvc-error', onError);
    const bare = await fixture<DvcDossierUpload>(html`<dvc-dossier-upload procedure="1.001193"></dvc-dossier-upload>`);
    await until(() => Boolean(root(bare).querySelector('[part~="state"].not_configured')), 'not configured');
    expect(root(bare).querySelector('[part~="retry"]')).to.equal(null);
    const setup = fakeSetup();
    const wrapper = await fixture<HTMLElement>(html`<dvc-provider .client=${setup.client} .auth=${setup.auth}><dvc-dossier-upload></dvc-dossier-upload></dvc-provider>`);
    const none = wrapper.querySelector('dvc-dossier-upload')!;
    await until(() => text(none).includes('Chưa chọn thủ tục'), 'no procedure');
    expect(root(none).querySelector('[part~="retry"]')).to.equal(null);
    document.removeEventListener('dvc-error', onError);
    expect(errors).to.deep.equal([]);
    await expectAccessible(none);
  });

  it('removing the element aborts the procedure load it started', async () => {
    const setup = fakeSetup({ latencyMs: 200 });
    const signals: AbortSignal[] = [];
    const recording: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      if (new URL(request.url).pathname.includes('/procedures/')) signals.push(request.signal);
      return setup.portal.fetch(request);
    };
    setup.client = createPortalClient({ baseUrl: setup.portal.origin, fetch: recording, retry: false, timeoutMs: 0 });
    const el = await mount(setup);
    await until(() => signals.length === 1, 'procedure requested');
    expect(signals[0]!.aborted).to.equal(false);
    el.remove();
    expect(signals[0]!.aborted).to.equal(true);
  });

  it('takes back a dossier the browser restores as its form value (back/forward navigation)', async () => {
    const setup = fakeSetup();
    const draft = await setup.client.dossiers.create({ procedureCode: '1.001193', channel: 'online', applicant: { type: 'citizen', name: FAKE_ME.name, idNumber: null, taxCode: null, phone: null, email: null, address: 'Số 1 Tràng Tiền' } });
    const el = await mount(setup);
    await until(() => root(el).querySelectorAll('.slot').length === 3, 'empty form');
    el.formStateRestoreCallback(draft.id, 'restore');
    await until(() => text(el).includes('Đã khôi phục'), 'draft restored');
    expect(el.value).to.equal(draft.id);
    expect(root(el).querySelector<HTMLInputElement>('#ap-address')!.value).to.equal('Số 1 Tràng Tiền');
    el.formStateRestoreCallback('another-id', 'restore');
    expect(el.value, 'a draft in hand is kept').to.equal(draft.id);
  });
});
