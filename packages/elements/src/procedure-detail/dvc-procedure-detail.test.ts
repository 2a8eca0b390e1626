/// <reference types="mocha" />
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './define.js';
import { expectAccessible } from '@dvc-kit/testing/expect-accessible';
import { fakeCatalogPerTest, wait } from '@dvc-kit/testing/element-helpers';
import { FAKE_PORTAL_BASE } from '@dvc-kit/testing/fake-portal';
import '../provider/define.js';
import type { DvcProcedureDetail } from './dvc-procedure-detail.component.js';
import { LONG_NAME, PROCEDURES } from '@dvc-kit/testing/fake-catalog';
import { createPortalClient } from '@dvc-kit/client';

const fake = fakeCatalogPerTest();

async function mount(code: string, lang = 'vi', extra = '') {
  const provider = await fixture(html`<dvc-provider .client=${fake.client} lang=${lang}>
    <dvc-procedure-detail code=${code} theme=${extra || 'light'}></dvc-procedure-detail>
  </dvc-provider>`);
  const el = provider.querySelector('dvc-procedure-detail') as DvcProcedureDetail;
  await wait(() => el.shadowRoot!.querySelector('article, [part="state"]:not([role="status"])'), 'detail did not settle', { timeout: 3000 });
  return el;
}
const $ = (el: DvcProcedureDetail, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement | null;
const $$ = (el: DvcProcedureDetail, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)] as HTMLElement[];

