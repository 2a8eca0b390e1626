/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { baseStyles } from '../theme/tokens.js';
import { LiveAnnouncer, type LiveAnnouncerOptions } from './live-announcer.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Waits for a region to show `text` (generous: the machine may be busy), failing with what it shows. */
const shows = (region: () => string, text: string) =>
  waitUntil(() => region() === text, `expected the region to show "${text}"`, { timeout: 3000 });

class TestAnnouncing extends LitElement {
  static override styles = baseStyles;
  static options: LiveAnnouncerOptions = {};
  readonly announcer = new LiveAnnouncer(this, (this.constructor as typeof TestAnnouncing).options);

  protected override render() {
    return html`<p>Field</p>${this.announcer.render()}`;
  }
}
class QuickAnnouncing extends TestAnnouncing {
  static override options: LiveAnnouncerOptions = { delay: 30 };
}
class GappedAnnouncing extends TestAnnouncing {
  static override options: LiveAnnouncerOptions = { delay: 0, gap: 400 };
}
customElements.define('dvc-test-announcing', TestAnnouncing);
customElements.define('dvc-test-quick-announcing', QuickAnnouncing);
customElements.define('dvc-test-gapped-announcing', GappedAnnouncing);

const politeRegion = (el: Element) => el.shadowRoot!.querySelector('[aria-live="polite"]') as HTMLElement;
const assertiveRegion = (el: Element) => el.shadowRoot!.querySelector('[aria-live="assertive"]') as HTMLElement;
const polite = (el: Element) => politeRegion(el).textContent ?? '';
const assertive = (el: Element) => assertiveRegion(el).textContent ?? '';

describe('LiveAnnouncer', () => {
  it('renders a polite status region and an assertive one, empty and visually hidden, from the first render', async () => {
    const el = await fixture<TestAnnouncing>(html`<dvc-test-announcing></dvc-test-announcing>`);
    expect(politeRegion(el).getAttribute('role')).to.equal('status');
    expect(politeRegion(el).getAttribute('aria-atomic')).to.equal('true');
    expect(assertiveRegion(el).getAttribute('aria-atomic')).to.equal('true');
    expect(polite(el)).to.equal('');
    expect(assertive(el)).to.equal('');
    expect(politeRegion(el).getBoundingClientRect().width).to.be.at.most(1);
  });

  it('waits 150 ms by default before a message reaches the region (the keystroke echo first)', async () => {
    const el = await fixture<TestAnnouncing>(html`<dvc-test-announcing></dvc-test-announcing>`);
    el.announcer.polite('Có 3 gợi ý.');
    await sleep(60);
    expect(polite(el), 'still echoing the keystroke').to.equal('');
    await shows(() => polite(el), 'Có 3 gợi ý.');
  });

  it('speaks the same message twice: the region changes each time', async () => {
    const el = await fixture<QuickAnnouncing>(html`<dvc-test-quick-announcing></dvc-test-quick-announcing>`);
    const changes: string[] = [];
    const observer = new MutationObserver(() => changes.push(polite(el)));
    observer.observe(politeRegion(el), { childList: true, characterData: true, subtree: true });
    for (let i = 1; i <= 3; i++) {
      el.announcer.polite('Không có gợi ý.');
      await waitUntil(() => changes.length >= i, `announcement ${i} did not change the region`, { timeout: 3000 });
    }
    observer.disconnect();
    const seen = [...new Set(changes)];
    expect(changes.length, 'three announcements, three changes').to.be.at.least(3);
    expect([...new Set(seen.map((t) => t.trim()))], 'the same words each time').to.deep.equal(['Không có gợi ý.']);
    expect(seen.length, 'consecutive texts differ so each is read').to.equal(2);
  });

  it('a newer message without a key replaces an unspoken older one', async () => {
    const el = await fixture<QuickAnnouncing>(html`<dvc-test-quick-announcing></dvc-test-quick-announcing>`);
    el.announcer.polite('Có 8 gợi ý.');
    el.announcer.polite('Có 2 gợi ý.');
    await shows(() => polite(el), 'Có 2 gợi ý.');
    await sleep(60);
    expect(polite(el), 'the older one never follows').to.equal('Có 2 gợi ý.');
  });

  it('keyed messages: newest per key replaces the unspoken one, other keys are spoken together after the gap', async () => {
    const el = await fixture<GappedAnnouncing>(html`<dvc-test-gapped-announcing></dvc-test-gapped-announcing>`);
    el.announcer.polite('a.pdf: 25%', 'a.pdf');
    await shows(() => polite(el), 'a.pdf: 25%');
    el.announcer.polite('a.pdf: 50%', 'a.pdf');
    el.announcer.polite('b.pdf started', 'b.pdf');
    el.announcer.polite('a.pdf: 75%', 'a.pdf');
    await sleep(100);
    expect(polite(el), 'nothing more within the gap').to.equal('a.pdf: 25%');
    await shows(() => polite(el), 'a.pdf: 75% b.pdf started');
  });

  it('assertive messages go to their own region and leave the polite one alone', async () => {
    const el = await fixture<QuickAnnouncing>(html`<dvc-test-quick-announcing></dvc-test-quick-announcing>`);
    el.announcer.polite('Có 3 gợi ý.');
    await shows(() => polite(el), 'Có 3 gợi ý.');
    el.announcer.assertive('Không tải được gợi ý.');
    await shows(() => assertive(el), 'Không tải được gợi ý.');
    expect(polite(el)).to.equal('Có 3 gợi ý.');
  });

  it('clear() empties both regions and drops what was not yet spoken', async () => {
    const el = await fixture<QuickAnnouncing>(html`<dvc-test-quick-announcing></dvc-test-quick-announcing>`);
    el.announcer.assertive('Lỗi.');
    await shows(() => assertive(el), 'Lỗi.');
    el.announcer.polite('Đã chọn.');
    el.announcer.clear();
    await sleep(80);
    expect(polite(el)).to.equal('');
    expect(assertive(el)).to.equal('');
  });

  it('a removed host speaks nothing it had queued', async () => {
    const el = await fixture<QuickAnnouncing>(html`<dvc-test-quick-announcing></dvc-test-quick-announcing>`);
    const parent = el.parentElement!;
    el.announcer.polite('Đã chọn thủ tục.');
    el.remove();
    await sleep(80);
    parent.append(el);
    await el.updateComplete;
    await sleep(80);
    expect(polite(el)).to.equal('');
  });
});
