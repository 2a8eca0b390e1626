import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible } from '@dvc-kit/testing/expect-accessible';
import '../provider/define.js';
import './define.js';
import type { DvcDossierUpload } from './dvc-dossier-upload.component.js';
import { MAX_FILES_PER_COMPONENT } from '../dossier/file-check.js';
import { clearBrowserState, fakeSetup, pdfFile, pick, pngFile, spoofedExe, until, type FakeSetup } from '@dvc-kit/testing/dossier-helpers';

async function mount(setup: FakeSetup, procedure = '1.001193', lang = 'vi'): Promise<DvcDossierUpload> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}>
    <dvc-provider .client=${setup.client} .auth=${setup.auth}>
      <dvc-dossier-upload procedure=${procedure}></dvc-dossier-upload>
    </dvc-provider>
  </div>`);
  const el = wrapper.querySelector('dvc-dossier-upload')!;
  await until(() => Boolean(el.shadowRoot?.querySelector('.slot, .message:not(.loading), [data-step-heading]')), 'element rendered');
  return el;
}

const root = (el: HTMLElement) => el.shadowRoot!;
const slot = (el: HTMLElement, index: number) => root(el).querySelectorAll<HTMLElement>('.slot')[index]!;
const fileInput = (el: HTMLElement, index: number) => slot(el, index).querySelector<HTMLInputElement>('.drop input[type=file]')!;
const text = (el: HTMLElement) => root(el).textContent?.replace(/\s+/g, ' ') ?? '';
const button = (el: HTMLElement, label: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.replace(/\s+/g, ' ').trim().startsWith(label))!;

describe('<dvc-dossier-upload> against the fake portal', () => {
  beforeEach(clearBrowserState);

  it('shows one slot per component with required/optional, copies and the template link (axe clean)', async () => {
    const setup = fakeSetup();
    const el = await mount(setup);
    const slots = root(el).querySelectorAll('.slot');
    expect(slots.length).to.equal(3);
    expect(slots[0]!.textContent).to.contain('Tờ khai đăng ký khai sinh theo mẫu');
    expect(slots[0]!.textContent).to.contain('Bắt buộc');
    expect(slots[2]!.textContent).to.contain('Không bắt buộc');
    expect(slots[0]!.textContent).to.contain('1 bản chính');
    const link = slots[0]!.querySelector<HTMLAnchorElement>('a.template')!;
    // a relative template URL is the portal's, not the agency page's
    expect(link.getAttribute('href')).to.equal('https://fake.dvc/templates/1.001193/to-khai-dang-ky-khai-sinh.docx');
    // prefilled from the e-ID claims; identity locked, contact editable
    const name = root(el).querySelector<HTMLInputElement>('#ap-name')!;
    expect(name.value).to.equal('Lê Thị Hoa');
    expect(name.readOnly).to.equal(true);
    expect(root(el).querySelector<HTMLInputElement>('#ap-phone')!.readOnly).to.equal(false);
    await expectAccessible(el);
  });

  it('refuses an executable renamed .pdf before sending a byte, saying what to do (axe clean)', async () => {
    const setup = fakeSetup();
    const el = await mount(setup);
    pick(fileInput(el, 1), [spoofedExe()]);
    await until(() => text(el).includes('không phải'), 'type notice shown');
    expect(text(el)).to.contain('giay-chung-sinh.pdf');
    expect(text(el)).to.contain('Hãy xuất lại');
    expect(setup.portal.log.filter((l) => l.startsWith('POST /uploads'))).to.deep.equal([]);
    expect(setup.portal.log.filter((l) => l.startsWith('POST /dossiers'))).to.deep.equal([]);
    expect(slot(el, 1).querySelector('[role=alert]')).to.exist;
    await expectAccessible(el);
  });

  it('refuses a file over 20 MiB before upload with its size in the message', async () => {
    const setup = fakeSetup();
    const el = await mount(setup, '1.001193', 'en');
    const big = new File([new Uint8Array(21 * 1024 * 1024)], 'scan.pdf', { type: 'application/pdf' });
    pick(fileInput(el, 0), [big]);
    await until(() => text(el).includes('more than'), 'size notice shown');
    expect(text(el)).to.contain('“scan.pdf” is 21 MB, more than 20 MB');
    expect(setup.portal.log.some((l) => l.startsWith('POST /uploads'))).to.equal(false);
    await expectAccessible(el);
  });

  it(`stops at ${MAX_FILES_PER_COMPONENT} files per component`, async () => {
    const setup = fakeSetup();
    const el = await mount(setup);
    const files = Array.from({ length: MAX_FILES_PER_COMPONENT + 1 }, (_, i) => pngFile(`anh-${i}.png`, 100 + i));
    pick(fileInput(el, 2), files);
    await until(() => text(el).includes('tối đa 10 tệp. Hãy gỡ'), 'count notice');
    await until(() => slot(el, 2).querySelectorAll('.file').length > 0, 'files listed');
    expect(slot(el, 2).querySelectorAll('.file').length).to.equal(MAX_FILES_PER_COMPONENT);
  });

  it('uploads with progress events, creates the draft once, and attaches the file', async () => {
    const setup = fakeSetup({ chunkLatencyMs: 5 });
    const el = await mount(setup);
    const drafts: string[] = [];
    const progress: Array<{ sent: number; state: string }> = [];
    el.addEventListener('dvc-dossier-draft', (e) => drafts.push(e.detail.dossierId));
    el.addEventListener('dvc-upload-progress', (e) => progress.push({ sent: e.detail.sent, state: e.detail.state }));
    pick(fileInput(el, 0), [pdfFile('to-khai.pdf', 3000, 1), pdfFile('to-khai-2.pdf', 3000, 2)]);
    await until(() => slot(el, 0).querySelectorAll('.file.done').length === 2, 'both uploaded');
    expect(drafts.length).to.equal(1);
    expect(setup.portal.log.filter((l) => l === 'POST /dossiers').length).to.equal(1);
    expect(progress.some((p) => p.state === 'done' && p.sent === 3000)).to.equal(true);
    const dossier = [...setup.portal.dossiers.values()][0]!;
    expect(dossier.components[0]!.files.map((f) => f.fileName).sort()).to.deep.equal(['to-khai-2.pdf', 'to-khai.pdf']);
    // every control names its file
    const remove = slot(el, 0).querySelector('.file .danger')!;
    expect(remove.textContent).to.contain('to-khai.pdf');
    await expectAccessible(el);
  });

  it('pauses and resumes an upload; paused state is announced and axe clean', async () => {
    const setup = fakeSetup();
    const el = await mount(setup);
    setup.portal.stallUploads = true;
    pick(fileInput(el, 1), [pdfFile('giay-chung-sinh.pdf', 5000)]);
    await until(() => Boolean(slot(el, 1).querySelector('.file.uploading')), 'uploading');
    button(el, 'Tạm dừng').click();
    await until(() => Boolean(slot(el, 1).querySelector('.file.paused')), 'paused');
    expect(text(el)).to.contain('Đã tạm dừng ở');
    await until(() => root(el).querySelector('[role=status][aria-live]')!.textContent!.includes('giay-chung-sinh.pdf: Đã tạm dừng'), 'announced');
    await expectAccessible(el);
    setup.portal.stallUploads = false;
    button(el, 'Tiếp tục').click();
    await until(() => Boolean(slot(el, 1).querySelector('.file.done')), 'done after resume');
  });

  it('pauses by itself when the connection drops and resumes when it returns', async () => {
    const setup = fakeSetup();
    const el = await mount(setup);
    setup.portal.stallUploads = true;
    pick(fileInput(el, 1), [pdfFile('giay-chung-sinh.pdf', 5000)]);
    await until(() => Boolean(slot(el, 1).querySelector('.file.uploading')), 'uploading');
    const errs: string[] = [];
    el.addEventListener('dvc-error', (e) => errs.push(e.detail.code + ':' + e.detail.message));
    window.dispatchEvent(new Event('offline'));
    await until(() => Boolean(slot(el, 1).querySelector('.file.offline')), 'offline state');
    expect(text(el)).to.contain('sẽ tự tiếp tục');
    setup.portal.stallUploads = false;
    window.dispatchEvent(new Event('online'));
    await until(() => Boolean(slot(el, 1).querySelector('.file.done')), 'done after reconnect').catch((e) => {
      throw new Error(`${e} ${errs.join('|')} ${setup.portal.log.join(',')}`);
    });
  });

  it('submits after review, shows a printable receipt, and a retried submit makes one dossier only', async () => {
    const setup = fakeSetup();
    const el = await mount(setup);
    pick(fileInput(el, 0), [pdfFile('to-khai.pdf')]);
    pick(fileInput(el, 1), [pngFile('giay-chung-sinh.png')]);
    await until(() => root(el).querySelectorAll('.file.done').length === 2, 'uploaded');
    const phone = root(el).querySelector<HTMLInputElement>('#ap-phone')!;
    phone.value = 'abc';
    phone.dispatchEvent(new Event('input'));
    button(el, 'Tiếp tục: kiểm tra').click();
    await until(() => text(el).includes('Số điện thoại chỉ gồm'), 'phone error');
    expect(root(el).querySelector('#ap-phone')!.getAttribute('aria-invalid')).to.equal('true');
    phone.value = '0987 654 321';
    phone.dispatchEvent(new Event('input'));
    button(el, 'Tiếp tục: kiểm tra').click();
    await until(() => text(el).includes('Bước 2/2'), 'review step');
    await expectAccessible(el);
    // The first answer is lost on the way back: the server did submit.
    setup.portal.dropNext('submit');
    button(el, 'Nộp hồ sơ').click();
    await until(() => text(el).includes('Chưa nộp được hồ sơ'), 'submit error shown');
    const submitted: string[] = [];
    el.addEventListener('dvc-dossier-submit', (e) => submitted.push(e.detail.code));
    button(el, 'Nộp hồ sơ').click();
    await until(() => text(el).includes('Đã nộp hồ sơ thành công'), 'receipt');
    expect(setup.portal.dossiers.size).to.equal(1);
    const dossier = [...setup.portal.dossiers.values()][0]!;
    expect(submitted).to.deep.equal([dossier.code]);
    expect(text(el)).to.contain(dossier.code!);
    expect(dossier.applicant.phone).to.equal('0987654321');
    expect(setup.portal.log.filter((l) => l.endsWith('/submit')).length).to.equal(2);
    expect(button(el, 'In biên nhận')).to.exist;
    await expectAccessible(el);
  });

  it('a new element instance picks the draft up after a reload and resumes the unfinished upload', async () => {
    const setup = fakeSetup();
    const first = await mount(setup);
    pick(fileInput(first, 0), [pdfFile('to-khai.pdf')]);
    await until(() => Boolean(slot(first, 0).querySelector('.file.done')), 'first file done');
    setup.portal.stallUploads = true;
    pick(fileInput(first, 1), [pdfFile('giay-chung-sinh.pdf', 4000, 3)]);
    await until(() => Boolean(slot(first, 1).querySelector('.file.uploading')), 'second uploading');
    await new Promise((r) => setTimeout(r, 200)); // let the pending file reach IndexedDB
    first.closest('div')!.remove(); // the page goes away
    setup.portal.stallUploads = false;
    const drafts: boolean[] = [];
    document.addEventListener('dvc-dossier-draft', (e) => drafts.push(e.detail.restored), { once: true });
    const second = await mount(setup);
    await until(() => text(second).includes('Đã khôi phục'), 'restored message');
    await until(() => root(second).querySelectorAll('.file.done').length === 2, 'both files done in the new instance');
    expect(drafts).to.deep.equal([true]);
    expect(setup.portal.dossiers.size).to.equal(1);
    await expectAccessible(second);
  });

  it('keeps what the person types while the draft is being restored', async () => {
    const setup = fakeSetup();
    const first = await mount(setup);
    pick(fileInput(first, 0), [pdfFile('to-khai.pdf')]);
    await until(() => Boolean(slot(first, 0).querySelector('.file.done')), 'first file done');
    first.closest('div')!.remove();
    setup.portal.latencyMs = 600; // the restore's answers take a while
    const second = await mount(setup);
    const address = () => root(second).querySelector<HTMLInputElement>('#ap-address');
    await until(() => address(), 'the applicant fields');
    address()!.value = 'Số 7 ngõ 23, phố Huế, Hà Nội';
    address()!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await until(() => text(second).includes('Đã khôi phục'), 'restored message');
    await second.updateComplete;
    expect(address()!.value).to.equal('Số 7 ngõ 23, phố Huế, Hà Nội');
  });

  it('takes part in a form: invalid until required files are there, value is the dossier id, reset clears', async () => {
    const setup = fakeSetup();
    const form = await fixture<HTMLFormElement>(html`<form>
      <dvc-provider .client=${setup.client} .auth=${setup.auth}>
        <dvc-dossier-upload name="dossier" procedure="1.001193"></dvc-dossier-upload>
      </dvc-provider>
    </form>`);
    const el = form.querySelector('dvc-dossier-upload')!;
    await until(() => root(el).querySelectorAll('.slot').length === 3, 'slots');
    expect(el.form).to.equal(form);
    expect(el.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    pick(fileInput(el, 0), [pdfFile('a.pdf')]);
    pick(fileInput(el, 1), [pdfFile('b.pdf', 2048, 9)]);
    await until(() => root(el).querySelectorAll('.file.done').length === 2, 'uploaded');
    expect(el.checkValidity()).to.equal(true);
    const dossier = [...setup.portal.dossiers.values()][0]!;
    expect(new FormData(form).get('dossier')).to.equal(dossier.id);
    form.reset();
    await el.updateComplete;
    expect(root(el).querySelectorAll('.file').length).to.equal(0);
    expect(new FormData(form).get('dossier')).to.equal(null);
  });

  it('asks to choose the case when a procedure has several, in English (axe clean)', async () => {
    const setup = fakeSetup();
    const el = await mount(setup, '1.005383', 'en');
    expect(text(el)).to.contain('Your case');
    expect(root(el).querySelectorAll('.slot').length).to.equal(0);
    const radios = root(el).querySelectorAll<HTMLInputElement>('input[type=radio]');
    expect(radios.length).to.equal(2);
    await expectAccessible(el);
    radios[1]!.click();
    await until(() => root(el).querySelectorAll('.slot').length === 2, 'slots of the chosen case');
    expect(text(el)).to.contain('Biên bản họp Hội đồng thành viên');
    expect(text(el)).to.contain('Optional');
    await expectAccessible(el);
  });

  it('takes files dropped on a slot or pasted into it', async () => {
    const setup = fakeSetup();
    const el = await mount(setup);
    const dropped = new DataTransfer();
    dropped.items.add(pdfFile('keo-tha.pdf', 1500, 61));
    slot(el, 0).dispatchEvent(new DragEvent('dragover', { dataTransfer: dropped, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(slot(el, 0).classList.contains('drag')).to.equal(true);
    slot(el, 0).dispatchEvent(new DragEvent('drop', { dataTransfer: dropped, bubbles: true, cancelable: true }));
    const pasted = new DataTransfer();
    pasted.items.add(pngFile('anh-dan.png', 900));
    fileInput(el, 2).dispatchEvent(new ClipboardEvent('paste', { clipboardData: pasted, bubbles: true, composed: true, cancelable: true }));
    await until(() => Boolean(slot(el, 0).querySelector('.file.done')) && Boolean(slot(el, 2).querySelector('.file.done')), 'dropped and pasted files uploaded');
    expect(slot(el, 0).textContent).to.contain('keo-tha.pdf');
    expect(slot(el, 2).textContent).to.contain('anh-dan.png');
    expect(slot(el, 0).classList.contains('drag')).to.equal(false);
  });

  it('prefills from the claims and restores the draft when the person signs in after the element appeared', async () => {
    const setup = fakeSetup();
    const { fakeAuth } = await import('@dvc-kit/testing/fake-dossiers');
    const auth = fakeAuth(null);
    const wrapper = await fixture<HTMLElement>(html`<div>
      <dvc-provider .client=${setup.client} .auth=${auth}>
        <dvc-dossier-upload procedure="1.001193"></dvc-dossier-upload>
      </dvc-provider>
    </div>`);
    const el = wrapper.querySelector('dvc-dossier-upload')!;
    await until(() => text(el).includes('Vui lòng đăng nhập'), 'sign-in prompt');
    await auth.signIn();
    await until(() => root(el).querySelectorAll('.slot').length === 3, 'form after sign-in');
    expect(root(el).querySelector<HTMLInputElement>('#ap-name')!.value).to.equal('Lê Thị Hoa');
  });

  it('asks to sign in when nobody is signed in', async () => {
    const setup = fakeSetup();
    const wrapper = await fixture<HTMLElement>(html`<div>
      <dvc-provider .client=${setup.client} .auth=${null}>
        <dvc-dossier-upload procedure="1.001193"><button slot="sign-in">Đăng nhập</button></dvc-dossier-upload>
      </dvc-provider>
    </div>`);
    const el = wrapper.querySelector('dvc-dossier-upload')!;
    await until(() => text(el).includes('Vui lòng đăng nhập'), 'sign-in message');
    expect(root(el).querySelectorAll('.slot').length).to.equal(0);
    await expectAccessible(el);
  });

  it('explains an unknown procedure and offers to retry', async () => {
    const setup = fakeSetup();
    const el = await mount(setup, '9.999999');
    await until(() => text(el).includes('Không tìm thấy thủ tục'), 'not found');
    await expectAccessible(el);
  });
});
