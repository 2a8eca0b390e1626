/**
 * Journeys against the running sandbox (real API, tus uploads, OIDC token,
 * payment page). Run with `node scripts/browser-tests.mjs` (it starts one).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible } from '@dvc-kit/testing/expect-accessible';
import '../provider/define.js';
import './define.js';
import '../dossier-status/define.js';
import type { DvcDossierUpload } from './dvc-dossier-upload.component.js';
import type { DvcDossierStatus } from '../dossier-status/dvc-dossier-status.component.js';
import type { DvcPayment } from '../payment/dvc-payment.component.js';
import { uploadsFor } from '../dossier/dossier-api.js';
import { clearBrowserState, pdfFile, pick, pngFile, spoofedExe, stubPopup, until } from '@dvc-kit/testing/dossier-helpers';
import { officerSets, payOnSandboxPage, sandboxSetup, type SandboxSetup } from '@dvc-kit/testing/sandbox-helpers';

const MiB = 1024 * 1024;
const root = (el: HTMLElement) => el.shadowRoot!;
const text = (el: HTMLElement) => root(el).textContent?.replace(/\s+/g, ' ') ?? '';
const button = (el: HTMLElement, label: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.replace(/\s+/g, ' ').trim().startsWith(label))!;
/** Slots of 1.001193 in the sandbox seed: c1, c2 and c6 are required. */
const slotInput = (el: HTMLElement, componentId: string) =>
  [...root(el).querySelectorAll<HTMLElement>('.slot')]
    .find((s) => s.querySelector(`[id="slot-${componentId}-name"]`))!
    .querySelector<HTMLInputElement>('.drop input[type=file]')!;
const slotOf = (el: HTMLElement, componentId: string) =>
  [...root(el).querySelectorAll<HTMLElement>('.slot')].find((s) => s.querySelector(`[id="slot-${componentId}-name"]`))!;

async function mountUpload(setup: SandboxSetup): Promise<DvcDossierUpload> {
  const wrapper = await fixture<HTMLElement>(html`<div>
    <dvc-provider .client=${setup.client} .auth=${setup.auth}>
      <dvc-dossier-upload procedure="1.001193"></dvc-dossier-upload>
    </dvc-provider>
  </div>`);
  const el = wrapper.querySelector('dvc-dossier-upload')!;
  await until(() => root(el).querySelectorAll('.slot').length > 0 || text(el).includes('Không'), 'slots from the sandbox', 20_000);
  return el;
}

async function submittedCount(setup: SandboxSetup): Promise<number> {
  return (await setup.client.dossiers.mine({ pageSize: 1 })).total;
}

/** A submitted birth-registration dossier made through the client, for the status and payment journeys. */
async function submittedDossier(setup: SandboxSetup): Promise<string> {
  const draft = await setup.client.dossiers.create({ procedureCode: '1.001193', channel: 'online' });
  const uploads = uploadsFor(setup.client);
  for (const componentId of ['c1', 'c2', 'c6']) {
    const { uploadId } = await uploads.start({
      file: pdfFile(`${componentId}.pdf`, 3000, componentId.charCodeAt(1)), fileName: `${componentId}.pdf`,
      contentType: 'application/pdf', dossierId: draft.id, componentId,
    }).done;
    await setup.client.dossiers.attach(draft.id, { componentId, uploadId });
  }
  const submitted = await setup.client.dossiers.submit(draft.id);
  return submitted.code!;
}

