import { LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import type { PortalClient } from '@dvc-kit/client';
import type { ClientFactory } from '../context/client-adapter.js';
import { configuredClient, getConfig, onConfigChange, onConfiguredSessionChange } from '../context/configure.js';
import type { AuthApi, Session } from '../context/portal-api.js';
import { portalContext, type PortalContextValue } from '../context/portal-context.js';
import { DEFAULT_LOCALE, documentLocale, nearestLocale, onLangChange, type Locale } from '../i18n/locale.js';
import type { StringEntry, StringTables } from '../i18n/strings.js';
import { baseStyles, tokens, type Theme } from '../theme/tokens.js';
import type { DvcEventMap } from './events.js';

/**
 * The base of every dvc- element (see DvcElement for the one to extend).
 *
 * - `emit()` dispatches typed `dvc-` events that bubble and compose.
 * - `client`, `session` and `locale` come from, in order: the element's own
 *   attributes (`api-base`, a `lang` on it or its nearest ancestor), a
 *   `<dvc-provider>` above it, `configure()`, then defaults. For the locale
 *   the page's `<html lang>` comes after configure() (it is the page default,
 *   configure() is an explicit choice for the elements), then 'vi'.
 * - `theme` ('light' | 'dark' | 'auto') from the element, else the provider,
 *   else configure(), else 'auto'; mirrored on the host as `data-dvc-theme`
 *   for the shared tokens to switch on.
 *
 * Subclasses add `static styles = [DvcElement.styles, css`...`]`.
 *
 * Theme tokens every element reads (see theme/tokens.ts; the defaults are the light theme's):
 * @cssprop [--dvc-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif] - all text
 * @cssprop [--dvc-font-size=16px] - base size; everything scales from it (px so a page's small root font-size cannot shrink it; zoom still scales it)
 * @cssprop [--dvc-color-text=#1b1f24] - body text (dark: #e8eaed)
 * @cssprop [--dvc-color-text-muted=#4d5560] - secondary text (dark: #b3b9c2)
 * @cssprop [--dvc-color-surface=#ffffff] - backgrounds (dark: #16191d)
 * @cssprop [--dvc-color-surface-alt=#f3f5f7] - hover, stripes, panels (dark: #22262b)
 * @cssprop [--dvc-color-border=#767d87] - input and control borders (dark: #8a929c)
 * @cssprop [--dvc-color-divider=#d8dde3] - decorative lines (dark: #3a4048)
 * @cssprop [--dvc-color-primary=#0b57a4] - buttons, links, focus (dark: #8cc4ff)
 * @cssprop [--dvc-color-on-primary=#ffffff] - text on primary (dark: #0b1a2b)
 * @cssprop [--dvc-color-danger=#b3261e] - errors (dark: #ffb4ab)
 * @cssprop [--dvc-color-success=#1e6b34] - success (dark: #8ad6a0)
 * @cssprop [--dvc-color-warning=#7a4f00] - warnings, offline (dark: #ffd27a)
 * @cssprop [--dvc-color-mark=#fff0a8] - background of highlighted matches (dark: #5c4a00)
 * @cssprop [--dvc-color-focus=var(--dvc-color-primary)] - focus ring
 * @cssprop [--dvc-radius=6px] - corner radius
 * @cssprop [--dvc-space=8px] - the spacing unit
 * @cssprop [--dvc-shadow=0 4px 16px rgb(0 0 0 / 0.16)] - shadow of popups
 */
export class DvcBaseElement extends LitElement {
  static override styles: CSSResultGroup = [tokens, baseStyles];

  /**
   * Builds a client for `api-base` (and for configure({ apiBase })). Null here, so
   * elements that never call the API (like `<dvc-login>`) do not bundle the
   * client; `DvcElement` sets it.
   */
  static clientFactory: ClientFactory | null = null;

  /** Base URL of the portal API for this element alone (overrides provider and configure()). */
  @property({ attribute: 'api-base' }) apiBase: string | null = null;

  /** Colour scheme: 'light', 'dark' or 'auto' (follow the system). Unset: inherit from the provider. */
  @property({ reflect: true }) theme: Theme | null = null;

  /** The resolved locale. Read-only for subclasses; set `lang` on the element or an ancestor to change it. */
  @state() protected locale: Locale = DEFAULT_LOCALE;

  /** What the nearest `<dvc-provider>` shares, or null without one. */
  @state() protected provided: PortalContextValue | null = null;

  private ownClient: { base: string; client: PortalClient } | null = null;
  private unsubscribers: Array<() => void> = [];
  /** Set once the element reads `session`: from then on it follows the configured session's changes. */
  private readsSession = false;
  private unwatchSession: (() => void) | null = null;

  constructor() {
    super();
    new ContextConsumer(this, {
      context: portalContext,
      subscribe: true,
      callback: (value) => {
        const before = this.provided;
        this.provided = value;
        this.refreshLocale();
        // A provider with its own auth keeps the session current: stop following configure()'s.
        if (value.auth) this.stopWatchingSession();
        // Compare the sources, not built clients, so merely reading `client` here never builds one.
        if (value.client !== before?.client || value.buildClient !== before?.buildClient || value.auth !== before?.auth) {
          this.clientChanged();
        }
      },
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.refreshLocale();
    this.unsubscribers.push(
      onLangChange(() => this.refreshLocale()),
      onConfigChange(() => {
        this.refreshLocale();
        this.requestUpdate();
        this.clientChanged();
      }),
    );
    if (this.readsSession) this.watchSession();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribers.forEach((u) => u());
    this.unsubscribers = [];
    this.stopWatchingSession();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const theme = this.theme ?? this.provided?.theme ?? getConfig().theme ?? 'auto';
    if (this.getAttribute('data-dvc-theme') !== theme) this.setAttribute('data-dvc-theme', theme);
    if (changed.has('apiBase') && changed.get('apiBase') !== undefined) this.clientChanged();
  }

  /** The portal client to call, or null when none is configured (the element then shows a configuration error). */
  protected get client(): PortalClient | null {
    const factory = (this.constructor as typeof DvcBaseElement).clientFactory;
    if (this.apiBase && factory) {
      if (this.ownClient?.base !== this.apiBase) {
        this.ownClient = { base: this.apiBase, client: factory({ apiBase: this.apiBase, locale: () => this.locale }) };
      }
      return this.ownClient.client;
    }
    const provided = this.provided;
    if (provided?.client) return provided.client;
    const built = provided?.buildClient?.(factory);
    return built ?? configuredClient(factory);
  }

  /** Sign-in from the provider, else configure(); null when none is set. */
  protected get auth(): AuthApi | null {
    return this.provided?.auth ?? getConfig().auth;
  }

  /** The signed-in session shared by the provider, else the auth's own state. */
  protected get session(): Session | null {
    this.readsSession = true;
    this.watchSession();
    return this.provided?.session ?? this.auth?.session ?? null;
  }

  /**
   * Without a provider's auth, follows the session of configure()'s auth, so a
   * sign-in that completes after this element rendered reaches it (re-render;
   * `updated()` sees the new `session`). Only elements that read `session` do
   * this, so a search-only page never makes the auth load its sign-in code.
   */
  private watchSession(): void {
    if (this.unwatchSession || !this.isConnected || this.provided?.auth) return;
    this.unwatchSession = onConfiguredSessionChange(() => this.requestUpdate());
  }

  private stopWatchingSession(): void {
    this.unwatchSession?.();
    this.unwatchSession = null;
  }

  /** Called when the client this element uses may have changed; reload data here. */
  protected clientChanged(): void {
    this.requestUpdate();
  }

  /** This element's strings in the current locale. */
  protected strings<V extends Record<string, StringEntry>>(tables: StringTables<V>): V {
    return tables[this.locale];
  }

  /**
   * Dispatches a typed dvc- event from the host. It bubbles and is composed
   * (it leaves the shadow root); pass `{ cancelable: true }` to let listeners
   * veto the default action.
   * @returns false when a listener called preventDefault() on a cancelable event
   */
  protected emit<K extends keyof DvcEventMap>(type: K, detail: DvcEventMap[K], init: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(
      new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: init.cancelable ?? false }),
    );
  }

  private refreshLocale(): void {
    // Nearest lang inside the page, then provider, then configure(), then <html lang>, then vi.
    const next =
      (this.isConnected ? nearestLocale(this) : null) ??
      this.provided?.locale ??
      getConfig().locale ??
      documentLocale(this.ownerDocument) ??
      DEFAULT_LOCALE;
    if (next !== this.locale) this.locale = next;
  }
}
