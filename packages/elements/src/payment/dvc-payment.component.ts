import { webUrl } from '../base/web-url.js';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PortalClient } from '@dvc-kit/client';
import type { Dossier, Payment } from '@dvc-kit/spec';
import { DvcElement } from '../base/dvc-element.js';
import { classifyFailure, errorDetail, notConfiguredError } from '../controllers/failure.js';
import { PortalTask, TaskStatus, initialState } from '../controllers/portal-task.js';
import { stateView, stateViewStyles } from '../controllers/state-view.js';
import { formatDateTime, formatMoney } from '../i18n/format.js';
import { newIdempotencyKey } from '../dossier/dossier-api.js';
import { dossierStyles } from '../dossier/dossier.styles.js';
import { paymentStrings } from './dvc-payment.strings.js';
import { paymentStyles } from './dvc-payment.styles.js';
import '../dossier/events.js';

/** Where the payment is; 'idle' until the dossier is known. Loading and load failures are the loader's. */
type Phase =
  | 'idle' | 'nothing' | 'due' | 'starting' | 'redirecting' | 'waiting' | 'blocked'
  | 'confirming' | 'succeeded' | 'failed' | 'cancelled' | 'closed' | 'start-failed';

/** What a load brings: the dossier, and the payment a redirect came back from, as the portal reports it. */
interface Loaded {
  dossier: Dossier;
  returned: Payment | null;
}

/** Query parameters the payment page adds to the return URL. */
const RETURN_PARAMS = ['paymentId', 'status'];

/**
 * `<dvc-payment dossier-code="...">`: pays the fees of a dossier that awaits payment.
 *
 * Shows the fees, starts a payment (idempotency key per attempt), sends the
 * person to the payment page by redirect (default) or in a popup, then
 * confirms the result with the portal (never trusting the redirect alone)
 * and shows the receipt. Declined and cancelled payments are explained and
 * can be tried again. `<dvc-dossier-status>` embeds it with `.dossier`.
 *
 * @fires dvc-payment-complete - the payment reached a final state
 * @fires dvc-error - something failed (detail.code is stable)
 * @csspart base - the payment panel
 * @csspart heading - its heading (`heading-level`)
 * @csspart state - the loading, error and not-configured messages
 * @csspart retry - the retry button of a failed load
 * @csspart fees - the fee table
 * @csspart hint - what happens when the person pays
 * @csspart pay-button - the pay button
 * @csspart notice - the progress and outcome messages (waiting, declined, cancelled, popup blocked)
 * @csspart receipt - the payment receipt
 * @csspart print - the print-receipt button
 */
export class DvcPayment extends DvcElement {
  static override styles = [DvcElement.styles, dossierStyles, paymentStyles, stateViewStyles];

  /** Dossier code or id to load. Not needed when `dossier` is set. */
  @property({ attribute: 'dossier-code' }) dossierCode = '';

  /** The dossier itself, when the page already has it. */
  @property({ attribute: false }) dossier: Dossier | null = null;

  /** 'redirect' (the whole page goes to the payment page and comes back) or 'popup'. */
  @property() mode: 'redirect' | 'popup' = 'redirect';

  /** Where the payment page sends the person back; default: this page. */
  @property({ attribute: 'return-url' }) returnUrl = '';

  /** How often (ms) to ask the portal about a payment in progress. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 1500;

  /** Level of the heading. Default 2; `<dvc-dossier-status>` sets it to fit under its own. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private phase: Phase = 'idle';
  @state() private payment: Payment | null = null;
  @state() private loaded: Dossier | null = null;

  private attemptKey: string | null = null;
  private popup: Window | null = null;
  private pollTimer: ReturnType<typeof setTimeout> | null = null;
  /** Aborts the payment calls (start, polls) when the element leaves the page. */
  private calls = new AbortController();

  /** Loads the dossier (unless given) and confirms a payment the person was redirected back from. */
  private readonly loader = new PortalTask<readonly [Dossier | null, string, PortalClient | null], Loaded>(this, {
    args: () => [this.dossier, this.dossierCode, this.client] as const,
    task: async ([given, code, client], signal) => {
      if (!client) throw notConfiguredError();
      const dossier = given ?? (code ? await client.dossiers.get(code, { signal }) : null);
      if (!dossier) return initialState;
      const returned = this.returnedPaymentId();
      if (!returned || !dossier.payments.some((p) => p.id === returned)) return { dossier, returned: null };
      this.loaded = dossier;
      this.phase = 'confirming';
      this.clearReturnParams();
      return { dossier, returned: await client.payments.get(returned, { signal }) };
    },
    onComplete: ({ dossier, returned }) => {
      this.loaded = dossier;
      if (returned) this.settle(returned);
      else this.showDue(dossier);
    },
    onError: (error, kind) => {
      if (this.phase === 'confirming') this.phase = 'idle';
      if (kind !== 'aborted' && kind !== 'not_configured') this.fail(error);
    },
    locale: () => this.locale,
  });

