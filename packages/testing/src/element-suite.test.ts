/// <reference types="mocha" />
// The shared suite's own checks must be able to fail: each one against a small element that
// breaks it on purpose.
import { expect, fixture, html } from '@open-wc/testing';
import { headingLevels, readableText, renderedParts } from './element-suite.js';
import { inFlightFetch } from './in-flight-fetch.js';
import { describeControl, keyboardControls, tabThrough } from './keyboard.js';
import { until } from './until.js';

/** A custom element whose shadow root holds `markup`; `setup` may add listeners to it. */
function shadowElement(tag: string, markup: string, setup: (root: ShadowRoot) => void = () => {}): void {
  if (customElements.get(tag)) return;
  customElements.define(
    tag,
    class extends HTMLElement {
      constructor() {
        super();
        const root = this.attachShadow({ mode: 'open' });
        root.innerHTML = markup;
        setup(root);
      }
    },
  );
}

shadowElement(
  'suite-fine',
  `<h3>Title</h3><div role="heading" aria-level="4" part="sub">Sub</div>
   <button part="a">One</button><a href="#x" title="Link">Link</a>
   <input type="radio" name="r" aria-label="r1" checked><input type="radio" name="r" aria-label="r2">
   <button disabled>Off</button><div tabindex="-1" part="focus-target">Target</div>
   <button hidden>Hidden</button>`,
);
// Tab is swallowed on its first button: focus never gets out (a keyboard trap).
shadowElement('suite-trap', `<button id="first">First</button><button id="second">Second</button>`, (root) =>
  root.getElementById('first')!.addEventListener('keydown', (e) => e.key === 'Tab' && e.preventDefault()),
);

describe('the shared element suite: its checks', () => {
  it('counts controls meant for the keyboard: not disabled, hidden or taken out of the tab order', async () => {
    const el = await fixture<HTMLElement>(html`<suite-fine></suite-fine>`);
    expect(keyboardControls(el.shadowRoot!).map(describeControl)).to.deep.equal([
      '<button part="a"> "One"',
      '<a> "Link"',
      '<input> "r1"',
      '<input> "r2"',
    ]);
  });

  it('Tab reaches every control (one stop per radio group) and leaves', async () => {
    const el = await fixture<HTMLElement>(html`<suite-fine></suite-fine>`);
    const walk = await tabThrough(el);
    expect(walk.missed).to.deep.equal([]);
    expect(walk.leftTheElement).to.equal(true);
  });

  it('finds a keyboard trap and the controls behind it', async () => {
    const el = await fixture<HTMLElement>(html`<suite-trap></suite-trap>`);
    const walk = await tabThrough(el);
    expect(walk.missed.map((c) => c.id)).to.deep.equal(['second']);
    expect(walk.leftTheElement).to.equal(false);
  });

  it('reads heading levels, parts and text from a shadow root', async () => {
    const el = await fixture<HTMLElement>(html`<suite-fine></suite-fine>`);
    expect(headingLevels(el.shadowRoot!)).to.deep.equal([3, 4]);
    expect([...renderedParts(el.shadowRoot!)].sort()).to.deep.equal(['a', 'focus-target', 'sub']);
    expect(readableText(el.shadowRoot!)).to.include('Title').and.include('r1');
  });

  it('the in-flight fetch holds requests until their signal aborts, and tells which', async () => {
    const portal = inFlightFetch();
    const client = portal.client();
    const kept = new AbortController();
    const dropped = new AbortController();
    const first = client.procedures.get('1.001193', { signal: kept.signal }).catch((e: unknown) => e);
    const second = client.procedures.get('1.000894', { signal: dropped.signal }).catch((e: unknown) => e);
    await until(() => portal.requests.length === 2, 'two requests');
    dropped.abort();
    expect(((await second) as { code?: string }).code).to.equal('aborted');
    expect(portal.requests.map((r) => r.signal.aborted)).to.deep.equal([false, true]);
    kept.abort();
    await first;
  });

  it('until says what it waited for, computed when it gives up', async () => {
    let seen = 'nothing yet';
    setTimeout(() => (seen = 'something else'), 10);
    const error = await until(() => false, () => `saw ${seen}`, 100).catch((e: Error) => e);
    expect((error as Error).message).to.match(/Timed out after 100 ms: saw something else/);
  });
});
