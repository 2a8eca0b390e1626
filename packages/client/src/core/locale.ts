import type { FetchMiddleware } from './middleware.js';

/**
 * Sets `Accept-Language` (problem texts and facet labels follow it) unless the
 * request already has one.
 *
 * @param locale - e.g. `vi` or `en`; a function is read on every request, so a
 *   language switch in the page applies at once
 */
export function localeMiddleware(locale: string | (() => string | undefined)): FetchMiddleware {
  return (request, next) => {
    const value = typeof locale === 'function' ? locale() : locale;
    if (!value || request.headers.has('Accept-Language')) return next(request);
    const withLocale = new Request(request);
    withLocale.headers.set('Accept-Language', value);
    return next(withLocale);
  };
}
