import { webUrl } from '../base/web-url.js';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Dossier, Payment } from '@dvc-kit/spec';
import { DvcElement } from '../base/dvc-element.js';
import { formatDateTime, formatMoney } from '../i18n/format.js';
import { errorDetail, newIdempotencyKey } from '../dossier/dossier-api.js';
import { dossierStyles } from '../dossier/dossier.styles.js';
import { paymentStrings } from './dvc-payment.strings.js';
import '../dossier/events.js';

type Phase =
  | 'idle' | 'loading' | 'error' | 'nothing' | 'due' | 'starting' | 'redirecting' | 'waiting' | 'blocked'
  | 'confirming' | 'succeeded' | 'failed' | 'cancelled' | 'closed' | 'start-failed';

const paymentStyles = css`
  table {
    border-collapse: collapse;
    width: 100%;
    margin-bottom: var(--_space);
  }
  th,
  td {
    text-align: left;
    padding: var(--_space);
    border-bottom: 1px solid var(--_divider);
  }
  td.num,
  th.num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
    border-bottom: none;
  }
`;

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
 * @csspart receipt - the payment receipt
 * @csspart pay-button - the pay button
 */
export class DvcPayment extends DvcElement {
  static override styles = [DvcElement.styles, dossierStyles, paymentStyles];

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

  @state() private phase: Phase = 'idle';
  @state() private payment: Payment | null = null;

  private attemptKey: string | null = null;
  private popup: Window | null = null;
  private pollTimer: ReturnType<typeof setTimeout> | null = null;
  private loadToken = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopPolling();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('dossier') || changed.has('dossierCode')) void this.load();
  }

  protected override clientChanged(): void {
    super.clientChanged();
    if (this.hasUpdated && !this.dossier) void this.load();
  }

  private async load(): Promise<void> {
    const token = ++this.loadToken;
    const client = this.client;
    if (!client) {
      this.phase = 'error';
      return;
    }
    try {
      let dossier = this.dossier;
      if (!dossier && this.dossierCode) {
        this.phase = 'loading';
        dossier = await client.dossiers.get(this.dossierCode);
        if (token !== this.loadToken) return;
        this.dossier = dossier;
        return; // updated() loads again with the dossier
      }
      if (!dossier) {
        this.phase = 'idle';
        return;
      }
      const returned = this.returnedPaymentId();
      if (returned && dossier.payments.some((p) => p.id === returned)) {
        this.phase = 'confirming';
        this.clearReturnParams();
        const payment = await client.payments.get(returned);
        if (token !== this.loadToken) return;
        this.settle(payment);
        return;
      }
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
    } catch (error) {
      if (token !== this.loadToken) return;
      this.phase = 'error';
      this.fail(error);
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
    const fees = this.dossier?.fees ?? [];
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
    const dossier = this.dossier;
    if (!client || !dossier) return;
    // Open the window inside the click, or the browser blocks it; it gets its address below.
    if (this.mode === 'popup') this.popup = globalThis.open?.('', 'dvc-payment', 'popup,width=520,height=720') ?? null;
    this.attemptKey ??= newIdempotencyKey();
    this.phase = 'starting';
    let payment: Payment;
    try {
      payment = await client.payments.initiate(
        { dossierId: dossier.id, returnUrl: this.defaultReturnUrl() },
        { idempotencyKey: this.attemptKey },
      );
    } catch (error) {
      this.popup?.close();
      this.popup = null;
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
        const current = await client.payments.get(payment.id);
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
    return html`<section class="panel" aria-labelledby="pay-heading">
      <h3 id="pay-heading">${t.heading}</h3>
      ${this.renderPhase()}
    </section>`;
  }

  private renderFees(): TemplateResult {
    const t = this.strings(paymentStrings);
    const fees = (this.dossier?.fees ?? []).filter((f) => f.amount > 0);
    const total = this.amount;
    // The agency set the amount on the payment itself: the dossier lists no priced fee.
    if (fees.length === 0) return html`<p>${this.payment ? t.pay(formatMoney(this.payment.amount, this.payment.currency, this.locale)) : t.amountOnPaymentPage}</p>`;
    return html`<table>
      <thead><tr><th scope="col">${t.item}</th><th scope="col" class="num">${t.amount}</th></tr></thead>
      <tbody>
        ${fees.map((f) => html`<tr><td>${f.name}</td><td class="num">${formatMoney(f.amount, f.currency, this.locale)}</td></tr>`)}
      </tbody>
      <tfoot><tr><th scope="row">${t.total}</th><td class="num">${formatMoney(total.amount, total.currency, this.locale)}</td></tr></tfoot>
    </table>`;
  }

  private payButton(label: string): TemplateResult {
    const t = this.strings(paymentStrings);
    return html`<p class="muted" id="pay-hint">${t.payHint} ${this.mode === 'popup' ? t.popupHint : ''}</p>
      <div class="actions">
        <button type="button" class="btn" part="pay-button" aria-describedby="pay-hint" @click=${() => this.pay()}>${label}</button>
      </div>`;
  }

  private renderPhase(): TemplateResult {
    const t = this.strings(paymentStrings);
    const total = formatMoney(this.amount.amount, this.amount.currency, this.locale);
    switch (this.phase) {
      case 'idle':
      case 'loading':
        return html`<p class="muted" role="status">${t.loading}</p>`;
      case 'error':
        return html`<div class="message" role="alert">
          <span>${this.client ? t.loadFailed : t.notConfigured}</span>
          ${this.client ? html`<button type="button" class="btn secondary small" @click=${() => this.load()}>${t.retry}</button>` : nothing}
        </div>`;
      case 'nothing':
        return html`<p>${t.nothingDue}</p>`;
      case 'due':
        return html`${this.renderFees()}${this.payButton(this.amount.amount > 0 ? t.pay(total) : t.payNoAmount)}`;
      case 'starting':
        return html`${this.renderFees()}<p role="status">${t.starting}</p>`;
      case 'redirecting':
        return html`<p role="status">${t.redirecting}</p>`;
      case 'waiting':
        return html`${this.renderFees()}<p role="status">${t.waiting}</p>`;
      case 'blocked':
        return html`${this.renderFees()}
          <p class="message warning" role="alert">
            <span>${t.popupBlocked}</span>
            <a href=${webUrl(this.payment?.redirectUrl, this.client?.apiUrl) ?? '#'} target="_blank" rel="noopener">${t.openPaymentPage}</a>
          </p>`;
      case 'confirming':
        return html`<p role="status">${t.confirming}</p>`;
      case 'succeeded':
        return this.renderReceipt();
      case 'failed':
      case 'cancelled':
      case 'closed':
      case 'start-failed': {
        const text = { failed: t.failed, cancelled: t.cancelled, closed: t.closed, 'start-failed': t.startFailed }[this.phase];
        return html`${this.renderFees()}
          <p class="message ${this.phase === 'failed' || this.phase === 'start-failed' ? '' : 'warning'}" role="alert">${text}</p>
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
        <button type="button" class="btn secondary" @click=${() => globalThis.print?.()}>${t.print}</button>
      </div>
    </div>`;
  }
}
