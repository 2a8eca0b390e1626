/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { property } from 'lit/decorators.js';
import { DvcBaseElement } from '../base/dvc-base-element.js';
import { expectAccessible } from '@dvc-kit/testing/expect-accessible';
import { isRetryable, type FailureKind } from './failure.js';
import { failureStrings } from './failure.strings.js';
import { stateView, stateViewStyles, type ViewState } from './state-view.js';

/** Renders one state through the state view, as an element would. */
class StateViewHost extends DvcBaseElement {
  static override styles = [DvcBaseElement.styles, stateViewStyles];
  @property() state: ViewState = 'loading';
  @property({ attribute: false }) message: string | undefined = undefined;
  @property({ attribute: false }) retryable: boolean | undefined = undefined;
  @property({ type: Boolean, attribute: 'no-retry' }) noRetry = false;
  @property({ attribute: false }) parts: string | undefined = undefined;
  retries = 0;

  protected override render() {
    return stateView(this.state, {
      locale: this.locale,
      ...(this.noRetry ? {} : { retry: () => this.retries++ }),
      ...(this.message === undefined ? {} : { message: this.message }),
      ...(this.retryable === undefined ? {} : { retryable: this.retryable }),
      ...(this.parts === undefined ? {} : { parts: this.parts }),
    });
  }
}
customElements.define('test-state-view-host', StateViewHost);

const FAILURES: Array<Exclude<FailureKind, 'aborted'>> = [
  'offline', 'not_configured', 'not_found', 'signed_out', 'forbidden', 'rate_limited', 'validation', 'conflict', 'server',
];

async function mount(state: ViewState, lang: 'vi' | 'en' = 'vi', theme: 'light' | 'dark' = 'light') {
  return fixture<StateViewHost>(html`<test-state-view-host lang=${lang} theme=${theme} .state=${state}
    ><button slot="sign-in" type="button">Đăng nhập</button></test-state-view-host
  >`);
}
const box = (el: StateViewHost) => el.shadowRoot!.querySelector('[part~="state"]') as HTMLElement | null;
const retryButton = (el: StateViewHost) => el.shadowRoot!.querySelector('[part~="retry"]') as HTMLButtonElement | null;

describe('stateView()', () => {
  it('shows loading as a status message, in Vietnamese and English', async () => {
    const vi = await mount('loading');
    expect(box(vi)!.getAttribute('role')).to.equal('status');
    expect(box(vi)!.classList.contains('message')).to.equal(true);
    expect(box(vi)!.classList.contains('loading')).to.equal(true);
    expect(box(vi)!.textContent!.trim()).to.equal('Đang tải…');
    expect(retryButton(vi)).to.equal(null);
    await expectAccessible(vi);
    const en = await mount('loading', 'en');
    expect(box(en)!.textContent!.trim()).to.equal('Loading…');
  });

  for (const lang of ['vi', 'en'] as const) {
    it(`shows every failure as an alert with its sentence (${lang}), with retry only where it helps`, async () => {
      for (const kind of FAILURES) {
        const el = await mount(kind, lang);
        const state = box(el)!;
        expect(state.getAttribute('role'), kind).to.equal('alert');
        expect([...state.classList], kind).to.include.members(['message', kind]);
        expect(state.querySelector('p')!.textContent, kind).to.equal(failureStrings[lang].failure[kind]);
        const retry = retryButton(el);
        expect(retry !== null, `${kind} retry`).to.equal(isRetryable(kind));
        if (retry) {
          expect(retry.textContent!.trim()).to.equal(lang === 'vi' ? 'Thử lại' : 'Try again');
          expect(retry.type).to.equal('button');
          expect([...retry.classList]).to.include.members(['btn', 'secondary']);
        }
        await expectAccessible(el);
      }
    });
  }

  it('says what is not configured and offers no retry', async () => {
    const el = await mount('not_configured');
    expect(box(el)!.textContent).to.contain('Chưa cấu hình kết nối cổng dịch vụ công');
    expect(retryButton(el)).to.equal(null);
    const en = await mount('not_configured', 'en');
    expect(box(en)!.textContent).to.contain('No connection to the public-service portal is configured');
  });

  it('calls back when retry is pressed', async () => {
    const el = await mount('offline');
    retryButton(el)!.click();
    retryButton(el)!.click();
    expect(el.retries).to.equal(2);
  });

  it('shows no retry without a callback, and follows an explicit retryable', async () => {
    const el = await mount('server');
    el.noRetry = true;
    await el.updateComplete;
    expect(retryButton(el)).to.equal(null);
    el.noRetry = false;
    el.retryable = false;
    await el.updateComplete;
    expect(retryButton(el)).to.equal(null);
    el.state = 'not_found';
    el.retryable = true;
    await el.updateComplete;
    expect(retryButton(el)).to.not.equal(null);
  });

  it("says the element's own sentence when it has one", async () => {
    const el = await mount('not_found');
    el.message = 'Không tìm thấy thủ tục có mã 9.999999.';
    await el.updateComplete;
    expect(box(el)!.textContent!.trim()).to.equal('Không tìm thấy thủ tục có mã 9.999999.');
  });

  it('asks to sign in, then shows the sign-in slot', async () => {
    const el = await mount('sign_in');
    const state = box(el)!;
    expect(state.hasAttribute('role')).to.equal(false);
    expect([...state.classList]).to.include.members(['message', 'sign_in']);
    expect(state.textContent!.trim()).to.equal('Vui lòng đăng nhập để tiếp tục.');
    const slot = el.shadowRoot!.querySelector('slot[name="sign-in"]') as HTMLSlotElement;
    expect(state.compareDocumentPosition(slot) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Đăng nhập']);
    await expectAccessible(el);
    const en = await mount('sign_in', 'en');
    expect(box(en)!.textContent!.trim()).to.equal('Please sign in to continue.');
  });

  it('adds the element\'s own part names to the wrapper', async () => {
    const el = await fixture<StateViewHost>(html`<test-state-view-host></test-state-view-host>`);
    el.state = 'not_configured';
    el.parts = 'error';
    await el.updateComplete;
    expect(box(el)!.getAttribute('part')).to.equal('state error');
    el.parts = undefined;
    await el.updateComplete;
    expect(box(el)!.getAttribute('part')).to.equal('state');
  });

  it('renders nothing for an aborted load', async () => {
    const el = await mount('aborted');
    expect(box(el)).to.equal(null);
  });

  it('is accessible in the dark theme', async () => {
    for (const state of ['loading', 'offline', 'server', 'sign_in'] as const) {
      await expectAccessible(await mount(state, 'vi', 'dark'));
    }
  });
});
