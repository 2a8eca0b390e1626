/// <reference types="mocha" />
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { fold } from '@dvc-kit/client/text';
import './define.js';
import '../provider/define.js';
import { expectAccessible } from '@dvc-kit/testing/expect-accessible';
import { fakeCatalogPerTest, wait } from '@dvc-kit/testing/element-helpers';
import { FAKE_PORTAL_BASE } from '@dvc-kit/testing/fake-portal';
import type { DvcProcedureSearch } from './dvc-procedure-search.component.js';
import type { DvcProcedureDetail } from '../procedure-detail/dvc-procedure-detail.component.js';
import { LONG_NAME } from '@dvc-kit/testing/fake-catalog';

const fake = fakeCatalogPerTest();

async function mount(opts: { lang?: string; attrs?: string; pageSize?: number; debounce?: number; theme?: string } = {}) {
  const provider = await fixture(html`<dvc-provider .client=${fake.client} lang=${opts.lang ?? 'vi'}>
    <dvc-procedure-search
      debounce=${opts.debounce ?? 120}
      page-size=${opts.pageSize ?? 10}
      theme=${opts.theme ?? 'light'}
    ></dvc-procedure-search>
  </dvc-provider>`);
  const el = provider.querySelector('dvc-procedure-search') as DvcProcedureSearch;
  await el.updateComplete;
  return el;
}
const root = (el: Element) => el.shadowRoot!;
const input = (el: DvcProcedureSearch) => root(el).querySelector('input') as HTMLInputElement;
const options = (el: DvcProcedureSearch) => [...root(el).querySelectorAll('[role="option"]')] as HTMLElement[];
const liveText = (el: DvcProcedureSearch) => root(el).querySelector('[role="status"]')!.textContent ?? '';
const searches = () => fake.portal.log.filter((r) => r.url.pathname === '/api/v1/procedures');

async function typeInto(el: DvcProcedureSearch, text: string) {
  el.focus();
  await sendKeys({ type: text });
}
async function openSuggestions(el: DvcProcedureSearch, text: string) {
  await typeInto(el, text);
  // Wait for the answer to the whole text, not to a prefix typed on a slow machine.
  const words = fold(text).split(/\s+/).filter(Boolean);
  const current = () => options(el).length > 0 && options(el).every((o) => words.every((w) => fold(o.textContent ?? '').includes(w)));
  await wait(current, `no suggestions for ${text}`, { timeout: 6000 });
}
async function press(key: string) {
  await sendKeys({ press: key });
}
async function runFullSearch(el: DvcProcedureSearch, text: string) {
  await typeInto(el, text);
  await press('Enter');
  await wait(() => root(el).querySelector('[part="total"]')?.textContent?.includes('Tìm thấy') || root(el).querySelector('[part="message"]'), 'no results', { timeout: 3000 });
  await el.updateComplete;
}

