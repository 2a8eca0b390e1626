/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createPortalClient, type PortalClient } from '@dvc-kit/client';
import '../provider/define.js';
import './define.js';
import { expectAccessible } from '@dvc-kit/testing/expect-accessible';
import { createFakePortal, FAKE_PORTAL_BASE, type FakePortal, type FakePortalOptions } from '@dvc-kit/testing/fake-portal';
import { until } from '@dvc-kit/testing/until';
import type { AddressValue, DvcAddressInput } from './dvc-address-input.component.js';

const HAC_THANH: AddressValue = {
  provinceCode: '38', provinceName: 'Tỉnh Thanh Hóa', communeCode: '14797', communeName: 'Phường Hạc Thành', street: 'Số 12 Lê Lai',
};

let portal: FakePortal;
let client: PortalClient;

function freshPortal(options: FakePortalOptions = {}): void {
  portal = createFakePortal(options);
  client = createPortalClient({ baseUrl: FAKE_PORTAL_BASE, fetch: portal.fetch, retry: false });
}

const root = (el: HTMLElement) => el.shadowRoot!;
const field = (el: HTMLElement, id: 'province' | 'commune' | 'street') => root(el).querySelector<HTMLInputElement>(`#${id}`)!;
const options = (el: HTMLElement, id: 'province' | 'commune') =>
  [...root(el).querySelectorAll<HTMLElement>(`#${id}-list [role="option"]`)].map((o) => o.textContent!.trim());
const errorText = (el: HTMLElement) => root(el).querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const liveText = (el: HTMLElement) => root(el).querySelector('[aria-live="polite"]')?.textContent ?? '';
const unitRequests = () => portal.log.filter((r) => r.url.pathname.includes('/administrative-units')).map((r) => r.url.pathname.replace('/api/v1', ''));

async function mountIn(template: string): Promise<HTMLElement> {
  const provider = await fixture<HTMLElement>(html`<dvc-provider .client=${client}></dvc-provider>`);
  provider.innerHTML = template;
  for (const el of provider.querySelectorAll<DvcAddressInput>('dvc-address-input')) {
    await until(() => field(el, 'province') && !field(el, 'province').readOnly, 'the province list');
  }
  return provider;
}

async function mount(attributes = 'name="address"'): Promise<DvcAddressInput> {
  const provider = await mountIn(`<dvc-address-input ${attributes}></dvc-address-input>`);
  return provider.querySelector<DvcAddressInput>('dvc-address-input')!;
}