describe('<dvc-procedure-detail>', () => {
  it('shows time and fees per channel, components with originals/copies and templates, agencies, legal basis', async () => {
    const el = await mount('1.001193');
    expect($(el, '[part~="title"]')!.textContent).to.equal('Thủ tục đăng ký khai sinh');
    expect($(el, '[part~="title"]')!.getAttribute('aria-level')).to.equal('2');
    const channels = $$(el, '[part="channel"]');
    expect(channels.map((c) => c.querySelector('.h')!.textContent)).to.deep.equal(['Trực tuyến', 'Trực tiếp', 'Dịch vụ bưu chính']);
    expect(channels[0]!.textContent).to.contain('1 ngày làm việc');
    expect(channels[0]!.textContent).to.contain('Miễn phí');
    expect(channels[0]!.textContent!.replace(/\s/g, ' ')).to.contain('Lệ phí: 8.000 ₫');
    const components = $$(el, '[part="component"]');
    expect(components).to.have.length(3);
    expect(components[0]!.textContent).to.contain('Bản chính: 1');
    expect(components[0]!.textContent).to.contain('Bản sao: 0');
    expect(components[2]!.textContent).to.contain('Không bắt buộc');
    const template = $(el, '[part="template"]') as HTMLAnchorElement;
    expect(template.href).to.equal(`${FAKE_PORTAL_BASE}/templates/M%E1%BA%ABu%20TK1-TS.docx`);
    expect(template.hasAttribute('download')).to.equal(true);
    expect(el.shadowRoot!.textContent).to.contain('Ủy ban nhân dân phường Hạc Thành');
    expect(el.shadowRoot!.textContent).to.contain('123/2015/NĐ-CP');
    expect(el.shadowRoot!.textContent).to.contain('Dịch vụ công trực tuyến toàn trình');
    await expectAccessible(el);
  });

  it('fires a cancelable dvc-procedure-select with the code from "Apply online"', async () => {
    const el = await mount('1.000894');
    const selected = oneEvent(el, 'dvc-procedure-select');
    ($(el, '[part="start"]') as HTMLButtonElement).click();
    const event = await selected;
    expect(event.detail).to.deep.equal({ code: '1.000894' });
    expect(event.cancelable).to.equal(true);
    expect(event.composed).to.equal(true);
  });

  it('has no apply button for information-only procedures', async () => {
    const el = await mount('2.001980');
    expect($(el, '[part="start"]')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('chỉ cung cấp thông tin');
    await expectAccessible(el);
  });

  it('groups components by case and shows USD fees', async () => {
    const el = await mount('1.009794');
    expect($$(el, '.sub').map((h) => h.textContent)).to.have.length(2);
    const customs = await mount('1.009974');
    expect(customs.shadowRoot!.textContent!.replace(/\s/g, ' ')).to.match(/US\$|USD/);
    expect(customs.shadowRoot!.textContent).to.contain('2 giờ');
  });

  it('shows not-found, error and offline states, with retry for the last two', async () => {
    const missing = await mount('9.999999');
    expect($(missing, '[part="state"]')!.textContent).to.contain('Không tìm thấy thủ tục có mã 9.999999');
    await expectAccessible(missing);

    fake.portal.options.failure = 'server-error';
    const failing = await mount('1.001193');
    expect($(failing, '[part="state"]')!.getAttribute('role')).to.equal('alert');
    await expectAccessible(failing);
    fake.portal.options.failure = null;
    ($(failing, '[part="retry"]') as HTMLButtonElement).click();
    await wait(() => $(failing, 'article'));

    fake.portal.options.failure = 'offline';
    const offline = await mount('1.001193');
    // The shared offline sentence (the detail no longer carries its own).
    expect($(offline, '[part="state"]')!.textContent).to.contain('Kiểm tra kết nối mạng');
    await expectAccessible(offline);
  });

  it('speaks English, including units and money', async () => {
    const el = await mount('1.001978', 'en');
    expect(el.shadowRoot!.textContent).to.contain('10 working days');
    expect(el.shadowRoot!.textContent).to.contain('Apply online');
    expect(el.shadowRoot!.textContent).to.match(/Fee: ₫200,000|Fee: VND\s?200,000/);
    await expectAccessible(el);
  });

  it('is accessible in dark theme', async () => {
    const el = await mount('1.001193', 'vi', 'dark');
    expect(el.getAttribute('data-dvc-theme')).to.equal('dark');
    await expectAccessible(el);
  });

  it('wraps a 1,100-character name in a 320 px container', async () => {
    const p = PROCEDURES.find((x) => x.name === LONG_NAME)!;
    expect(p.name.length).to.be.greaterThan(1000);
    const el = await fixture<DvcProcedureDetail>(html`<dvc-procedure-detail style="width:320px" .procedure=${p}></dvc-procedure-detail>`);
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    expect(fake.portal.log).to.have.length(0); // given a procedure, it does not fetch
    await expectAccessible(el);
  });

  it('copes with messy real data: a duration without a unit, channels out of order', async () => {
    const base = PROCEDURES.find((x) => x.code === '1.001193')!;
    const messy = {
      ...base,
      channels: [
        { channel: 'postal' as const, duration: { value: 1, unit: null, text: null }, fees: [], note: null },
        { channel: 'online' as const, duration: { value: null, unit: null, text: 'Theo quy định của pháp luật' }, fees: [], note: null },
      ],
    };
    const el = await fixture<DvcProcedureDetail>(html`<dvc-procedure-detail .procedure=${messy}></dvc-procedure-detail>`);
    const channels = $$(el, '[part="channel"]');
    expect(channels[0]!.textContent).to.contain('Trực tuyến');
    expect(channels[0]!.textContent).to.contain('Theo quy định của pháp luật');
    expect(channels[1]!.textContent).to.contain('1 (chưa công bố đơn vị thời gian)');
    expect(channels[1]!.textContent).to.contain('Không có thông tin');
    await expectAccessible(el);
  });

  it('names its title the heading part, at heading-level', async () => {
    const provider = await fixture(html`<dvc-provider .client=${fake.client}>
      <dvc-procedure-detail code="1.001193" heading-level="4"></dvc-procedure-detail>
    </dvc-provider>`);
    const el = provider.querySelector('dvc-procedure-detail') as DvcProcedureDetail;
    await wait(() => $(el, 'article'), 'detail did not load');
    const heading = $(el, '[part~="heading"]')!;
    expect(heading).to.equal($(el, '[part~="title"]'));
    expect(heading.getAttribute('aria-level')).to.equal('4');
    expect($(el, '#h-channels')!.getAttribute('aria-level')).to.equal('5');
  });

  it('aborts its request when it is removed, and loads again when it comes back', async () => {
    const signals: AbortSignal[] = [];
    const hanging = createPortalClient({
      baseUrl: FAKE_PORTAL_BASE,
      retry: false,
      timeoutMs: 0,
      fetch: (input) => {
        const { signal } = input as Request;
        signals.push(signal);
        return new Promise<Response>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
      },
    });
    const provider = await fixture(html`<dvc-provider .client=${hanging}><dvc-procedure-detail code="1.001193"></dvc-procedure-detail></dvc-provider>`);
    const el = provider.querySelector('dvc-procedure-detail') as DvcProcedureDetail;
    await wait(() => signals.length === 1, 'no request');
    expect($(el, '[part="state"]')!.getAttribute('role')).to.equal('status');
    el.remove();
    expect(signals[0]!.aborted).to.equal(true);
    provider.append(el);
    await wait(() => signals.length === 2, 'no request after coming back');
    expect(signals[1]!.aborted).to.equal(false);
  });

  it('says so when no client is configured', async () => {
    const el = await fixture<DvcProcedureDetail>(html`<dvc-procedure-detail code="1.001193"></dvc-procedure-detail>`);
    await el.updateComplete;
    expect($(el, '[part="state"]')!.textContent).to.contain('Chưa cấu hình');
  });
});
