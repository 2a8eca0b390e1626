import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { DvcBaseElement } from '../base/dvc-base-element.js';
import type { AuthErrorCode } from '../base/events.js';
import type { AuthApi, Session, SessionEndReason, SignInMode } from '../context/portal-api.js';
import { isConnectionProblem } from '../controllers/failure.js';
import { stateView, stateViewStyles } from '../controllers/state-view.js';
import { styles } from './dvc-login.styles.js';
import { strings } from './dvc-login.strings.js';
import { maskId } from './mask.js';

type Busy = 'none' | 'signing-in' | 'signing-out';

const AUTH_ERROR_CODES: readonly AuthErrorCode[] = ['provider_unreachable', 'cancelled', 'expired', 'popup_blocked', 'unknown'];

/** The stable code of a sign-in failure. Anything the auth layer does not name is 'unknown'. */
export function authErrorCode(error: unknown): AuthErrorCode {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code === 'string' && (AUTH_ERROR_CODES as readonly string[]).includes(code)) return code as AuthErrorCode;
  // fetch's bare TypeError, or a client call (a BFF session check) that got no answer.
  if (error instanceof TypeError || (typeof code === 'string' && isConnectionProblem(code))) return 'provider_unreachable';
  if (typeof code === 'string' && /cancel|access_denied/.test(code)) return 'cancelled';
  const oauthError = typeof error === 'object' && error !== null ? (error as { error?: unknown }).error : undefined;
  if (oauthError === 'access_denied' || oauthError === 'login_required') return 'cancelled';
  return 'unknown';
}

/**
 * `<dvc-login>`: sign in with the national e-ID, see who is signed in, sign out.
 *
 * A neutral button (no official logos) starts the OpenID Connect sign-in of the
 * configured auth (`auth` from `<dvc-provider>` or `configure()`): the client's public-client mode (code + PKCE in the browser) and
 * its BFF mode both sit behind the same `AuthApi`. Signed in, it shows the
 * person's name and a masked ID number (or tax code for businesses) and a
 * sign-out button. Errors (provider unreachable, cancelled, expired) show in an
 * alert with a retry.
 *
 * @fires dvc-session-change - `{ session }` after sign-in, sign-out or expiry
 * @fires dvc-auth-error - `{ code, message }` when sign-in fails
 *
 * @csspart base - the wrapper
 * @csspart button - the sign-in button
 * @csspart hint - the text under the sign-in button
 * @csspart user - the signed-in card
 * @csspart avatar - the initials circle
 * @csspart name - the person's name
 * @csspart id - the masked ID number or tax code
 * @csspart sign-out - the sign-out button
 * @csspart state - the error alert, as every element names it
 * @csspart error - the same error alert (sign-in failed, session expired, not configured)
 * @csspart retry - the retry button in the error alert
 */
export class DvcLogin extends DvcBaseElement {
  static override styles = [DvcBaseElement.styles, styles, stateViewStyles];

  /** 'redirect' (default) leaves the page for the provider; 'popup' opens the provider in a new window and stays. */
  @property() mode: SignInMode = 'redirect';

  /** Hide the explanatory text under the sign-in button. */
  @property({ type: Boolean, attribute: 'hide-hint' }) hideHint = false;

  @state() private current: Session | null = null;
  @state() private busy: Busy = 'none';
  @state() private error: AuthErrorCode | 'not_configured' | null = null;
  @state() private announcement = '';

  @query('[part="button"]') private signInButton?: HTMLButtonElement;
  @query('[part="sign-out"]') private signOutButton?: HTMLButtonElement;

  private watched: AuthApi | null = null;
  private unwatch: (() => void) | null = null;
  private expiryTimer: ReturnType<typeof setTimeout> | undefined;

  /** The signed-in session shown, or null. */
  get currentSession(): Session | null {
    return this.current;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.watchAuth();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatch?.();
    this.unwatch = null;
    this.watched = null;
    clearTimeout(this.expiryTimer);
  }

  protected override clientChanged(): void {
    super.clientChanged();
    if (this.isConnected) this.watchAuth();
  }

  private watchAuth(): void {
    const auth = this.auth;
    if (auth === this.watched) return;
    this.unwatch?.();
    this.watched = auth;
    this.unwatch = auth?.subscribe((session, reason) => this.applySession(session, reason)) ?? null;
    this.current = auth?.session ?? this.provided?.session ?? null;
    this.scheduleExpiry();
  }

  /** Takes a session change from the auth layer: announce it, fire the event, notice expiry. */
  private applySession(session: Session | null, reason?: SessionEndReason): void {
    const before = this.current;
    if (sameSession(before, session)) return;
    this.current = session;
    this.scheduleExpiry();
    const t = this.strings(strings);
    if (session) {
      this.error = null;
      this.announcement = t.signedInNotice(session.me.name);
    } else if (before && (reason === 'expired' || isExpired(before))) {
      this.error = 'expired';
      this.announcement = '';
    } else {
      this.announcement = t.signedOutNotice;
    }
    this.emit('dvc-session-change', { session });
  }

  /** Shows the expired state when the session's end time passes, even if nothing else tells us. */
  private scheduleExpiry(): void {
    clearTimeout(this.expiryTimer);
    const end = this.current?.expiresAt ? Date.parse(this.current.expiresAt) : NaN;
    if (Number.isNaN(end)) return;
    const wait = end - Date.now();
    // setTimeout overflows past ~24.8 days; a session that long is re-checked on the next change instead.
    if (wait > 2 ** 31 - 1) return;
    this.expiryTimer = setTimeout(() => {
      if (this.current && isExpired(this.current)) this.applySession(null);
    }, Math.max(0, wait));
  }