async function typeInto(el: DvcAddressInput, id: 'province' | 'commune' | 'street', text: string): Promise<void> {
  field(el, id).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function press(el: DvcAddressInput, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** Types into a combobox and presses Enter on the first match. */
async function choose(el: DvcAddressInput, id: 'province' | 'commune', text: string): Promise<void> {
  if (id === 'commune') await until(() => !field(el, 'commune').readOnly, "the province's communes");
  field(el, id).select(); // typing replaces what the field holds
  await typeInto(el, id, text);
  await press(el, 'ArrowDown');
  await press(el, 'Enter');
}

async function fill(el: DvcAddressInput): Promise<void> {
  await choose(el, 'province', 'thanh hoa');
  await choose(el, 'commune', 'hac thanh');
  await typeInto(el, 'street', 'Số 12 Lê Lai');
}

/** Moves focus out of the address, as a person tabbing on would, and lets the check run. */
async function leave(el: DvcAddressInput): Promise<void> {
  const after = document.createElement('button');
  after.textContent = 'after';
  el.after(after);
  after.focus();
  await new Promise((resolve) => setTimeout(resolve, 10));
  await el.updateComplete;
}

beforeEach(() => freshPortal());

describe('<dvc-address-input>: choosing the province and the commune', () => {
  it('renders a labelled group: legend, three labelled fields, comboboxes per the APG pattern', async () => {
    const el = await mount('name="address" label="Nơi thường trú" hint="Như trên thẻ căn cước."');
    expect(root(el).querySelector('legend')!.textContent).to.equal('Nơi thường trú');
    for (const [id, label] of [['province', 'Tỉnh, thành phố'], ['commune', 'Xã, phường, đặc khu'], ['street', 'Số nhà, đường, thôn, xóm']] as const) {
      expect(root(el).querySelector(`label[for="${id}"]`)!.textContent).to.equal(label);
      expect(field(el, id).getAttribute('aria-describedby')!.split(' ')).to.include('hint');
    }
    const province = field(el, 'province');
    expect(province.getAttribute('role')).to.equal('combobox');
    expect(province.getAttribute('aria-autocomplete')).to.equal('list');
    expect(province.getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).getElementById(province.getAttribute('aria-controls')!)!.getAttribute('role')).to.equal('listbox');
    expect(province.getAttribute('aria-required'), 'not required here').to.equal('false');
    expect(field(el, 'commune').readOnly, 'no province yet: the commune field waits').to.equal(true);
    expect(root(el).getElementById('commune-note')!.textContent).to.equal('Chọn tỉnh, thành phố trước.');
    await expectAccessible(el);
  });

  it('filters the provinces as typed, without diacritics (đ as d), and announces the count', async () => {
    const el = await mount();
    await typeInto(el, 'province', 'thanh hoa');
    expect(options(el, 'province')).to.deep.equal(['Tỉnh Thanh Hóa']);
    expect(field(el, 'province').getAttribute('aria-expanded')).to.equal('true');
    expect([...root(el).querySelectorAll('#province-list mark')].map((m) => m.textContent)).to.deep.equal(['Thanh', 'Hóa']);
    await until(() => liveText(el).includes('Có 1 kết quả phù hợp'), () => `the live count (says "${liveText(el)}")`);
    for (let i = 0; i < 'thanh hoa'.length; i++) await press(el, 'Backspace');
    await sendKeys({ type: 'da nang' });
    await el.updateComplete;
    expect(options(el, 'province')).to.deep.equal(['Thành phố Đà Nẵng']);
    for (let i = 0; i < 'da nang'.length; i++) await press(el, 'Backspace');
    await sendKeys({ type: 'thanh pho' });
    await el.updateComplete;
    expect(options(el, 'province'), 'every city, alphabetical by place').to.deep.equal([
      'Thành phố Đà Nẵng', 'Thành phố Hà Nội', 'Thành phố Hồ Chí Minh', 'Thành phố Huế',
    ]);
    await sendKeys({ type: ' xyz' });
    await el.updateComplete;
    expect(options(el, 'province')).to.deep.equal([]);
    expect(field(el, 'province').getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).querySelector('.no-match')!.textContent).to.equal('Không có kết quả phù hợp.');
    await until(() => liveText(el).includes('Không có kết quả phù hợp.'), 'the none announced');
  });

  it('keys: Down opens on the first, Down and Up move and wrap, Enter chooses, Escape closes then clears', async () => {
    const el = await mount();
    const province = field(el, 'province');
    const active = () => province.getAttribute('aria-activedescendant');
    province.focus();
    await press(el, 'ArrowDown');
    expect(province.getAttribute('aria-expanded')).to.equal('true');
    expect(options(el, 'province')).to.have.length(6);
    expect(active()).to.equal('province-opt-0');
    await press(el, 'ArrowUp');
    expect(active(), 'Up from the first wraps to the last').to.equal('province-opt-5');
    await press(el, 'ArrowDown');
    expect(active()).to.equal('province-opt-0');
    await press(el, 'ArrowDown');
    expect(active()).to.equal('province-opt-1');
    expect(root(el).getElementById('province-opt-1')!.getAttribute('aria-selected')).to.equal('true');
    await press(el, 'Escape');
    expect(province.getAttribute('aria-expanded')).to.equal('false');
    expect(province.hasAttribute('aria-activedescendant')).to.equal(false);

    await sendKeys({ type: 'hue' });
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    expect(province.value).to.equal('Thành phố Huế');
    expect(province.getAttribute('aria-expanded')).to.equal('false');
    expect(el.value?.provinceCode).to.equal('46');
    await until(() => liveText(el).includes('Đã chọn Thành phố Huế.'), 'the choice announced');

    await press(el, 'Escape');
    expect(province.value, 'Escape with the list closed clears the field').to.equal('');
    expect(el.value).to.equal(null);
  });

  it('Enter chooses the only match; a typed-out name chooses itself when the field is left; other text takes the choice back', async () => {
    const el = await mount();
    await typeInto(el, 'province', 'an giang');
    await press(el, 'Enter');
    expect(el.value?.provinceName).to.equal('Tỉnh An Giang');

    const province = field(el, 'province');
    province.select();
    await sendKeys({ type: 'THANH HOA' });
    field(el, 'street').focus();
    await el.updateComplete;
    expect(province.value, 'the official name replaces what was typed').to.equal('Tỉnh Thanh Hóa');
    expect(el.value?.provinceCode).to.equal('38');

    province.focus();
    province.select();
    await sendKeys({ type: 'thanh' });
    field(el, 'street').focus();
    await el.updateComplete;
    expect(province.value, 'what was typed stays in view').to.equal('thanh');
    expect(el.value, 'no province is chosen').to.equal(null);
  });

  it('a click on an option chooses it, and focus stays in the field', async () => {
    const el = await mount();
    await typeInto(el, 'province', 'ho chi');
    root(el).querySelector<HTMLElement>('#province-opt-0')!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    root(el).querySelector<HTMLElement>('#province-opt-0')!.click();
    await el.updateComplete;
    expect(el.value?.provinceName).to.equal('Thành phố Hồ Chí Minh');
    expect(root(el).activeElement).to.equal(field(el, 'province'));
  });

  it("loads a province's communes only once it is chosen, and filters them without diacritics", async () => {
    const el = await mount();
    expect(unitRequests()).to.deep.equal(['/administrative-units']);
    await choose(el, 'province', 'thanh hoa');
    await until(() => !field(el, 'commune').readOnly, "the province's communes");
    expect(unitRequests()).to.deep.equal(['/administrative-units', '/administrative-units/38']);
    await typeInto(el, 'commune', 'hac thanh');
    expect(options(el, 'commune')[0], 'the name that starts so comes first').to.equal('Phường Hạc Thành');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    await typeInto(el, 'street', 'Số 12 Lê Lai');
    expect(el.value).to.deep.equal(HAC_THANH);
    expect(el.errorCode).to.equal(null);
  });

  it('changing the province clears the commune: a commune of another province cannot stay', async () => {
    const el = await mount();
    await fill(el);
    await choose(el, 'province', 'da nang');
    expect(el.value).to.deep.equal({ provinceCode: '48', provinceName: 'Thành phố Đà Nẵng', communeCode: '', communeName: '', street: 'Số 12 Lê Lai' });
    expect(field(el, 'commune').value).to.equal('');
    await until(() => !field(el, 'commune').readOnly, 'the communes of Đà Nẵng');
    await typeInto(el, 'commune', 'hac thanh');
    expect(options(el, 'commune'), "Thanh Hóa's communes are gone").to.deep.equal([]);
    for (let i = 0; i < 'hac thanh'.length; i++) await press(el, 'Backspace');
    await sendKeys({ type: 'dac khu' });
    await el.updateComplete;
    expect(options(el, 'commune')).to.deep.equal(['Đặc khu Hoàng Sa']);
  });

  it('two inputs on one client fetch the province list once and a province once', async () => {
    const provider = await mountIn('<dvc-address-input name="a"></dvc-address-input><dvc-address-input name="b"></dvc-address-input>');
    const [a, b] = [...provider.querySelectorAll<DvcAddressInput>('dvc-address-input')] as [DvcAddressInput, DvcAddressInput];
    await choose(a, 'province', 'thanh hoa');
    await until(() => !field(a, 'commune').readOnly, 'communes in the first');
    await choose(b, 'province', 'thanh hoa');
    await until(() => !field(b, 'commune').readOnly, 'communes in the second');
    expect(unitRequests()).to.deep.equal(['/administrative-units', '/administrative-units/38']);
  });

  it('removing one of two inputs waiting for a province leaves the other one loading', async () => {
    portal.options.latencyMs = 150;
    const provider = await mountIn('<dvc-address-input name="a"></dvc-address-input><dvc-address-input name="b"></dvc-address-input>');
    const [a, b] = [...provider.querySelectorAll<DvcAddressInput>('dvc-address-input')] as [DvcAddressInput, DvcAddressInput];
    a.value = { ...HAC_THANH, communeCode: '', communeName: '' };
    b.value = { ...HAC_THANH, communeCode: '', communeName: '' };
    await until(() => unitRequests().length === 2, 'the province asked for');
    a.remove();
    await until(() => !field(b, 'commune').readOnly, 'the communes reach the input still on the page');
    expect(portal.log.filter((r) => r.url.pathname.endsWith('/38')).map((r) => r.aborted)).to.deep.equal([false]);
  });
});