describe('dossier journeys against the running sandbox', function () {
  this.timeout(60_000);
  beforeEach(clearBrowserState);

  it('submits a multi-component dossier with multi-chunk files end to end, with a receipt (axe clean)', async () => {
    const setup = await sandboxSetup('citizen-an');
    const before = await submittedCount(setup);
    const el = await mountUpload(setup);
    expect(root(el).querySelector<HTMLInputElement>('#ap-name')!.value).to.equal(setup.me.name);
    pick(slotInput(el, 'c1'), [pdfFile('to-khai.pdf', Math.round(2.5 * MiB), 11)]);
    pick(slotInput(el, 'c2'), [pngFile('giay-chung-sinh.png', Math.round(1.5 * MiB))]);
    pick(slotInput(el, 'c6'), [pdfFile('cccd-me.pdf', 4000, 12)]);
    await until(() => root(el).querySelectorAll('.file.done').length === 3, 'three uploads done', 40_000);
    // 2.5 MiB in 1 MiB chunks: three PATCHes for that file alone.
    expect(setup.faults.log.filter((l) => l.startsWith('PATCH')).length).to.be.at.least(5);
    button(el, 'Tiếp tục: kiểm tra').click();
    await until(() => text(el).includes('Bước 2/2'), 'review');
    await expectAccessible(el);
    button(el, 'Nộp hồ sơ').click();
    await until(() => text(el).includes('Đã nộp hồ sơ thành công'), 'receipt', 20_000);
    const code = root(el).querySelector('.code')!.textContent!.trim();
    expect(code).to.match(/^[0-9A-Z.]+-\d{6}-\d{4}$/);
    const dossier = await setup.client.dossiers.get(code);
    expect(dossier.status).to.equal('submitted');
    const files = Object.fromEntries(dossier.components.map((c) => [c.componentId, c.files.map((f) => f.fileName)]));
    expect(files.c1).to.deep.equal(['to-khai.pdf']);
    expect(files.c2).to.deep.equal(['giay-chung-sinh.png']);
    expect(dossier.components.find((c) => c.componentId === 'c1')!.files[0]!.size).to.equal(Math.round(2.5 * MiB));
    expect(await submittedCount(setup)).to.equal(before + 1);
    await expectAccessible(el);
  });

  it('an upload interrupted by a lost connection resumes from the server’s offset by itself', async () => {
    const setup = await sandboxSetup('citizen-binh');
    const el = await mountUpload(setup);
    setup.faults.cutAfterPatches = 1; // the network drops after the first 1 MiB chunk
    pick(slotInput(el, 'c1'), [pdfFile('to-khai-lon.pdf', Math.round(3.2 * MiB), 21)]);
    await until(() => Boolean(slotOf(el, 'c1').querySelector('.file.offline, .file.failed')), 'paused by the drop', 20_000);
    expect(text(el)).to.contain('Mất kết nối mạng');
    const patchesBefore = setup.faults.log.filter((l) => l.startsWith('PATCH')).length;
    setup.faults.online = true;
    window.dispatchEvent(new Event('online'));
    await until(() => Boolean(slotOf(el, 'c1').querySelector('.file.done')), 'done after reconnect', 30_000);
    const resumedPatches = setup.faults.log.filter((l) => l.startsWith('PATCH')).slice(patchesBefore);
    // It continued where the server was, not from byte 0.
    expect(resumedPatches[0]).to.match(/@(?!0$)\d+$/);
  });

  it('refuses an executable renamed .pdf in the element, and the server refuses it too', async () => {
    const setup = await sandboxSetup('citizen-chau');
    const el = await mountUpload(setup);
    pick(slotInput(el, 'c2'), [spoofedExe()]);
    await until(() => text(el).includes('không phải'), 'refused before upload');
    expect(setup.faults.log.some((l) => l.startsWith('POST /uploads'))).to.equal(false);
    // Straight to the server, past the element's check:
    const draft = await setup.client.dossiers.create({ procedureCode: '1.001193' });
    const task = uploadsFor(setup.client).start({
      file: spoofedExe(), fileName: 'giay-chung-sinh.pdf', contentType: 'application/pdf', dossierId: draft.id, componentId: 'c2',
    });
    const error = await task.done.then(() => null, (e: { code?: string }) => e);
    expect(error?.code).to.equal('upload_type_not_allowed');
  });

  it('a submit whose answer is lost, pressed again, creates one dossier only', async () => {
    const setup = await sandboxSetup('citizen-an');
    const before = await submittedCount(setup);
    const el = await mountUpload(setup);
    pick(slotInput(el, 'c1'), [pdfFile('a.pdf', 2000, 31)]);
    pick(slotInput(el, 'c2'), [pdfFile('b.pdf', 2000, 32)]);
    pick(slotInput(el, 'c6'), [pdfFile('c.pdf', 2000, 33)]);
    await until(() => root(el).querySelectorAll('.file.done').length === 3, 'uploaded', 30_000);
    button(el, 'Tiếp tục: kiểm tra').click();
    await until(() => text(el).includes('Bước 2/2'), 'review');
    setup.faults.dropNextSubmit = true;
    button(el, 'Nộp hồ sơ').click();
    await until(() => text(el).includes('Chưa nộp được hồ sơ'), 'lost answer explained', 20_000);
    button(el, 'Nộp hồ sơ').click();
    await until(() => text(el).includes('Đã nộp hồ sơ thành công'), 'receipt on retry', 20_000);
    expect(setup.faults.log.filter((l) => l.endsWith('/submit')).length).to.equal(2);
    expect(await submittedCount(setup)).to.equal(before + 1);
  });

  it('a new element instance (a reload) picks the draft up and resumes the unfinished upload', async () => {
    const setup = await sandboxSetup('citizen-binh');
    const before = await submittedCount(setup);
    const first = await mountUpload(setup);
    pick(slotInput(first, 'c1'), [pdfFile('to-khai.pdf', 3000, 41)]);
    await until(() => Boolean(slotOf(first, 'c1').querySelector('.file.done')), 'first file done', 20_000);
    let release!: () => void;
    setup.faults.holdPatches = new Promise<void>((r) => (release = r));
    pick(slotInput(first, 'c2'), [pdfFile('giay-chung-sinh.pdf', Math.round(2.2 * MiB), 42)]);
    await until(() => setup.faults.log.some((l) => l.startsWith('PATCH') && l.endsWith('@0') && !l.includes(setup.faults.log[0]!)), 'second upload sending', 20_000);
    await new Promise((r) => setTimeout(r, 300)); // the file reaches IndexedDB
    first.closest('div')!.remove(); // the page goes away mid-upload
    setup.faults.holdPatches = null;
    release();
    const second = await mountUpload(setup);
    await until(() => text(second).includes('Đã khôi phục'), 'draft restored', 20_000);
    await until(() => Boolean(slotOf(second, 'c2').querySelector('.file.done')), 'resumed upload done', 30_000);
    expect(slotOf(second, 'c1').querySelector('.file.done')!.textContent).to.contain('to-khai.pdf');
    expect(setup.faults.log.filter((l) => l === 'POST /dossiers').length).to.equal(1);
    expect(await submittedCount(setup)).to.equal(before + 1); // the draft is listed once
    await expectAccessible(second);
  });

  it('answers a supplement request with the missing document', async () => {
    const setup = await sandboxSetup('citizen-chau');
    const code = await submittedDossier(setup);
    await officerSets(code, { status: 'awaiting_supplement', componentIds: ['c2'], note: 'Giấy chứng sinh bị mờ, đề nghị bổ sung bản rõ nét.' });
    const wrapper = await fixture<HTMLElement>(html`<div>
      <dvc-provider .client=${setup.client} .auth=${setup.auth}>
        <dvc-dossier-status code=${code}></dvc-dossier-status>
      </dvc-provider>
    </div>`);
    const el = wrapper.querySelector<DvcDossierStatus>('dvc-dossier-status')!;
    await until(() => Boolean(root(el).querySelector('[part=supplement]')), 'supplement panel', 20_000);
    expect(text(el)).to.contain('Giấy chứng sinh bị mờ');
    await expectAccessible(el);
    pick(root(el).querySelector<HTMLInputElement>('[part=supplement] .drop input[type=file]')!, [pdfFile('giay-chung-sinh-ro.pdf', 5000, 51)]);
    await until(() => Boolean(root(el).querySelector('[part=supplement] .file.done')), 'uploaded', 20_000);
    button(el, 'Gửi bổ sung').click();
    await until(() => text(el).includes('Đã gửi bổ sung'), 'answered', 20_000);
    const dossier = await setup.client.dossiers.get(code);
    expect(dossier.supplementRequests[0]!.answeredAt).to.be.a('string');
    expect(dossier.status).to.not.equal('awaiting_supplement');
    expect(dossier.components.find((c) => c.componentId === 'c2')!.files.map((f) => f.fileName)).to.include('giay-chung-sinh-ro.pdf');
  });

  it('pays on the sandbox payment page: a declined payment is explained, the retry is approved', async () => {
    const setup = await sandboxSetup('citizen-an');
    const code = await submittedDossier(setup);
    await officerSets(code, { status: 'received' });
    await officerSets(code, { status: 'awaiting_payment', amount: 50000, note: 'Đề nghị nộp lệ phí.' });
    const popup = stubPopup();
    try {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <dvc-provider .client=${setup.client} .auth=${setup.auth}>
          <dvc-payment dossier-code=${code} mode="popup" poll-interval="200"></dvc-payment>
        </dvc-provider>
      </div>`);
      const el = wrapper.querySelector<DvcPayment>('dvc-payment')!;
      await until(() => Boolean(root(el).querySelector('[part=pay-button]')), 'pay button', 20_000);
      await expectAccessible(el);
      root(el).querySelector<HTMLButtonElement>('[part=pay-button]')!.click();
      await until(() => popup.opened[0]?.location.href.includes('/sandbox/pay/') ?? false, 'sent to the payment page', 20_000);
      await payOnSandboxPage(popup.opened[0]!.location.href, 'decline');
      await until(() => text(el).includes('Thanh toán không thành công'), 'declined explained', 20_000);
      await expectAccessible(el);
      root(el).querySelector<HTMLButtonElement>('[part=pay-button]')!.click();
      await until(() => (popup.opened[1]?.location.href.includes('/sandbox/pay/') ?? false), 'second payment page', 20_000);
      expect(popup.opened[1]!.location.href).to.not.equal(popup.opened[0]!.location.href);
      await payOnSandboxPage(popup.opened[1]!.location.href, 'approve');
      await until(() => text(el).includes('Thanh toán thành công'), 'receipt', 20_000);
      expect(text(el)).to.match(/50\.000\s₫/);
      await expectAccessible(el);
      const dossier = await setup.client.dossiers.get(code);
      expect(dossier.payments.map((p) => p.status).sort()).to.deep.equal(['failed', 'succeeded']);
    } finally {
      popup.restore();
    }
  });
});
