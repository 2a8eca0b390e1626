import type { Locale } from '../i18n/locale.js';
import type { Theme } from '../theme/tokens.js';
import type { PortalClient } from '@dvc-kit/client';
import type { ClientFactory } from './client-adapter.js';
import type { AuthApi } from './portal-api.js';

/** Page-wide defaults, used by elements that have no `<dvc-provider>` above them. */
export interface DvcConfig {
  /** A ready client from `createPortalClient()`; wins over `apiBase`. */
  client?: PortalClient | null;
  /** Sign-in for `<dvc-login>` (see `AuthApi`). */
  auth?: AuthApi | null;
  /** Base URL of the portal API, e.g. 'https://sandbox.example.vn/api/v1'. Builds a client when `client` is absent. */
  apiBase?: string | null;
  /** fetch to use when building a client from `apiBase` (tests, Storybook). */
  fetch?: typeof fetch;
  locale?: Locale | null;
  theme?: Theme | null;
}

export interface ResolvedConfig {
  client: PortalClient | null;
  /** Set when configure() got `apiBase` without `client`: the first element that can build a client does so. */
  apiBase: string | null;
  fetch: typeof fetch | null;
  auth: AuthApi | null;
  locale: Locale | null;
  theme: Theme | null;
}

let current: ResolvedConfig = { client: null, apiBase: null, fetch: null, auth: null, locale: null, theme: null };
const listeners = new Set<() => void>();

/**
 * Sets page-wide defaults for every dvc- element without a provider above it.
 * Later calls merge into earlier ones; elements already on the page update.
 *
 * ```ts
 * configure({ apiBase: 'https://dichvucong.example.vn/api/v1', locale: 'vi' });
 * ```
 */
export function configure(config: DvcConfig): void {
  let { client, apiBase, fetch } = current;
  if (config.client !== undefined) {
    client = config.client;
    apiBase = null;
  } else if (config.apiBase) {
    // Built lazily (configuredClient), so a page with only <dvc-login> never loads the API client code.
    client = null;
    apiBase = config.apiBase;
    fetch = config.fetch ?? null;
  }
  current = {
    client,
    apiBase,
    fetch,
    auth: config.auth !== undefined ? config.auth : current.auth,
    locale: config.locale !== undefined ? config.locale : current.locale,
    theme: config.theme !== undefined ? config.theme : current.theme,
  };
  watchSession();
  listeners.forEach((l) => l());
}

// ---- the page-wide session ----
// Elements set up by configure() have no provider to keep the session current for them, so the
// store does it: one subscription to the configured auth, shared by every element that reads the
// session. It is made only while some element listens, so a page that only searches never makes
// the auth load its sign-in code (the embed's auth loads it on first subscribe).

const sessionListeners = new Set<() => void>();
let watched: { auth: AuthApi; unsubscribe: () => void } | null = null;

/** Keeps one subscription to the configured auth while anyone listens; moves it when auth changes. */
function watchSession(): void {
  const auth = sessionListeners.size > 0 ? current.auth : null;
  if (watched?.auth === auth) return;
  watched?.unsubscribe();
  watched = auth ? { auth, unsubscribe: auth.subscribe(() => sessionListeners.forEach((l) => l())) } : null;
}

/**
 * Calls `listener` whenever the session of the configured auth changes
 * (sign-in, sign-out, expiry, a sign-in that completes after the element
 * rendered); returns the unsubscribe function. Swapping `auth` through
 * configure() is reported by onConfigChange() instead.
 */
export function onConfiguredSessionChange(listener: () => void): () => void {
  sessionListeners.add(listener);
  watchSession();
  return () => {
    sessionListeners.delete(listener);
    watchSession();
  };
}

/**
 * The page-wide client: the one given to configure(), else one built (once)
 * with `factory` from configure()'s `apiBase`; null when neither is possible.
 */
export function configuredClient(factory: ClientFactory | null): PortalClient | null {
  if (current.client || !current.apiBase || !factory) return current.client;
  current = { ...current, client: factory({ apiBase: current.apiBase, ...(current.fetch ? { fetch: current.fetch } : {}) }) };
  return current.client;
}

/** The current page-wide defaults. */
export function getConfig(): ResolvedConfig {
  return current;
}

/** Clears every default (tests use it between cases). */
export function resetConfig(): void {
  current = { client: null, apiBase: null, fetch: null, auth: null, locale: null, theme: null };
  watchSession();
  listeners.forEach((l) => l());
}

/** Calls `listener` after every configure(); returns the unsubscribe function. */
export function onConfigChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