describe('<dvc-address-input>: layout', () => {
  it('fits 320 CSS px without scrolling sideways, every field at least 44 px high', async () => {
    const provider = await mountIn(`<div style="width:320px"><dvc-address-input name="a" required label="Nơi đăng ký thường trú của người yêu cầu"
      value='${JSON.stringify({ ...HAC_THANH, communeCode: '' })}'></dvc-address-input></div>`);
    const el = provider.querySelector<DvcAddressInput>('dvc-address-input')!;
    expect(el.validate(), 'the longest state: with its message').to.equal(false);
    await el.updateComplete;
    expect(root(el).querySelector('[part~="error"]')).not.to.equal(null);
    expect(el.scrollWidth).to.be.at.most(320);
    expect(root(el).querySelector('fieldset')!.scrollWidth).to.be.at.most(320);
    for (const id of ['province', 'commune', 'street'] as const) {
      expect(field(el, id).getBoundingClientRect().height, id).to.be.at.least(44);
      expect(field(el, id).getAttribute('aria-required')).to.equal('true');
    }
  });
});

describe('<dvc-address-input>: value, form and events', () => {
  it('takes its value as JSON in the value attribute, shows it, loads that province and keeps the official names', async () => {
    const el = await mount(`name="address" value='${JSON.stringify({ ...HAC_THANH, provinceName: 'Thanh Hoá (cũ)' })}'`);
    await until(() => !field(el, 'commune').readOnly, 'the communes of the province given');
    expect(field(el, 'province').value).to.equal('Tỉnh Thanh Hóa');
    expect(field(el, 'commune').value).to.equal('Phường Hạc Thành');
    expect(field(el, 'street').value).to.equal('Số 12 Lê Lai');
    expect(el.value).to.deep.equal(HAC_THANH);
  });

  it('a value whose commune is not of its province loses the commune once the list says so', async () => {
    const el = await mount();
    el.value = { ...HAC_THANH, communeCode: '20333', communeName: 'Đặc khu Hoàng Sa' };
    await until(() => !field(el, 'commune').readOnly, 'the communes of Thanh Hóa');
    await el.updateComplete;
    expect(el.value).to.deep.equal({ ...HAC_THANH, communeCode: '', communeName: '' });
    el.value = null;
    await el.updateComplete;
    expect(field(el, 'province').value).to.equal('');
    expect(el.value).to.equal(null);
  });

  it('in a plain form: FormData entries, required, reset, disabled fieldset, restore', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset><dvc-provider .client=${client}>
      <dvc-address-input name="home" required></dvc-address-input>
    </dvc-provider></fieldset></form>`);
    const el = form.querySelector('dvc-address-input')!;
    await until(() => !field(el, 'province').readOnly, 'the province list');
    expect(el.form).to.equal(form);
    expect([...new FormData(form).keys()]).to.deep.equal([]);
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Tỉnh, thành phố: Vui lòng nhập mục này.');
    expect(el.matches(':invalid')).to.equal(true);

    await fill(el);
    const data = new FormData(form);
    expect(Object.fromEntries(data)).to.deep.equal({
      'home.provinceCode': '38', 'home.provinceName': 'Tỉnh Thanh Hóa', 'home.communeCode': '14797',
      'home.communeName': 'Phường Hạc Thành', 'home.street': 'Số 12 Lê Lai',
    });
    expect(form.checkValidity()).to.equal(true);

    form.querySelector('fieldset')!.disabled = true;
    await el.updateComplete;
    expect(field(el, 'province').disabled && field(el, 'commune').disabled && field(el, 'street').disabled).to.equal(true);
    expect([...new FormData(form).keys()], 'a disabled field submits nothing').to.deep.equal([]);
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect(field(el, 'street').disabled).to.equal(false);

    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal(null);
    expect(field(el, 'province').value).to.equal('');
    expect([...new FormData(form).keys()]).to.deep.equal([]);

    el.formStateRestoreCallback(data, 'restore');
    await el.updateComplete;
    expect(el.value).to.deep.equal(HAC_THANH);
    expect(new FormData(form).get('home.communeCode')).to.equal('14797');
  });

  it('reset goes back to the value attribute', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><dvc-provider .client=${client}>
      <dvc-address-input name="home" value=${JSON.stringify(HAC_THANH)}></dvc-address-input>
    </dvc-provider></form>`);
    const el = form.querySelector('dvc-address-input')!;
    await until(() => !field(el, 'commune').readOnly, 'the communes');
    await choose(el, 'province', 'hue');
    expect(el.value?.provinceCode).to.equal('46');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.deep.equal(HAC_THANH);
  });

  it('the disabled attribute turns every field off', async () => {
    const el = await mount('name="address" disabled');
    expect([field(el, 'province'), field(el, 'commune'), field(el, 'street')].every((f) => f.disabled)).to.equal(true);
    expect(el.matches(':disabled')).to.equal(true);
  });

  it("fires input and change when the person changes it, never for a value set by code, and keeps its fields' own input events inside", async () => {
    const el = await mount();
    const seen: string[] = [];
    for (const kind of ['input', 'change']) {
      document.addEventListener(kind, (e) => {
        if (e.composedPath()[0] === el) seen.push(`${kind}:${el.value?.provinceCode ?? ''}|${el.value?.communeCode ?? ''}|${el.value?.street ?? ''}`);
        else if (e.target === el) seen.push(`${kind}:leaked`);
      });
    }
    el.value = HAC_THANH;
    await el.updateComplete;
    el.value = null;
    await el.updateComplete;
    expect(seen, 'nothing for code').to.deep.equal([]);
    await typeInto(el, 'province', 'thanh hoa');
    expect(seen, 'typing in a combobox does not change the address').to.deep.equal([]);
    await press(el, 'Enter');
    expect(seen).to.deep.equal(['input:38||', 'change:38||']);
    seen.length = 0;
    await choose(el, 'commune', 'hac');
    expect(seen).to.deep.equal(['input:38|14797|', 'change:38|14797|']);
    seen.length = 0;
    await typeInto(el, 'street', 'Số 1');
    expect(seen).to.deep.equal(['input:38|14797|S', 'input:38|14797|Số', 'input:38|14797|Số ', 'input:38|14797|Số 1']);
    await leave(el);
    expect(seen.at(-1)).to.equal('change:38|14797|Số 1');
  });
});