  /** The dossier whose fees are shown: the one given, else the one loaded by code. */
  private get current(): Dossier | null {
    return this.dossier ?? this.loaded;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.calls.signal.aborted) this.calls = new AbortController();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopPolling();
    this.calls.abort();
  }

  /** Offers to pay, or says nothing is due, unless a payment is under way. */
  private showDue(dossier: Dossier): void {
    if (this.phase === 'waiting' || this.phase === 'starting' || this.phase === 'confirming') return;
    const latest = [...dossier.payments].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).pop() ?? null;
    if (latest?.status === 'succeeded') {
      this.payment = latest;
      this.phase = 'succeeded';
    } else if (dossier.status === 'awaiting_payment') {
      this.payment = latest;
      // Keep an outcome the person just saw; otherwise offer to pay.
      if (!['failed', 'cancelled', 'closed', 'start-failed', 'blocked'].includes(this.phase)) this.phase = 'due';
    } else {
      this.phase = 'nothing';
    }
  }

  private returnedPaymentId(): string | null {
    try {
      return new URL(globalThis.location.href).searchParams.get('paymentId');
    } catch {
      return null;
    }
  }

  /** The status in the return URL is only a hint: it is removed and the portal asked instead. */
  private clearReturnParams(): void {
    const url = new URL(globalThis.location.href);
    RETURN_PARAMS.forEach((p) => url.searchParams.delete(p));
    globalThis.history?.replaceState(globalThis.history.state, '', url.href);
  }

  private get amount(): { amount: number; currency: 'VND' | 'USD' } {
    const fees = this.current?.fees ?? [];
    return { amount: fees.reduce((n, f) => n + f.amount, 0), currency: fees[0]?.currency ?? 'VND' };
  }

  private defaultReturnUrl(): string {
    if (this.returnUrl) return this.returnUrl;
    const url = new URL(globalThis.location.href);
    RETURN_PARAMS.forEach((p) => url.searchParams.delete(p));
    return url.href;
  }

  private async pay(): Promise<void> {
    const client = this.client;
    const dossier = this.current;
    if (!client || !dossier) return;
    // Open the window inside the click, or the browser blocks it; it gets its address below.
    if (this.mode === 'popup') this.popup = globalThis.open?.('', 'dvc-payment', 'popup,width=520,height=720') ?? null;
    this.attemptKey ??= newIdempotencyKey();
    this.phase = 'starting';
    let payment: Payment;
    try {
      payment = await client.payments.initiate(
        { dossierId: dossier.id, returnUrl: this.defaultReturnUrl() },
        { idempotencyKey: this.attemptKey, signal: this.calls.signal },
      );
    } catch (error) {
      this.popup?.close();
      this.popup = null;
      // Removed from the page while starting: nobody is left to tell; back, it offers to pay again (same key).
      if (classifyFailure(error) === 'aborted') {
        this.phase = 'due';
        return;
      }
      this.phase = 'start-failed';
      this.fail(error);
      return;
    }
    // Only ever navigate to an http(s) payment page: a javascript: redirectUrl from a hostile API
    // would run in this page the moment it is assigned.
    const target = webUrl(payment.redirectUrl, client.apiUrl);
    if (!target) {
      this.popup?.close();
      this.popup = null;
      this.phase = 'start-failed';
      return;
    }
    this.payment = payment;
    if (this.mode === 'redirect') {
      this.phase = 'redirecting';
      globalThis.location.assign(target);
      return;
    }
    if (!this.popup) {
      this.phase = 'blocked';
    } else {
      this.popup.location.href = target;
      this.phase = 'waiting';
    }
    this.poll();
  }

  private poll(): void {
    this.stopPolling();
    this.pollTimer = setTimeout(async () => {
      const client = this.client;
      const payment = this.payment;
      if (!client || !payment) return;
      const closed = this.popup?.closed ?? false;
      try {
        const current = await client.payments.get(payment.id, { signal: this.calls.signal });
        if (current.status !== 'initiated') {
          this.settle(current);
          return;
        }
        if (closed && this.phase === 'waiting') {
          this.phase = 'closed';
          this.attemptKey = null;
          return;
        }
      } catch {
        // A missed poll is not a failure: the next one asks again.
      }
      this.poll();
    }, this.pollInterval);
  }

  private stopPolling(): void {
    if (this.pollTimer) clearTimeout(this.pollTimer);
    this.pollTimer = null;
  }

  private settle(payment: Payment): void {
    this.stopPolling();
    if (this.popup && !this.popup.closed) this.popup.close();
    this.popup = null;
    this.payment = payment;
    if (payment.status === 'initiated') {
      this.phase = 'due';
      return;
    }
    this.phase = payment.status;
    // The next attempt is a new payment: a new key.
    this.attemptKey = null;
    this.emit('dvc-payment-complete', {
      paymentId: payment.id, dossierId: payment.dossierId, status: payment.status, reference: payment.reference,
    });
  }

  private fail(error: unknown): void {
    this.emit('dvc-error', errorDetail(error, 'dvc-payment'));
  }

  // ---- rendering ----

  protected override render(): TemplateResult {
    const t = this.strings(paymentStrings);
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    return html`<section part="base" class="panel" aria-labelledby="pay-heading">
      <div part="heading" class="heading" role="heading" aria-level=${level} id="pay-heading">${t.heading}</div>
      ${this.renderBody()}
    </section>`;
  }

  private renderBody(): TemplateResult {
    const locale = this.locale;
    if (!this.client) return html`${stateView('not_configured', { locale })}`;
    const failure = this.loader.failure;
    if (failure && failure !== 'aborted') {
      return html`${stateView(failure, { locale, retry: () => void this.loader.retry() })}`;
    }
    // The dossier is not known yet (or reloads for a new one): loading; a known one keeps its phase.
    if (this.phase === 'idle' || (this.loader.status === TaskStatus.PENDING && !this.current)) {
      return html`${stateView('loading', { locale })}`;
    }
    return this.renderPhase();
  }


  private renderFees(): TemplateResult {
    const t = this.strings(paymentStrings);
    const fees = (this.current?.fees ?? []).filter((f) => f.amount > 0);
    const total = this.amount;
    // The agency set the amount on the payment itself: the dossier lists no priced fee.
    if (fees.length === 0) return html`<p>${this.payment ? t.pay(formatMoney(this.payment.amount, this.payment.currency, this.locale)) : t.amountOnPaymentPage}</p>`;
    return html`<table part="fees">
      <thead><tr><th scope="col">${t.item}</th><th scope="col" class="num">${t.amount}</th></tr></thead>
      <tbody>
        ${fees.map((f) => html`<tr><td>${f.name}</td><td class="num">${formatMoney(f.amount, f.currency, this.locale)}</td></tr>`)}
      </tbody>
      <tfoot><tr><th scope="row">${t.total}</th><td class="num">${formatMoney(total.amount, total.currency, this.locale)}</td></tr></tfoot>
    </table>`;
  }

  private payButton(label: string): TemplateResult {
    const t = this.strings(paymentStrings);
    return html`<p part="hint" class="muted" id="pay-hint">${t.payHint} ${this.mode === 'popup' ? t.popupHint : ''}</p>
      <div class="actions">
        <button type="button" class="btn" part="pay-button" aria-describedby="pay-hint" @click=${() => this.pay()}>${label}</button>
      </div>`;
  }

  private renderPhase(): TemplateResult {
    const t = this.strings(paymentStrings);
    const total = formatMoney(this.amount.amount, this.amount.currency, this.locale);
    switch (this.phase) {
      case 'idle':
        return html`${stateView('loading', { locale: this.locale })}`;
      case 'nothing':
        return html`<p>${t.nothingDue}</p>`;
      case 'due':
        return html`${this.renderFees()}${this.payButton(this.amount.amount > 0 ? t.pay(total) : t.payNoAmount)}`;
      case 'starting':
        return html`${this.renderFees()}<p part="notice" role="status">${t.starting}</p>`;
      case 'redirecting':
        return html`<p part="notice" role="status">${t.redirecting}</p>`;
      case 'waiting':
        return html`${this.renderFees()}<p part="notice" role="status">${t.waiting}</p>`;
      case 'blocked':
        return html`${this.renderFees()}
          <p part="notice" class="message warning" role="alert">
            <span>${t.popupBlocked}</span>
            <a href=${webUrl(this.payment?.redirectUrl, this.client?.apiUrl) ?? '#'} target="_blank" rel="noopener">${t.openPaymentPage}</a>
          </p>`;
      case 'confirming':
        return html`<p part="notice" role="status">${t.confirming}</p>`;
      case 'succeeded':
        return this.renderReceipt();
      case 'failed':
      case 'cancelled':
      case 'closed':
      case 'start-failed': {
        const text = { failed: t.failed, cancelled: t.cancelled, closed: t.closed, 'start-failed': t.startFailed }[this.phase];
        return html`${this.renderFees()}
          <p part="notice" class="message ${this.phase === 'failed' || this.phase === 'start-failed' ? '' : 'warning'}" role="alert">${text}</p>
          ${this.payButton(t.tryAgain)}`;
      }
    }
  }

  private renderReceipt(): TemplateResult {
    const t = this.strings(paymentStrings);
    const p = this.payment;
    if (!p) return html``;
    return html`<div part="receipt">
      <p class="message success" role="status">${t.succeeded}</p>
      <dl class="summary">
        <dt>${t.receiptReference}</dt><dd class="code">${p.reference}</dd>
        <dt>${t.amount}</dt><dd>${formatMoney(p.amount, p.currency, this.locale)}</dd>
        ${p.completedAt ? html`<dt>${t.receiptTime}</dt><dd>${formatDateTime(p.completedAt, this.locale)}</dd>` : nothing}
      </dl>
      <div class="actions">
        <button part="print" type="button" class="btn secondary" @click=${() => globalThis.print?.()}>${t.print}</button>
      </div>
    </div>`;
  }
}
