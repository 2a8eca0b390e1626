/**
 * Local Vietnamese folding and slugs. Temporary: @dvc-kit/client/text will own
 * fold(); switch to it once it exists so search and slugs fold the same way.
 * NFD alone leaves đ/Đ intact, hence the explicit mapping.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** 'Hộ tịch' -> 'ho-tich'; 'Khiếu nại, tố cáo' -> 'khieu-nai-to-cao'. */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