  private async signIn(): Promise<void> {
    if (this.busy !== 'none') return;
    const auth = this.auth;
    if (!auth) {
      this.error = 'not_configured';
      return;
    }
    this.error = null;
    this.busy = 'signing-in';
    const t = this.strings(strings);
    this.announcement = this.mode === 'popup' ? t.waitingPopup : t.redirecting;
    try {
      const session = await auth.signIn({ mode: this.mode, locale: this.locale });
      if (session) this.applySession(session);
      this.busy = 'none';
      await this.updateComplete;
      if (this.current) this.signOutButton?.focus();
    } catch (error) {
      this.busy = 'none';
      const code = authErrorCode(error);
      this.error = code;
      this.announcement = '';
      this.emit('dvc-auth-error', { code, message: t[code] });
    }
  }

  private async signOut(): Promise<void> {
    if (this.busy !== 'none' || !this.auth) return;
    this.busy = 'signing-out';
    this.announcement = this.strings(strings).signingOut;
    try {
      await this.auth.signOut();
    } catch {
      // Local sign-out still counts: the provider's logout is best effort.
    }
    this.busy = 'none';
    this.applySession(null);
    await this.updateComplete;
    this.signInButton?.focus();
  }

  protected override render() {
    const session = this.current;
    return html`<div part="base" class="login" aria-busy=${this.busy === 'none' ? 'false' : 'true'}>
      ${session ? this.renderUser(session) : this.renderSignIn()} ${this.renderError()}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }

  private renderSignIn() {
    const t = this.strings(strings);
    const working = this.busy === 'signing-in';
    const label = working ? (this.mode === 'popup' ? t.waitingPopup : t.redirecting) : t.signIn;
    return html`<button
        part="button"
        class="btn"
        type="button"
        aria-describedby=${this.hideHint ? nothing : 'hint'}
        aria-disabled=${working ? 'true' : 'false'}
        @click=${this.signIn}
      >
        ${idCardIcon} <span>${label}</span>
      </button>
      ${this.hideHint
        ? nothing
        : html`<p id="hint" part="hint" class="hint">${this.mode === 'popup' ? t.signInHintPopup : t.signInHint}</p>`}`;
  }

  private renderUser(session: Session) {
    const t = this.strings(strings);
    const { me } = session;
    const idValue = me.accountType === 'business' ? (me.taxCode ?? me.idNumber) : (me.idNumber ?? me.taxCode);
    const idLabel = me.accountType === 'business' && me.taxCode ? t.taxCode : t.idNumber;
    const masked = idValue ? maskId(idValue) : null;
    return html`<div part="user" class="user">
      <span part="avatar" class="avatar" aria-hidden="true">${initials(me.name)}</span>
      <div class="who">
        <span class="label">${t.signedInAs} · ${me.accountType === 'business' ? t.business : t.citizen}</span>
        <span part="name" class="name" title=${me.name}>${me.name}</span>
        ${masked
          ? html`<span part="id" class="id"
              ><span aria-hidden="true">${idLabel}: ${masked.masked}</span
              ><span class="visually-hidden">${t.maskedEnding(idLabel, masked.ending)}</span></span
            >`
          : nothing}
      </div>
      <button
        part="sign-out"
        class="btn secondary"
        type="button"
        aria-disabled=${this.busy === 'signing-out' ? 'true' : 'false'}
        @click=${this.signOut}
      >
        ${this.busy === 'signing-out' ? t.signingOut : t.signOut}
      </button>
    </div>`;
  }

  private renderError() {
    if (!this.error) return nothing;
    const t = this.strings(strings);
    if (this.error === 'not_configured') {
      // The shared sentence, as every element says it, then what sign-in in particular needs.
      return stateView('not_configured', { locale: this.locale, message: `${t.notConfigured} ${t.authNotConfigured}`, parts: 'error' });
    }
    // Sign-in failures are the auth layer's, not the portal's: the state view's box and retry, with a title.
    return html`<div part="state error" class="message ${this.error}" role="alert">
      <p><strong>${t.errorTitle}</strong>${t[this.error]}</p>
      ${this.current ? nothing : html`<button part="retry" class="btn secondary" type="button" @click=${this.signIn}>${t.retry}</button>`}
    </div>`;
  }
}

function sameSession(a: Session | null, b: Session | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.me.sub === b.me.sub && a.expiresAt === b.expiresAt;
}

function isExpired(session: Session): boolean {
  return session.expiresAt !== null && Date.parse(session.expiresAt) <= Date.now();
}

/** Up to two initials from a Vietnamese name: family name and given name ('Lê Thị Hoa' → 'LH'). */
function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toLocaleUpperCase('vi');
}

// A generic identity card, drawn here: neutral on purpose (no official marks).
const idCardIcon = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <rect x="2.5" y="5" width="19" height="14" rx="2" fill="none" stroke="currentColor" stroke-width="1.8" />
  <circle cx="8.5" cy="11" r="2.2" fill="none" stroke="currentColor" stroke-width="1.6" />
  <path d="M5.5 16.2c.6-1.6 1.7-2.4 3-2.4s2.4.8 3 2.4M14 10h4.5M14 13.5h3" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
</svg>`;
