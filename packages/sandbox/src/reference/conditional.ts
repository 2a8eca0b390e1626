/**
 * `If-None-Match` as RFC 9110 section 13.1.2 reads it: `*`, or a list of entity tags compared
 * weakly (a `W/` prefix on either side does not matter for GET).
 */
export function noneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const ours = opaque(etag);
  return header.split(',').some((tag) => opaque(tag) === ours);
}
