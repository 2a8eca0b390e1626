/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { PortalError } from '@dvc-kit/client';
import { expectAccessible } from '@dvc-kit/testing/expect-accessible';
import { notConfiguredError, type FailureKind } from './failure.js';
import { failureStrings } from './failure.strings.js';
import { PortalTask, TaskStatus, initialState } from './portal-task.js';
import { stateViewStyles } from './state-view.js';
import { tokens, baseStyles } from '../theme/tokens.js';

type Result = string | typeof initialState;

/** One call of the task function, settled by the test (an abort rejects it as the client would). */
interface Call {
  code: string;
  signal: AbortSignal;
  resolve(value: Result): void;
  reject(error: unknown): void;
}

const portalError = (status: number, code: string) => new PortalError({ status, code, title: code });

/** Loads `code` through a PortalTask and shows the value, with the default pending and error views. */
class TaskHost extends LitElement {
  static override styles = [tokens, baseStyles, stateViewStyles];
  @property() code = 'a';
  readonly calls: Call[] = [];
  readonly errors: Array<{ error: unknown; kind: FailureKind }> = [];
  readonly task = new PortalTask(this, {
    args: () => [this.code] as const,
    task: ([code], signal) =>
      new Promise<Result>((resolve, reject) => {
        this.calls.push({ code, signal, resolve, reject });
        signal.addEventListener('abort', () => reject(portalError(0, 'aborted')));
      }),
    onError: (error, kind) => this.errors.push({ error, kind }),
  });

  get last(): Call {
    const call = this.calls[this.calls.length - 1];
    if (!call) throw new Error('the task never ran');
    return call;
  }

  protected override render() {
    return this.task.render({ complete: (value) => html`<p class="value">${value}</p>` });
  }
}
customElements.define('test-portal-task-host', TaskHost);

/** Runs only when asked, and renders failures itself. */
class ManualTaskHost extends LitElement {
  runs = 0;
  readonly task = new PortalTask(this, {
    args: () => ['x'] as const,
    task: async () => {
      this.runs++;
      throw portalError(409, 'conflict');
    },
    autoRun: false,
    locale: () => 'en',
  });

  protected override render() {
    return this.task.render({
      initial: () => html`<p class="initial">idle</p>`,
      complete: () => html`<p>done</p>`,
      error: (_error, kind) => html`<p class="failure">${kind}</p>`,
    });
  }
}
customElements.define('test-portal-task-manual-host', ManualTaskHost);

const wait = (test: () => unknown, message: string) => waitUntil(test, message, { timeout: 3000 });
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement | null;
const settle = async (el: LitElement) => {
  await new Promise((r) => setTimeout(r, 30));
  await el.updateComplete;
};

async function mount(lang = 'vi'): Promise<TaskHost> {
  const el = await fixture<TaskHost>(html`<test-portal-task-host lang=${lang}></test-portal-task-host>`);
  await wait(() => el.calls.length === 1, 'the task did not run');
  return el;
}

