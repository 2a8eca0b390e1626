/**
 * A file name safe to store and to show: the last path segment only (no '../', no folders, either
 * slash), no control, bidi or reserved characters, no leading dots, at most 200 characters with the
 * extension kept. The stored bytes never use this name; it is only what the applicant sees.
 */
export function sanitizeFileName(raw: string | null | undefined): string {
  const lastSegment = (raw ?? '').split(/[/\\]/).pop() ?? '';
  let name = lastSegment
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_')
    // Bidi controls make a name read differently than it is ('hoa-don\u202Efdp.exe' shows as
    // 'hoa-donexe.pdf'): drop them, with the other invisible format characters.
    .replace(/[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
    .replace(/^[.\s]+/, '')
    .trim();
  const chars = [...name];
  if (chars.length > 200) {
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = chars.slice(0, 200 - [...extension].length).join('') + extension;
  }
  return name === '' ? 'tep-dinh-kem' : name;
}
