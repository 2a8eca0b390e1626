/** What kind of failure an error is, for choosing which state to show. */
export type FailureKind = 'aborted' | 'offline' | 'not_found' | 'error';

/** Sorts any thrown value (a PortalError or anything else) into the states the elements render. */
export function classifyFailure(error: unknown): FailureKind {
  const info = typeof error === 'object' && error !== null ? (error as { name?: unknown; code?: unknown; status?: unknown }) : {};
  if (info.name === 'AbortError' || info.code === 'aborted') return 'aborted';
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
  if (info.code === 'network' || error instanceof TypeError) return 'offline';
  if (info.status === 404 || (typeof info.code === 'string' && info.code.endsWith('not_found'))) return 'not_found';
  return 'error';
}
