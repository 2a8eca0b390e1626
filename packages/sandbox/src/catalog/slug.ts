import { fold } from '@dvc-kit/client/text';

/** Field ids are at most 100 characters in the contract. */
export const MAX_SLUG_LENGTH = 100;

/**
 * Field slugs from the shared fold() (NFD, strip marks, đ -> d, lowercase), so a slug
 * and a folded search query always agree: 'Hộ tịch' -> 'ho-tich',
 * 'Khiếu nại, tố cáo' -> 'khieu-nai-to-cao'. Long names (some field names run past
 * 110 characters) are cut at the last whole word that fits.
 */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const slug = fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, maxLength)).replace(/-+$/, '');
}
