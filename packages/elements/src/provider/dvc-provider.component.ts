import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { toLocale, type Locale } from '../i18n/locale.js';
import type { Theme } from '../theme/tokens.js';
import type { PortalClient } from '@dvc-kit/client';
import type { ClientFactory } from '../context/client-adapter.js';
import type { AuthApi, Session } from '../context/portal-api.js';
import { portalContext, type PortalContextValue } from '../context/portal-context.js';
import { styles } from './dvc-provider.styles.js';

/**
 * `<dvc-provider>` shares one portal client, the session and the locale with
 * every dvc- element inside it (through Lit context, across shadow roots).
 *
 * ```html
 * <dvc-provider api-base="https://dichvucong.example.vn/api/v1" locale="vi">
 *   <dvc-login></dvc-login>
 *   <dvc-procedure-search></dvc-procedure-search>
 * </dvc-provider>
 * ```
 *
 * Set `client` (a property) to hand over a ready `createPortalClient()`;
 * otherwise `api-base` builds one. Set `auth` (an `AuthApi`, see
 * `authFromClient()`) for sign-in; the provider keeps the shared session
 * current from it.
 * The provider renders only its children (`display: contents`).
 *
 * @slot - the page content that uses the shared context
 */
export class DvcProvider extends LitElement {
  static override styles = styles;

  /** Base URL of the portal API; used when `client` is not set. */
  @property({ attribute: 'api-base' }) apiBase: string | null = null;

  /** Locale for the elements inside ('vi' | 'en'). A nearer `lang` attribute still wins. */
  @property({ reflect: true }) locale: Locale | null = null;

  /** Colour scheme handed to the elements inside: 'light' | 'dark' | 'auto'. */
  @property({ reflect: true }) theme: Theme | null = null;

  /** A ready portal client. Wins over `api-base`. */
  @property({ attribute: false }) client: PortalClient | null = null;

  /** Sign-in shared with `<dvc-login>` and every element that needs the session. */
  @property({ attribute: false }) auth: AuthApi | null = null;

  /** fetch used when the client is built from `api-base` (tests, Storybook). */
  @property({ attribute: false }) fetch: typeof fetch | null = null;

  private readonly provider = new ContextProvider(this, {
    context: portalContext,
    initialValue: { client: null, buildClient: null, auth: null, session: null, locale: null, theme: null },
  });
  private builtFrom: string | null = null;
  private builtFetch: typeof fetch | null = null;
  private built: PortalClient | null = null;
  private session: Session | null = null;
  private unsubscribeAuth: (() => void) | null = null;
  private subscribedTo: AuthApi | null = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribeAuth?.();
    this.unsubscribeAuth = null;
    this.subscribedTo = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-subscribe after being moved in the DOM.
    if (this.hasUpdated) this.publish();
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.publish();
  }

  /**
   * The client in use: the `client` property, else the one built from
   * `api-base` once an element asked for it (null before that).
   */
  get effectiveClient(): PortalClient | null {
    if (this.client) return this.client;
    return this.apiBase && this.builtFrom === this.apiBase && this.builtFetch === this.fetch ? this.built : null;
  }

  private builder: {
    apiBase: string;
    fetch: typeof fetch | null;
    fn: (factory: ClientFactory | null) => PortalClient | null;
  } | null = null;

  /** A builder function that changes identity when api-base or fetch change, so elements notice and reload. */
  private currentBuilder(): ((factory: ClientFactory | null) => PortalClient | null) | null {
    if (this.client || !this.apiBase) return null;
    if (this.builder?.apiBase !== this.apiBase || this.builder.fetch !== this.fetch) {
      this.builder = { apiBase: this.apiBase, fetch: this.fetch, fn: (factory) => this.buildClient(factory) };
    }
    return this.builder.fn;
  }

  /** Builds (once per api-base and fetch) the shared client, with the factory an element brings. */
  private buildClient(factory: ClientFactory | null): PortalClient | null {
    const apiBase = this.apiBase ?? '';
    if (!factory) return this.effectiveClient;
    if (!this.built || this.builtFrom !== apiBase || this.builtFetch !== this.fetch) {
      this.builtFrom = apiBase;
      this.builtFetch = this.fetch;
      this.built = factory({
        apiBase,
        ...(this.fetch ? { fetch: this.fetch } : {}),
        locale: () => toLocale(this.locale) ?? toLocale(this.closest('[lang]')?.getAttribute('lang')) ?? 'vi',
      });
    }
    return this.built;
  }

  private publish(): void {
    const auth = this.auth;
    if (auth !== this.subscribedTo) {
      this.unsubscribeAuth?.();
      this.subscribedTo = auth;
      this.session = auth?.session ?? null;
      this.unsubscribeAuth =
        auth?.subscribe((session) => {
          this.session = session;
          this.setValue();
        }) ?? null;
    }
    this.setValue();
  }

  private setValue(): void {
    const value: PortalContextValue = {
      client: this.client,
      buildClient: this.currentBuilder(),
      auth: this.auth,
      session: this.session,
      locale: toLocale(this.locale),
      theme: this.theme === 'light' || this.theme === 'dark' || this.theme === 'auto' ? this.theme : null,
    };
    this.provider.setValue(value);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
