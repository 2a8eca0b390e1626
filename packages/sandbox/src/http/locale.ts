export type Locale = 'vi' | 'en';

/** The request's language from Accept-Language: English only when it is preferred, else Vietnamese. */
export function localeOf(request: Request): Locale {
  const header = request.headers.get('accept-language') ?? '';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}
