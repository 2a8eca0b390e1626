import { html, type TemplateResult } from 'lit';
import { highlight } from '@dvc-kit/client/text';

/**
 * `text` with the words of `query` wrapped in `<mark>`, diacritics ignored
 * ('dang ky' marks 'Đăng ký'). Built from Lit template parts, so the text is
 * always set as text, never parsed as HTML.
 */
export function highlighted(text: string, query: string): Array<string | TemplateResult> {
  const ranges = highlight(text, query);
  if (ranges.length === 0) return [text];
  const parts: Array<string | TemplateResult> = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(html`<mark>${text.slice(start, end)}</mark>`);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