describe('<dvc-address-input>: checks and messages', () => {
  it('checks when the person leaves the address, not while they type, and clears as soon as it is fixed', async () => {
    const el = await mount('name="address" required');
    await typeInto(el, 'province', 'thanh');
    expect(errorText(el), 'not while typing the first time').to.equal('');
    await press(el, 'Tab'); // to the commune field: still inside the address
    await el.updateComplete;
    expect(errorText(el), 'moving between its fields is not leaving').to.equal('');
    await leave(el);
    expect(errorText(el)).to.equal('Lỗi: Tỉnh, thành phố: Vui lòng nhập mục này.');
    expect(el.errorCode).to.equal('required');
    expect(field(el, 'province').getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, 'commune').getAttribute('aria-invalid')).to.equal('false');
    expect(field(el, 'province').getAttribute('aria-describedby')).to.equal('error');
    expect(root(el).getElementById('error')!.querySelector('.visually-hidden')!.textContent).to.equal('Lỗi:');
    await expectAccessible(el);

    await choose(el, 'province', 'thanh hoa');
    expect(errorText(el), 'the next missing part, at once').to.equal('Lỗi: Xã, phường, đặc khu: Vui lòng nhập mục này.');
    expect(field(el, 'commune').getAttribute('aria-invalid')).to.equal('true');
    await choose(el, 'commune', 'ham rong');
    expect(errorText(el)).to.equal('Lỗi: Số nhà, đường, thôn, xóm: Vui lòng nhập mục này.');
    await typeInto(el, 'street', 'T');
    expect(errorText(el), 'cleared on the first key that fixes it').to.equal('');
    expect(el.errorCode).to.equal(null);
  });

  it('every missing part and its message, in vi and en, through validate()', async () => {
    const el = await mount('name="address" required');
    const messages = async () => {
      el.setAttribute('lang', 'vi');
      await until(() => errorText(el).startsWith('Lỗi:'), 'the Vietnamese message');
      const vi = errorText(el);
      el.setAttribute('lang', 'en');
      await until(() => errorText(el).startsWith('Error:'), 'the English message');
      return [vi, errorText(el), el.errorCode];
    };
    expect(el.validate()).to.equal(false);
    expect(await messages()).to.deep.equal([
      'Lỗi: Tỉnh, thành phố: Vui lòng nhập mục này.', 'Error: Province or city: Enter this answer.', 'required',
    ]);
    el.value = { ...HAC_THANH, communeCode: '', communeName: '', street: '' };
    await el.updateComplete;
    expect(await messages()).to.deep.equal([
      'Lỗi: Xã, phường, đặc khu: Vui lòng nhập mục này.', 'Error: Commune, ward or special zone: Enter this answer.', 'required',
    ]);
    el.value = { ...HAC_THANH, street: '  ' };
    await el.updateComplete;
    expect(await messages()).to.deep.equal([
      'Lỗi: Số nhà, đường, thôn, xóm: Vui lòng nhập mục này.', 'Error: House number, street, village or hamlet: Enter this answer.', 'required',
    ]);
    expect(el.validationMessage).to.equal('House number, street, village or hamlet: Enter this answer.');
    el.value = HAC_THANH;
    await el.updateComplete;
    expect(el.validate()).to.equal(true);
    expect(errorText(el)).to.equal('');
  });

  it('not required: empty is fine, but an address begun must be finished', async () => {
    const el = await mount();
    expect(el.validate()).to.equal(true);
    expect(el.errorCode).to.equal(null);
    await typeInto(el, 'street', 'Thôn Đông');
    expect(el.validate()).to.equal(false);
    expect(el.errorCode).to.equal('required');
    await el.updateComplete;
    expect(errorText(el)).to.equal('Lỗi: Tỉnh, thành phố: Vui lòng nhập mục này.');
  });

  it('focus() goes to the first field in error, else to the province', async () => {
    const el = await mount('name="address" required');
    el.focus();
    expect(root(el).activeElement).to.equal(field(el, 'province'));
    el.value = { ...HAC_THANH, street: '' };
    el.validate();
    await el.updateComplete;
    el.focus();
    expect(root(el).activeElement).to.equal(field(el, 'street'));
    field(el, 'street').blur();
    el.reportValidity();
    expect(root(el).activeElement, 'reportValidity points at the field in error').to.equal(field(el, 'street'));
  });

  it('shows an error set from outside beside the fields, and its own check wins once it runs', async () => {
    const el = await mount('name="address" lang="en"');
    el.error = 'The server could not find this address.';
    await el.updateComplete;
    expect(errorText(el)).to.equal('Error: The server could not find this address.');
    expect([field(el, 'province'), field(el, 'commune'), field(el, 'street')].map((f) => f.getAttribute('aria-invalid'))).to.deep.equal(['true', 'true', 'true']);
    await typeInto(el, 'street', 'x');
    el.validate();
    await el.updateComplete;
    expect(errorText(el)).to.equal('Error: Province or city: Enter this answer.');
  });
});

