import type { Session } from '../context/portal-api.js';

/**
 * Every event a dvc- element dispatches, by name, with its `detail` type.
 *
 * All of them bubble and are composed (they cross shadow roots), so a page can
 * listen once on `document`. Elements of other folders add their own events by
 * module augmentation, without editing this file:
 *
 * ```ts
 * declare module '../base/events.js' {
 *   interface DvcEventMap { 'dvc-upload-complete': { uploadId: string } }
 * }
 * ```
 */
export interface DvcEventMap {
  /** The signed-in person changed: signed in (`session` set) or signed out (`null`). Fired by `<dvc-login>`. */
  'dvc-session-change': { session: Session | null };
  /** Sign-in failed. `code` says why, so a page can react without parsing text. Fired by `<dvc-login>`. */
  'dvc-auth-error': { code: AuthErrorCode; message: string };
  /**
   * The person asked to start an online dossier for a procedure. Cancelable: call
   * `preventDefault()` to keep the element from doing anything further.
   * Fired by `<dvc-procedure-search>` and `<dvc-procedure-detail>`.
   */
  'dvc-procedure-select': { code: string };
  /** A procedure was chosen from the suggestions or the results and its detail is being shown. */
  'dvc-procedure-open': { code: string; name: string };
  /** A full search ran (query, filters or page changed). Fired by `<dvc-procedure-search>`. */
  'dvc-search': { query: string; page: number; filters: SearchFilters; total: number };
  /**
   * Something failed; `code` is the portal's stable problem code or one of the client's own
   * ('network', 'timeout', 'invalid_response', 'http_error'), and `source` the tag that failed.
   * Fired by `<dvc-dossier-upload>`, `<dvc-dossier-status>` and `<dvc-payment>`; declared here so that any element may.
   */
  'dvc-error': { code: string; message: string; source: string };
}

/** Why a sign-in did not complete. */
export type AuthErrorCode = 'provider_unreachable' | 'cancelled' | 'expired' | 'popup_blocked' | 'unknown';

/** Facet filters of a procedure search; an empty string or a missing key means "any". */
export interface SearchFilters {
  field?: string;
  level?: string;
  onlineLevel?: string;
  agency?: string;
}

/** The event names, typed: `'dvc-session-change' | ...`. */
export type DvcEventName = keyof DvcEventMap;

/** Each dvc- event as the `CustomEvent` a listener receives. */
export type DvcCustomEventMap = { [K in DvcEventName]: CustomEvent<DvcEventMap[K]> };

declare global {
  // So `el.addEventListener('dvc-procedure-select', e => e.detail.code)` is typed everywhere.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends DvcCustomEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends DvcCustomEventMap {}
}
