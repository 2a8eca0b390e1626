/// <reference types="mocha" />
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@dvc-kit/elements/search';
import type { DvcProcedureSearch } from '@dvc-kit/elements/search/component';
import type { DvcProcedureDetail } from '@dvc-kit/elements/detail/component';
import { expectAccessible } from '@dvc-kit/testing/expect-accessible';

declare global {
  interface Window {
    __DVC_SANDBOX_URL__: string;
  }
}

// <dvc-procedure-search> against the real sandbox portal (scripts/browser-tests.mjs starts it), driven
// with the keyboard the way a person would: no fake fetch, no fake data.
const BIRTH_REGISTRATION = '1.001193';
const BIRTH_REGISTRATION_NAME = 'Thủ tục đăng ký khai sinh';

/** Generous waits: the sandbox shares two cores with other work. */
const wait = (test: () => unknown, message: string, timeout = 8000) => waitUntil(test, message, { timeout });

const root = (el: Element) => el.shadowRoot!;
const input = (el: DvcProcedureSearch) => root(el).querySelector('input')!;
const options = (el: DvcProcedureSearch) => [...root(el).querySelectorAll<HTMLElement>('[role="option"]')];
const liveText = (el: DvcProcedureSearch) => root(el).querySelector('[role="status"]')?.textContent ?? '';

async function mount(): Promise<DvcProcedureSearch> {
  const base = window.__DVC_SANDBOX_URL__;
  expect(base, 'run through scripts/browser-tests.mjs, which starts the sandbox').to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
  const el = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search api-base=${base} lang="vi"></dvc-procedure-search>`);
  await el.updateComplete;
  return el;
}

async function type(el: DvcProcedureSearch, text: string): Promise<void> {
  input(el).focus();
  await sendKeys({ type: text });
}

describe('<dvc-procedure-search> against the running sandbox', () => {
  it('suggests birth registration for "dang ky khai sinh" with its Vietnamese name highlighted; ArrowDown + Enter chooses it', async () => {
    const el = await mount();
    await type(el, 'dang ky khai sinh');
    await wait(() => options(el).some((o) => o.textContent?.includes(BIRTH_REGISTRATION)), 'no suggestion for 1.001193 from the sandbox');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    const option = options(el).find((o) => o.textContent?.includes(BIRTH_REGISTRATION))!;
    expect(option.querySelector('.name')!.textContent).to.equal(BIRTH_REGISTRATION_NAME);
    // Typed without diacritics, highlighted on the accented words.
    expect([...option.querySelectorAll('mark')].map((m) => m.textContent).join(' ')).to.equal('đăng ký khai sinh');
    await wait(() => /Có \d+ gợi ý/.test(liveText(el)), 'the suggestion count is not announced');
    await expectAccessible(el);

    const opened = oneEvent(el, 'dvc-procedure-open');
    const changed = oneEvent(el, 'change');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const active = root(el).getElementById(input(el).getAttribute('aria-activedescendant') ?? '');
    expect(active?.textContent, 'ArrowDown makes the first suggestion active').to.contain(BIRTH_REGISTRATION);
    await sendKeys({ press: 'Enter' });
    expect((await opened).detail).to.deep.equal({ code: BIRTH_REGISTRATION, name: BIRTH_REGISTRATION_NAME });
    await changed;
    expect(el.value).to.equal(BIRTH_REGISTRATION);
    expect(input(el).value).to.equal(BIRTH_REGISTRATION_NAME);
    expect(root(el).activeElement, 'focus stays in the field').to.equal(input(el));
    await wait(() => liveText(el).includes(`Đã chọn: ${BIRTH_REGISTRATION_NAME}`), 'the choice is not announced');

    // The detail loads from the sandbox; its "Apply online" button (keyboard) fires dvc-procedure-select.
    const detail = await wait(() => root(el).querySelector('dvc-procedure-detail'), 'no detail').then(
      () => root(el).querySelector('dvc-procedure-detail') as DvcProcedureDetail,
    );
    await wait(() => detail.shadowRoot?.querySelector('[part="start"]'), 'the detail did not load from the sandbox');
    expect(detail.shadowRoot!.textContent).to.contain(BIRTH_REGISTRATION_NAME);
    const selected = oneEvent(el, 'dvc-procedure-select');
    detail.shadowRoot!.querySelector<HTMLButtonElement>('[part="start"]')!.focus();
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ code: BIRTH_REGISTRATION });
    await expectAccessible(el);
  });

  it('Enter in the field shows the sandbox’s results with the total and facets', async () => {
    const el = await mount();
    const searched = oneEvent(el, 'dvc-search');
    await type(el, 'dang ky khai sinh');
    await sendKeys({ press: 'Enter' });
    const event = await searched;
    expect(event.detail.query).to.equal('dang ky khai sinh');
    expect(event.detail.total).to.be.at.least(1);
    await wait(() => root(el).querySelector('[part="result"]'), 'no results from the sandbox');
    const total = root(el).querySelector('[part="total"]')!.textContent!;
    expect(total).to.equal(`Tìm thấy ${event.detail.total.toLocaleString('vi-VN')} thủ tục cho “dang ky khai sinh”`);
    const results = [...root(el).querySelectorAll('[part="result"]')].map((r) => r.textContent ?? '');
    expect(results.some((r) => r.includes(BIRTH_REGISTRATION) && r.includes(BIRTH_REGISTRATION_NAME))).to.equal(true);
    // Facets come from the sandbox's answer: the field of birth registration is there, with its count.
    const field = root(el).querySelector<HTMLSelectElement>('#facet-field')!;
    expect([...field.options].map((o) => o.textContent?.trim() ?? '')).to.satisfy((labels: string[]) => labels.some((l) => /^Hộ tịch \(\d+\)$/.test(l)));
    for (const id of ['facet-level', 'facet-onlineLevel', 'facet-agency']) {
      expect(root(el).querySelector<HTMLSelectElement>(`#${id}`)!.options.length, id).to.be.greaterThan(1);
    }
    await wait(() => liveText(el).includes('Tìm thấy'), 'the total is not announced');
    await expectAccessible(el);
  });
});
