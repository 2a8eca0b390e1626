/**
 * A file name safe to store and to show: the last path segment only (no '../', no folders, either
 * slash), no control or reserved characters, no leading dots, at most 200 characters with the
 * extension kept. The stored bytes never use this name; it is only what the applicant sees.
 */
export function sanitizeFileName(raw: string | null | undefined): string {
  const lastSegment = (raw ?? '').split(/[/\\]/).pop() ?? '';
  let name = lastSegment
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_')
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