describe('<dvc-procedure-search> combobox', () => {
  it('is a labelled, described, collapsed combobox at first, and accessible', async () => {
    const el = await mount();
    const field = input(el);
    expect(field.getAttribute('role')).to.equal('combobox');
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(field.getAttribute('aria-autocomplete')).to.equal('list');
    expect(field.getAttribute('aria-controls')).to.equal('listbox');
    expect(root(el).querySelector('label[for="input"]')!.textContent).to.equal('Tìm thủ tục hành chính');
    expect(root(el).getElementById(field.getAttribute('aria-describedby')!)!.textContent).to.contain('không dấu');
    await expectAccessible(el);
  });

  it('suggests as you type, without diacritics, highlighting with <mark> and announcing the count', async () => {
    const el = await mount();
    await openSuggestions(el, 'dang ky khai sinh');
    const field = input(el);
    expect(field.getAttribute('aria-expanded')).to.equal('true');
    const first = options(el)[0]!;
    expect(first.textContent).to.contain('Thủ tục đăng ký khai sinh');
    const marks = [...first.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks.join(' ')).to.equal('đăng ký khai sinh');
    expect(first.getAttribute('aria-setsize')).to.equal(String(options(el).length));
    await wait(() => liveText(el).includes('gợi ý'));
    expect(liveText(el)).to.contain(`Có ${options(el).length} gợi ý`);
    await expectAccessible(el);
  });

  it('debounces typing into one request and updates the count when the text changes', async () => {
    const el = await mount({ debounce: 400 });
    await openSuggestions(el, 'khai sinh');
    expect(searches()).to.have.length(1);
    const before = options(el).length;
    await sendKeys({ type: ' ket hop' });
    await wait(() => options(el).length !== before, 'suggestions did not update');
    expect(options(el)).to.have.length(1);
    await wait(() => liveText(el).includes('Có 1 gợi ý'));
    expect(searches()).to.have.length(2);
  });

  it('aborts a stale request and never shows its answer', async () => {
    // Long enough that every request for the old text is still in flight when the text changes.
    fake.portal.options.latencyMs = 1000;
    const el = await mount({ debounce: 10 });
    await typeInto(el, 'ho chieu');
    // A busy machine types slower than the 10 ms debounce: several requests may start; each is stale.
    await wait(() => searches().length >= 1);
    await sendKeys({ press: 'Backspace' });
    for (let i = 0; i < 'ho chieu'.length; i++) await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'ket hon' });
    await wait(() => options(el).length > 0, 'no suggestions', { timeout: 5000 });
    const stale = searches().filter((r) => (r.url.searchParams.get('q') ?? '').startsWith('ho'));
    expect(stale.length).to.be.greaterThan(0);
    expect(stale.every((r) => r.aborted), 'every request for the old text was aborted').to.equal(true);
    expect(options(el)[0]!.textContent).to.contain('kết hôn');
    expect(root(el).textContent).not.to.contain('hộ chiếu');
  });

  it('answers a repeated query from the cache', async () => {
    const el = await mount();
    await openSuggestions(el, 'ket hon');
    for (let i = 0; i < 7; i++) await press('Backspace');
    await wait(() => options(el).length === 0);
    await sendKeys({ type: 'KẾT HÔN' });
    await wait(() => options(el).length > 0 && input(el).value === 'KẾT HÔN');
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Upper case and diacritics fold to the cached key: only the first 'ket hon' reached the network.
    const sameQuery = searches().filter((r) => fold(r.url.searchParams.get('q') ?? '') === 'ket hon');
    expect(sameQuery).to.have.length(1);
  });

  it('follows the APG keys: Down, Up, Home, End, Escape, Alt+Down', async () => {
    const el = await mount();
    await openSuggestions(el, 'khai');
    const field = input(el);
    const n = options(el).length;
    expect(n).to.be.greaterThan(2);
    const activeId = () => field.getAttribute('aria-activedescendant');
    await press('ArrowDown');
    expect(activeId()).to.equal('opt-0');
    expect(options(el)[0]!.getAttribute('aria-selected')).to.equal('true');
    await press('ArrowDown');
    expect(activeId()).to.equal('opt-1');
    await press('ArrowUp');
    await press('ArrowUp');
    expect(activeId()).to.equal(`opt-${n - 1}`); // wraps
    await press('Home');
    expect(activeId()).to.equal('opt-0');
    await press('End');
    expect(activeId()).to.equal(`opt-${n - 1}`);
    await press('Escape');
    await el.updateComplete;
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(field.hasAttribute('aria-activedescendant')).to.equal(false);
    expect(field.value).to.equal('khai');
    await press('Alt+ArrowDown');
    await el.updateComplete;
    expect(field.getAttribute('aria-expanded')).to.equal('true');
    expect(field.hasAttribute('aria-activedescendant')).to.equal(false);
    await press('Escape');
    await press('Escape');
    await el.updateComplete;
    expect(field.value).to.equal('');
    expect(el.shadowRoot!.activeElement).to.equal(field);
  });

  it('Enter chooses the active suggestion: value set, focus kept, choice announced, detail shown', async () => {
    const el = await mount();
    await openSuggestions(el, 'ket hon');
    await press('ArrowDown');
    const opened = oneEvent(el, 'dvc-procedure-open');
    const changed = oneEvent(el, 'change');
    await press('Enter');
    expect((await opened).detail).to.deep.equal({ code: '1.000894', name: 'Thủ tục đăng ký kết hôn' });
    await changed;
    await el.updateComplete;
    expect(el.value).to.equal('1.000894');
    expect(input(el).value).to.equal('Thủ tục đăng ký kết hôn');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).activeElement).to.equal(input(el));
    await wait(() => liveText(el).includes('Đã chọn: Thủ tục đăng ký kết hôn'));
    const detail = root(el).querySelector('dvc-procedure-detail') as DvcProcedureDetail;
    expect(detail.code).to.equal('1.000894');
    await wait(() => detail.shadowRoot!.querySelector('article'));
    await expectAccessible(el);
  });

  it('a click on a suggestion chooses it and keeps focus in the field', async () => {
    const el = await mount();
    await openSuggestions(el, 'ly lich tu phap');
    options(el)[0]!.click();
    await el.updateComplete;
    expect(el.value).to.equal('1.001978');
    expect(root(el).activeElement).to.equal(input(el));
  });

  it('says when nothing matches, and when suggestions cannot load offline', async () => {
    const el = await mount();
    await typeInto(el, 'xyzxyz');
    await wait(() => liveText(el).includes('Không có gợi ý'));
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    fake.portal.options.failure = 'offline';
    await sendKeys({ type: 'a' });
    await wait(() => root(el).querySelector('[part="suggest-status"]'));
    expect(root(el).querySelector('[part="suggest-status"]')!.textContent).to.contain('ngoại tuyến');
    await expectAccessible(el);
  });
});

