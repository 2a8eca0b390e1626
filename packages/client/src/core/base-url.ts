/**
 * Resolves the API base from a portal origin (see `PortalClientOptions.baseUrl`).
 *
 * @param baseUrl - origin, or a URL already ending in `/api/v1`
 */
export function apiBaseUrl(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  return trimmed.endsWith('/api/v1') ? trimmed : `${trimmed}/api/v1`;
}
