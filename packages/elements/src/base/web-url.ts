/**
 * The URL when it is absolute http(s) (resolved against `base` if given), else null.
 *
 * Every link or navigation built from portal data goes through this: a `javascript:` (or `data:`)
 * URL from a bad catalog or a hostile or compromised API would otherwise run in the agency's page
 * when clicked, or at once when assigned to `location`. Lit escapes text, not URL schemes.
 */
export function webUrl(url: string | null | undefined, base?: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = base ? new URL(url, base) : new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
