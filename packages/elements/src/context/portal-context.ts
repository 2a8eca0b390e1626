import { createContext } from '@lit/context';
import type { Locale } from '../i18n/locale.js';
import type { Theme } from '../theme/tokens.js';
import type { PortalClient } from '@dvc-kit/client';
import type { ClientFactory } from './client-adapter.js';
import type { AuthApi, Session } from './portal-api.js';

/**
 * What `<dvc-provider>` (or `configure()`) shares with every dvc- element below it.
 * `null` members mean "not set here": the element falls back to its own
 * attributes, then to `configure()`, then to built-in defaults.
 */
export interface PortalContextValue {
  /** The portal client the elements call (`@dvc-kit/client`'s `createPortalClient()`). */
  client: PortalClient | null;
  /**
   * When the provider has only an `api-base`: builds its one shared client
   * with the factory of the first element that needs it (with `null`, returns
   * it only if already built). Keeps the client code out of the provider's
   * bundle, so a page with only `<dvc-login>` never loads it.
   */
  buildClient: ((factory: ClientFactory | null) => PortalClient | null) | null;
  /** Sign-in (public-client or BFF mode behind one interface). */
  auth: AuthApi | null;
  /** The signed-in session, kept current by the provider from `auth`. */
  session: Session | null;
  /** The locale the provider asks for; a nearer `lang` attribute still wins. */
  locale: Locale | null;
  /** The theme the provider asks for; the element's own `theme` attribute wins. */
  theme: Theme | null;
}

/** The Lit context key. A symbol by name, so two copies of this module still find each other's provider. */
export const portalContext = createContext<PortalContextValue>(Symbol.for('dvc-kit.portal-context'));

export const EMPTY_CONTEXT: PortalContextValue = Object.freeze({ client: null, buildClient: null, auth: null, session: null, locale: null, theme: null });
