/// <reference types="mocha" />
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import { expectAccessible } from '@dvc-kit/testing/expect-accessible';
import { wait } from '@dvc-kit/testing/element-helpers';
import '../provider/define.js';
import type { DvcLogin } from './dvc-login.component.js';
import type { Session } from '../context/portal-api.js';
import { FakeAuth } from '@dvc-kit/testing/fake-auth';
import { maskId } from './mask.js';

const hoa: Session = {
  me: {
    sub: 'citizen-038190001234', accountType: 'citizen', name: 'Lê Thị Hoa', idNumber: '038190001234', taxCode: null,
    birthDate: '1990-04-12', email: 'hoa.le@example.vn', phone: '0912345678', acr: 'LoA2',
  },
  expiresAt: null,
};
const company: Session = {
  me: {
    sub: 'biz-0101234567', accountType: 'business', name: 'Công ty TNHH Thương mại Dịch vụ Hạc Thành', idNumber: null,
    taxCode: '0101234567', birthDate: null, email: null, phone: null, acr: 'LoA2',
  },
  expiresAt: null,
};

async function mount(auth: FakeAuth, attrs: { mode?: string; lang?: string } = {}) {
  const provider = await fixture(html`<dvc-provider .auth=${auth} lang=${attrs.lang ?? 'vi'}>
    <dvc-login mode=${attrs.mode ?? 'redirect'}></dvc-login>
  </dvc-provider>`);
  const el = provider.querySelector('dvc-login') as DvcLogin;
  await el.updateComplete;
  return el;
}
const part = (el: DvcLogin, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement | null;

describe('<dvc-login>', () => {
  it('importing the class module defines no tag', async () => {
    const mod = await import('./dvc-login.component.js');
    expect(mod.DvcLogin).to.be.a('function');
    // The tag exists only because this file imported ./define.js; the class module itself has no define call.
    expect(customElements.get('dvc-login')).to.equal(mod.DvcLogin);
  });

  it('shows a neutral sign-in button with a hint, and is accessible', async () => {
    const el = await mount(new FakeAuth(hoa));
    const button = part(el, 'button')!;
    expect(button.textContent).to.contain('Đăng nhập bằng định danh điện tử');
    expect(button.getAttribute('aria-describedby')).to.equal('hint');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null); // no logos
    await expectAccessible(el);
  });

  it('popup mode: signs in, shows name and masked ID, fires dvc-session-change, moves focus', async () => {
    const auth = new FakeAuth(hoa);
    const el = await mount(auth, { mode: 'popup' });
    const changed = oneEvent(el, 'dvc-session-change');
    part(el, 'button')!.click();
    const event = await changed;
    expect(event.detail.session?.me.name).to.equal('Lê Thị Hoa');
    expect(event.composed).to.equal(true);
    expect(auth.calls[0]).to.deep.equal({ mode: 'popup', locale: 'vi' });
    await el.updateComplete;
    expect(part(el, 'name')!.textContent).to.equal('Lê Thị Hoa');
    const id = part(el, 'id')!;
    expect(id.textContent).to.contain('038******234');
    expect(id.textContent).not.to.contain('038190001234');
    expect(id.querySelector('.visually-hidden')!.textContent).to.equal('Số định danh kết thúc bằng 234');
    await wait(() => el.shadowRoot!.activeElement === part(el, 'sign-out'), 'focus did not move to sign-out');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Lê Thị Hoa');
    await expectAccessible(el);
  });

  it('redirect mode: the button says it is redirecting and keeps focus (aria-disabled, not disabled)', async () => {
    const auth = new FakeAuth(hoa);
    auth.delayMs = Infinity;
    const el = await mount(auth);
    const button = part(el, 'button') as HTMLButtonElement;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.disabled).to.equal(false);
    expect(button.textContent).to.contain('Đang chuyển');
    expect(el.shadowRoot!.activeElement).to.equal(button);
    button.click(); // a second click does not start a second sign-in
    expect(auth.calls).to.have.length(1);
    await expectAccessible(el);
  });

  it('signs out: fires dvc-session-change with null and returns focus to the sign-in button', async () => {
    const auth = new FakeAuth(hoa, hoa);
    const el = await mount(auth);
    expect(part(el, 'name')!.textContent).to.equal('Lê Thị Hoa');
    const changed = oneEvent(el, 'dvc-session-change');
    part(el, 'sign-out')!.click();
    expect((await changed).detail.session).to.equal(null);
    await wait(() => el.shadowRoot!.activeElement === part(el, 'button'));
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Bạn đã đăng xuất.');
  });

  for (const code of ['provider_unreachable', 'cancelled', 'expired'] as const) {
    it(`shows the ${code} error in an alert with a retry, and fires dvc-auth-error`, async () => {
      const auth = new FakeAuth(hoa);
      auth.failWith = code;
      const el = await mount(auth, { mode: 'popup' });
      const failed = oneEvent(el, 'dvc-auth-error');
      part(el, 'button')!.click();
      expect((await failed).detail.code).to.equal(code);
      await el.updateComplete;
      const alert = part(el, 'error')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      await expectAccessible(el);
      auth.failWith = null;
      part(el, 'retry')!.click();
      await wait(() => part(el, 'name') !== null);
      expect(part(el, 'error')).to.equal(null);
    });
  }

  it('notices when the session expires', async () => {
    const auth = new FakeAuth(hoa, { ...hoa, expiresAt: new Date(Date.now() + 150).toISOString() });
    const el = await mount(auth);
    const changed = oneEvent(el, 'dvc-session-change');
    expect((await changed).detail.session).to.equal(null);
    await el.updateComplete;
    expect(part(el, 'error')!.textContent).to.contain('hết hạn');
  });

  it('follows session changes made elsewhere (another element, another tab)', async () => {
    const auth = new FakeAuth(hoa);
    const el = await mount(auth);
    auth.set(company);
    await el.updateComplete;
    expect(part(el, 'name')!.textContent).to.contain('Hạc Thành');
    expect(part(el, 'id')!.textContent).to.contain('Mã số thuế: 010****567');
  });

  it('speaks English under lang="en", including errors', async () => {
    const auth = new FakeAuth(hoa);
    auth.failWith = 'cancelled';
    const el = await mount(auth, { lang: 'en', mode: 'popup' });
    expect(part(el, 'button')!.textContent).to.contain('Sign in with national e-ID');
    part(el, 'button')!.click();
    await wait(() => part(el, 'error') !== null);
    expect(part(el, 'error')!.textContent).to.contain('You cancelled signing in.');
    await expectAccessible(el);
  });

  it('says so when no auth is configured', async () => {
    const el = await fixture<DvcLogin>(html`<dvc-login></dvc-login>`);
    part(el, 'button')!.click();
    await el.updateComplete;
    expect(part(el, 'error')!.textContent).to.contain('Chưa cấu hình');
    await expectAccessible(el);
  });

  it('is accessible in dark theme and wraps a 1,000-character name in 320 px', async () => {
    const long = 'Nguyễn '.repeat(150).trim();
    const auth = new FakeAuth(hoa, { ...hoa, me: { ...hoa.me, name: long } });
    const el = await mount(auth);
    el.setAttribute('theme', 'dark');
    el.style.width = '320px';
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    expect(part(el, 'name')!.getBoundingClientRect().height).to.be.below(120);
    await expectAccessible(el);
  });

  it('masks IDs keeping only the ends', () => {
    expect(maskId('038190001234')).to.deep.equal({ masked: '038******234', ending: '234' });
    expect(maskId('0101234567-001').masked).to.equal('010********001');
    expect(maskId('1234').masked).to.equal('****');
  });
});