describe('<dvc-procedure-search> results', () => {
  it('shows totals, facets, results and fires dvc-search', async () => {
    const el = await mount();
    const searched = oneEvent(el, 'dvc-search');
    await runFullSearch(el, 'ho tich');
    const event = await searched;
    expect(event.detail.query).to.equal('ho tich');
    expect(event.detail.total).to.be.greaterThan(3);
    expect(root(el).querySelector('[part="total"]')!.textContent).to.contain(`Tìm thấy ${event.detail.total} thủ tục`);
    const selects = [...root(el).querySelectorAll('select')];
    expect(selects.map((s) => s.id)).to.include.members(['facet-field', 'facet-level', 'facet-onlineLevel', 'facet-agency']);
    expect(root(el).querySelectorAll('[part="result"]').length).to.equal(Math.min(10, event.detail.total));
    await wait(() => liveText(el).includes('Tìm thấy'));
    await expectAccessible(el);
  });

  it('filters by a facet with a new request', async () => {
    const el = await mount();
    await runFullSearch(el, 'dang ky');
    const select = root(el).querySelector('#facet-onlineLevel') as HTMLSelectElement;
    select.value = 'partial';
    select.dispatchEvent(new Event('change'));
    await wait(() => searches().some((r) => r.url.searchParams.get('onlineLevel') === 'partial'));
    await wait(() => [...root(el).querySelectorAll('[part="result"]')].every((r) => r.textContent!.includes('Một phần')));
    expect((root(el).querySelector('#facet-onlineLevel') as HTMLSelectElement).value).to.equal('partial');
  });

  it('pages through results and moves focus to the results heading', async () => {
    const el = await mount({ pageSize: 3 });
    await runFullSearch(el, 'thu tuc');
    const pager = root(el).querySelector('[part="pagination"]')!;
    expect(pager.textContent).to.contain('Trang 1 /');
    const [prev, next] = [...pager.querySelectorAll('button')];
    expect(prev!.disabled).to.equal(true);
    next!.click();
    await wait(() => root(el).querySelector('[part="pagination"]')!.textContent!.includes('Trang 2 /'));
    await wait(() => root(el).activeElement?.id === 'results-heading');
    expect(searches().at(-1)!.url.searchParams.get('page')).to.equal('2');
  });

  it('opens a result in the detail view and returns focus to it on Back', async () => {
    const el = await mount();
    await runFullSearch(el, 'ket hon');
    const link = root(el).querySelector('[part="result-link"]') as HTMLButtonElement;
    link.click();
    const detail = await wait(() => root(el).querySelector('dvc-procedure-detail')).then(
      () => root(el).querySelector('dvc-procedure-detail') as DvcProcedureDetail,
    );
    await wait(() => detail.shadowRoot!.activeElement?.part.contains('title'), 'focus did not reach the detail title', { timeout: 3000 });
    const selected = oneEvent(el, 'dvc-procedure-select');
    (detail.shadowRoot!.querySelector('[part="start"]') as HTMLButtonElement).click();
    expect((await selected).detail.code).to.equal('1.000894');
    (root(el).querySelector('[part="back"]') as HTMLButtonElement).click();
    await wait(() => (root(el).activeElement as HTMLElement | null)?.dataset.code === '1.000894');
  });

  it('shows no-results with tips', async () => {
    const el = await mount();
    await runFullSearch(el, 'khong co thu tuc nay');
    expect(root(el).querySelector('[part="message"]')!.textContent).to.contain('Không tìm thấy thủ tục nào phù hợp');
    await expectAccessible(el);
  });

  it('shows the error state with a working retry', async () => {
    fake.portal.options.failure = 'server-error';
    const el = await mount();
    await typeInto(el, 'khai sinh');
    await press('Enter');
    await wait(() => root(el).querySelector('[part="message"] [part="state"][role="alert"]'));
    // The shared server-failure sentence (the search no longer carries its own).
    expect(root(el).querySelector('[part="message"]')!.textContent).to.contain('Cổng dịch vụ công đang gặp sự cố');
    await expectAccessible(el);
    fake.portal.options.failure = null;
    (root(el).querySelector('[part="retry"]') as HTMLButtonElement).click();
    await wait(() => root(el).querySelector('[part="result"]'));
  });

  it('shows the offline state and reloads when the browser is back online', async () => {
    fake.portal.options.failure = 'offline';
    const el = await mount();
    await typeInto(el, 'ho chieu');
    await press('Enter');
    await wait(() => root(el).querySelector('[part="message"] [part="state"].offline'));
    await expectAccessible(el);
    fake.portal.options.failure = null;
    window.dispatchEvent(new Event('online'));
    await wait(() => root(el).querySelector('[part="result"]'));
  });

  it('shows a loading state while searching', async () => {
    fake.portal.options.latencyMs = 400;
    const el = await mount();
    await typeInto(el, 'can cuoc');
    await press('Enter');
    await wait(() => root(el).querySelector('[part="results"][aria-busy="true"]'));
    expect(root(el).querySelector('[part="total"]')!.textContent).to.contain('Đang tìm kiếm');
    await expectAccessible(el);
  });

  it('wraps a 1,100-character name in a 320 px container, dark theme', async () => {
    const el = await mount({ theme: 'dark' });
    el.style.width = '320px';
    await runFullSearch(el, 'giay chung nhan quyen su dung dat');
    const names = [...root(el).querySelectorAll('[part="result-link"]')].map((b) => b.textContent!.trim());
    expect(names).to.include(LONG_NAME);
    expect(el.scrollWidth).to.be.at.most(320);
    const longLink = [...root(el).querySelectorAll('[part="result-link"]')].find((b) => b.textContent!.trim() === LONG_NAME)!;
    expect(longLink.getBoundingClientRect().height).to.be.below(120); // clamped to three lines
    await expectAccessible(el);
  });

  it('speaks English under lang="en"', async () => {
    const el = await mount({ lang: 'en' });
    expect(root(el).querySelector('label')!.textContent).to.equal('Search administrative procedures');
    await openSuggestions(el, 'khai sinh');
    await wait(() => liveText(el).includes('suggestions'));
    await press('Enter');
    await wait(() => root(el).querySelector('[part="total"]')?.textContent?.includes('procedures found'));
    expect(root(el).querySelector('#facet-level')!.textContent).to.contain('Commune');
    await expectAccessible(el);
  });

  it('says "1 procedure found" and "1 suggestion" in English (plural rules, not a bare "s")', async () => {
    const el = await mount({ lang: 'en' });
    await openSuggestions(el, 'khai sinh ket hop');
    expect(options(el)).to.have.length(1);
    await wait(() => liveText(el).includes('suggestion'));
    expect(liveText(el)).to.contain('1 suggestion.');
    await press('Enter');
    await wait(() => /found/.test(root(el).querySelector('[part="total"]')?.textContent ?? ''), 'no total');
    const total = root(el).querySelector('[part="total"]')!.textContent!;
    expect(total).to.match(/^1 procedure found for “khai sinh ket hop”$/);
    await wait(() => liveText(el).includes('found'));
    expect(liveText(el)).to.equal('1 procedure found.');
  });
});