describe('<dvc-address-input>: loading', () => {
  it('a province list that failed to load says so, and retry loads it', async () => {
    freshPortal({ failure: 'server-error' });
    const provider = await fixture<HTMLElement>(html`<dvc-provider .client=${client}><dvc-address-input></dvc-address-input></dvc-provider>`);
    const el = provider.querySelector('dvc-address-input')!;
    await until(() => root(el).querySelector('[part~="retry"]'), 'the retry');
    expect(root(el).querySelector('[part~="state"]')!.getAttribute('role')).to.equal('alert');
    expect(field(el, 'province').readOnly).to.equal(true);
    portal.options.failure = null;
    root(el).querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await until(() => !field(el, 'province').readOnly, 'the list after the retry');
    expect(root(el).querySelector('[part~="state"]')).to.equal(null);
  });

  it("communes that failed to load say so under the commune field, and retry loads them", async () => {
    let fail = true;
    portal.routes.push((request, url) =>
      fail && url.pathname.endsWith('/administrative-units/38')
        ? new Response(JSON.stringify({ type: 'about:blank', title: 'Lỗi', status: 500, code: 'internal_error' }), {
            status: 500, headers: { 'content-type': 'application/problem+json' },
          })
        : undefined,
    );
    const el = await mount();
    await choose(el, 'province', 'thanh hoa');
    await until(() => root(el).querySelector('[part~="retry"]'), 'the retry');
    expect(root(el).querySelector('[part~="state"]')!.textContent).to.contain('Không tải được danh sách xã, phường, đặc khu.');
    fail = false;
    root(el).querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await until(() => !field(el, 'commune').readOnly, 'the communes after the retry');
  });

  it('without a client it says the shared not-configured sentence', async () => {
    const el = await fixture<DvcAddressInput>(html`<dvc-address-input lang="en"></dvc-address-input>`);
    await until(() => root(el).querySelector('[part~="state"]'), 'the state');
    expect(root(el).querySelector('[part~="state"]')!.textContent).to.contain('No connection to the public-service portal is configured');
  });
});
