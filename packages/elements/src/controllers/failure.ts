/**
 * The one failure vocabulary of the elements, derived from the client's
 * `PortalErrorCode`: every thrown value is sorted into a {@link FailureKind},
 * which chooses the message, whether a retry can help and which state to show.
 */
import type { PortalErrorCode } from '@dvc-kit/client';
import { commonStrings } from '../i18n/common-strings.js';

/** What kind of failure an error is, for choosing what to show and whether to offer a retry. */
export type FailureKind =
  | 'aborted'
  | 'offline'
  | 'not_configured'
  | 'not_found'
  | 'signed_out'
  | 'forbidden'
  | 'rate_limited'
  | 'validation'
  | 'conflict'
  | 'server';

/** The `detail` of the `dvc-error` event an element fires for a failure. */
export interface FailureDetail {
  /** The stable code (see {@link failureCode}). */
  code: string;
  /** The error's own message, for logs; not meant for people. */
  message: string;
  /** The tag of the element that failed, e.g. 'dvc-payment'. */
  source: string;
}

const NOT_CONFIGURED = 'not_configured';

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  status?: unknown;
}

function asErrorLike(error: unknown): ErrorLike {
  return typeof error === 'object' && error !== null ? (error as ErrorLike) : {};
}

/** The string `code` the value carries, if any (DOMException's numeric `code` does not count). */
function ownCode(error: unknown): string | null {
  const { code, name } = asErrorLike(error);
  if (typeof code === 'string') return code;
  if (name === 'AbortError') return 'aborted';
  if (name === 'TimeoutError') return 'timeout';
  return null;
}

/**
 * The client's `PortalErrorCode` of any thrown value: its own `code`, 'aborted'
 * for an AbortError, and 'network' for plain errors without a code (fetch
 * rejects with a bare TypeError when no answer came).
 */
export function failureCode(error: unknown): PortalErrorCode {
  return ownCode(error) ?? 'network';
}

/** Codes meaning "no answer came back": worth waiting for the network and trying again (with the same key). */
export function isConnectionProblem(code: string): boolean {
  return code === 'network' || code === 'timeout';
}

/** Codes of a request the server refused for its content: sending it again unchanged cannot help. */
const VALIDATION_CODES: ReadonlySet<string> = new Set([
  'bad_request', 'validation_failed', 'missing_required_components', 'payload_too_large',
  'upload_type_not_allowed', 'checksum_mismatch',
]);

/** Sorts any thrown value (a PortalError or anything else) into the kinds the elements show. */
export function classifyFailure(error: unknown): FailureKind {
  const code = ownCode(error);
  const { status } = asErrorLike(error);
  if (code === 'aborted') return 'aborted';
  // Not configured is the page's own set-up, whatever the network does.
  if (code === NOT_CONFIGURED) return 'not_configured';
  if (code !== null && isConnectionProblem(code)) return 'offline';
  // Without a code, a TypeError is fetch's "no answer"; other plain errors are bugs, shown as server failures.
  if (code === null && error instanceof TypeError) return 'offline';
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
  if (code === 'not_found' || code?.endsWith('_not_found') || status === 404) return 'not_found';
  if (code === 'unauthenticated' || status === 401) return 'signed_out';
  if (code === 'forbidden' || status === 403) return 'forbidden';
  if (code === 'rate_limited' || status === 429) return 'rate_limited';
  if ((code !== null && (VALIDATION_CODES.has(code) || code.startsWith('idempotency_key_'))) || status === 400 || status === 422) {
    return 'validation';
  }
  if (code === 'conflict' || code === 'invalid_state_transition' || status === 409) return 'conflict';
  return 'server';
}

/** Whether trying the same request again can help: the network, a rate limit or the server failed. */
export function isRetryable(kind: FailureKind): boolean {
  return kind === 'offline' || kind === 'rate_limited' || kind === 'server';
}

/** The error an element's task throws when it has no portal client (no api-base, provider or configure()). */
export function notConfiguredError(): Error {
  return Object.assign(new Error(commonStrings.en.notConfigured), {
    name: 'NotConfiguredError',
    code: NOT_CONFIGURED,
  });
}

/** The detail of the `dvc-error` event an element fires for a thrown value. */
export function errorDetail(error: unknown, source: string): FailureDetail {
  return { code: failureCode(error), message: error instanceof Error ? error.message : String(error), source };
}