describe('<dvc-procedure-search> media and configuration', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  });

  it('follows a dark system theme with theme="auto" and stays accessible', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await mount({ theme: 'auto' });
    await openSuggestions(el, 'khai');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await press('ArrowDown');
    await expectAccessible(el);
  });

  it('keeps the active suggestion and marks visible in forced-colors mode', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await mount();
    await openSuggestions(el, 'khai sinh');
    await press('ArrowDown');
    const active = options(el)[0]!;
    expect(getComputedStyle(active).forcedColorAdjust).to.equal('none');
    expect(getComputedStyle(active.querySelector('mark')!).forcedColorAdjust).to.equal('none');
    await expectAccessible(el);
  });

  it('works from an api-base attribute alone (the real client, global fetch)', async () => {
    const original = window.fetch;
    window.fetch = fake.portal.fetch;
    try {
      const el = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search api-base=${FAKE_PORTAL_BASE} debounce="300"></dvc-procedure-search>`);
      await runFullSearch(el, 'ho chieu');
      const last = searches().at(-1)!;
      expect(last.url.origin + last.url.pathname).to.equal(`${FAKE_PORTAL_BASE}/api/v1/procedures`);
      expect(last.url.searchParams.get('q')).to.equal('ho chieu');
      expect(root(el).querySelector('[part="result"]')!.textContent).to.contain('hộ chiếu');
    } finally {
      window.fetch = original;
    }
  });

  it('says so when no data source is configured', async () => {
    const el = await fixture<DvcProcedureSearch>(html`<dvc-procedure-search></dvc-procedure-search>`);
    await el.search('khai sinh');
    await el.updateComplete;
    expect(root(el).querySelector('[part="message"]')!.textContent).to.contain('Chưa cấu hình');
    await expectAccessible(el);
  });
});

describe('<dvc-procedure-search> forms and URL', () => {
  it('is form-associated: submits the chosen code under its name, resets, validates required', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <dvc-provider .client=${fake.client}><dvc-procedure-search name="procedure" required debounce="150"></dvc-procedure-search></dvc-provider>
    </form>`);
    const el = form.querySelector('dvc-procedure-search') as DvcProcedureSearch;
    await el.updateComplete;
    expect(el.form).to.equal(form);
    expect(el.checkValidity()).to.equal(false);
    expect(new FormData(form).get('procedure')).to.equal(null);
    await openSuggestions(el, 'khai tu');
    await press('ArrowDown');
    await press('Enter');
    await el.updateComplete;
    expect(new FormData(form).get('procedure')).to.equal('1.000656');
    expect(el.checkValidity()).to.equal(true);
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(new FormData(form).get('procedure')).to.equal(null);
  });

  it('a disabled fieldset disables the field and the Search button; the validation message says what is missing', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset>
      <dvc-provider .client=${fake.client}><dvc-procedure-search name="procedure" required></dvc-procedure-search></dvc-provider>
    </fieldset></form>`);
    const el = form.querySelector('dvc-procedure-search') as DvcProcedureSearch;
    await el.updateComplete;
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Hãy tìm và chọn một thủ tục.');
    form.querySelector('fieldset')!.disabled = true;
    await el.updateComplete;
    expect(input(el).disabled).to.equal(true);
    expect((root(el).querySelector('[part="submit"]') as HTMLButtonElement).disabled).to.equal(true);
    expect(el.willValidate).to.equal(false);
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect(input(el).disabled).to.equal(false);
  });

  it('removing the element aborts its full search in flight', async () => {
    fake.portal.options.latencyMs = 400;
    const el = await mount();
    void el.search('khai sinh');
    await wait(() => searches().length === 1);
    el.remove();
    await wait(() => searches()[0]!.aborted, 'the request was not aborted');
  });

  it('sync-url writes the search to the URL and restores it', async () => {
    const original = location.href;
    try {
      const first = await fixture<HTMLElement>(html`<dvc-provider .client=${fake.client}><dvc-procedure-search sync-url debounce="150"></dvc-procedure-search></dvc-provider>`);
      const el = first.querySelector('dvc-procedure-search') as DvcProcedureSearch;
      await el.updateComplete;
      await runFullSearch(el, 'ket hon');
      expect(new URL(location.href).searchParams.get('q')).to.equal('ket hon');
      (root(el).querySelector('[part="result-link"]') as HTMLButtonElement).click();
      await wait(() => new URL(location.href).searchParams.get('procedure') === '1.000894');

      const second = await fixture<HTMLElement>(html`<dvc-provider .client=${fake.client}><dvc-procedure-search sync-url></dvc-procedure-search></dvc-provider>`);
      const restored = second.querySelector('dvc-procedure-search') as DvcProcedureSearch;
      await wait(() => root(restored).querySelector('dvc-procedure-detail'));
      expect((root(restored).querySelector('dvc-procedure-detail') as DvcProcedureDetail).code).to.equal('1.000894');
      expect(input(restored).value).to.equal('ket hon');
    } finally {
      history.replaceState(null, '', original);
    }
  });
});