describe('PortalTask', () => {
  it('hands its signal to the task function and aborts it when the host leaves the page', async () => {
    const el = await mount();
    const first = el.last;
    expect(first.code).to.equal('a');
    expect(first.signal).to.be.instanceOf(AbortSignal);
    expect(first.signal.aborted).to.equal(false);
    const parent = el.parentElement!;
    el.remove();
    expect(first.signal.aborted).to.equal(true);
    await settle(el);
    expect(el.task.failure).to.equal('aborted');

    // Back on the page: the aborted load runs again, with a fresh signal.
    parent.append(el);
    await wait(() => el.calls.length === 2, 'the task did not run again after reconnecting');
    expect(el.last.signal.aborted).to.equal(false);
    el.last.resolve('A');
    await wait(() => $(el, '.value'), 'no value');
    expect($(el, '.value')!.textContent).to.equal('A');
  });

  it('aborts the running load when the arguments change, and shows only the newer result', async () => {
    const el = await mount();
    const first = el.last;
    el.code = 'b';
    await wait(() => el.calls.length === 2, 'the task did not run for the new code');
    expect(first.signal.aborted).to.equal(true);
    const second = el.last;
    expect(second.code).to.equal('b');
    expect(second.signal.aborted).to.equal(false);
    first.resolve('stale A');
    second.resolve('B');
    await wait(() => $(el, '.value'), 'no value');
    await settle(el);
    expect($(el, '.value')!.textContent).to.equal('B');
    expect(el.task.value).to.equal('B');
  });

  it('renders pending, complete and error with the state view, and retries from the error', async () => {
    const el = await mount();
    expect(el.task.status).to.equal(TaskStatus.PENDING);
    expect($(el, '[part="state"]')!.getAttribute('role')).to.equal('status');
    expect($(el, '[part="state"]')!.textContent!.trim()).to.equal(failureStrings.vi.loading);
    await expectAccessible(el);

    el.last.reject(portalError(500, 'internal_error'));
    await wait(() => $(el, '[role="alert"]'), 'no error shown');
    expect(el.task.status).to.equal(TaskStatus.ERROR);
    expect($(el, '[part="state"] p')!.textContent).to.equal(failureStrings.vi.failure.server);
    await expectAccessible(el);

    ($(el, '[part="retry"]') as HTMLButtonElement).click();
    await wait(() => el.calls.length === 2, 'retry did not run the task');
    el.last.resolve('after retry');
    await wait(() => $(el, '.value'), 'no value after retry');
    expect(el.task.status).to.equal(TaskStatus.COMPLETE);
    expect(el.task.failure).to.equal(null);
    expect($(el, '[part="state"]')).to.equal(null);
  });

  it('speaks the host’s language in its default views', async () => {
    const el = await mount('en');
    expect($(el, '[part="state"]')!.textContent!.trim()).to.equal('Loading…');
    el.last.reject(portalError(0, 'network'));
    await wait(() => $(el, '[role="alert"]'), 'no error shown');
    expect($(el, '[part="state"] p')!.textContent).to.equal(failureStrings.en.failure.offline);
    expect($(el, '[part="retry"]')!.textContent!.trim()).to.equal('Try again');
  });

  it('exposes the failure kind, and offers no retry where it cannot help', async () => {
    const el = await mount();
    const notFound = portalError(404, 'procedure_not_found');
    el.last.reject(notFound);
    await wait(() => $(el, '[role="alert"]'), 'no error shown');
    expect(el.task.failure).to.equal('not_found');
    expect(el.task.error).to.equal(notFound);
    expect(el.errors).to.deep.equal([{ error: notFound, kind: 'not_found' }]);
    expect($(el, '[part="state"] p')!.textContent).to.equal(failureStrings.vi.failure.not_found);
    expect($(el, '[part="retry"]')).to.equal(null);

    el.code = 'b';
    await wait(() => el.calls.length === 2, 'no second run');
    expect(el.task.failure, 'no failure while loading').to.equal(null);
    el.last.reject(notConfiguredError());
    await wait(() => el.task.failure === 'not_configured', 'not classified as not configured');
    await el.updateComplete;
    expect($(el, '[part="state"]')!.classList.contains('not_configured')).to.equal(true);
    expect($(el, '[part="retry"]')).to.equal(null);
  });

  it('runs again by itself when the browser comes back online after an offline failure', async () => {
    const el = await mount();
    el.last.reject(portalError(0, 'network'));
    await wait(() => el.task.failure === 'offline', 'not offline');
    window.dispatchEvent(new Event('online'));
    await wait(() => el.calls.length === 2, 'the online event did not run the task');
    el.last.resolve('back');
    await wait(() => $(el, '.value'), 'no value after coming online');
    expect($(el, '.value')!.textContent).to.equal('back');
  });

  it('does not run again on the online event after other failures, nor once removed', async () => {
    const el = await mount();
    el.last.reject(portalError(500, 'internal_error'));
    await wait(() => el.task.failure === 'server', 'not a server failure');
    window.dispatchEvent(new Event('online'));
    await settle(el);
    expect(el.calls).to.have.length(1);

    el.code = 'b';
    await wait(() => el.calls.length === 2, 'no second run');
    el.last.reject(portalError(0, 'timeout'));
    await wait(() => el.task.failure === 'offline', 'a timeout is not offline');
    el.remove();
    window.dispatchEvent(new Event('online'));
    await settle(el);
    expect(el.calls).to.have.length(2);
  });

  it('goes back to the initial state when the task returns initialState', async () => {
    const el = await mount();
    el.last.resolve(initialState);
    await wait(() => el.task.status === TaskStatus.INITIAL, 'not initial');
    await el.updateComplete;
    expect(el.shadowRoot!.children).to.have.length(0);
  });

  it('waits for run() when autoRun is false, and hands custom error views the kind', async () => {
    const el = await fixture<ManualTaskHost>(html`<test-portal-task-manual-host></test-portal-task-manual-host>`);
    await settle(el);
    expect(el.runs).to.equal(0);
    expect($(el, '.initial')).to.not.equal(null);
    await el.task.run();
    await el.updateComplete;
    expect(el.runs).to.equal(1);
    expect($(el, '.failure')!.textContent).to.equal('conflict');
    await el.task.retry();
    expect(el.runs).to.equal(2);
  });
});
