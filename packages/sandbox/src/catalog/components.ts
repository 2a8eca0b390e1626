import type { DossierCase, DossierComponent } from './types.js';

export interface RawComponent {
  name?: string | null; template_file?: string | null; originals?: number | null; copies?: number | null;
}
export interface RawComponentGroup { case?: string | null; components?: RawComponent[] | null }

/** Leading bullets the portal pastes into names: '- ', '+ ', '++ ', '* ', '; - ', '•', LRM marks. */
export function stripBullets(text: string): string {
  return text.normalize('NFC').replace(/^[\s\-+*•;·\u200e\u200b]+/, '').trim();
}

// Headers that only say "the dossier consists of": they carry no case information.
const GENERIC_HEADER =
  /^(?:[a-zđ]\)\s*)?(?:giấy tờ(?:, tài liệu)? phải (?:nộp|xuất trình)|thành phần(?:,? số lượng)? hồ sơ(?: gồm| bao gồm)?|hồ sơ (?:bao )?gồm)\s*:?$/i;

/** Case name from a group header or an in-list header; generic ones become null. */
export function caseName(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const text = stripBullets(raw).replace(/:\s*$/, '').trim();
  if (text === '' || GENERIC_HEADER.test(text)) return null;
  return text;
}

/**
 * A list item that is really a heading: ends with ':' and asks for no original and
 * no copy ('* Giấy tờ phải nộp:', '- Đối với phương tiện thương mại:').
 */
function isHeader(name: string, item: RawComponent): boolean {
  return name.endsWith(':') && !item.originals && !item.copies && !item.template_file;
}

/**
 * The crawl sometimes glued the end of a name into the originals count: a name
 * ending '... ngày 24/7/' with originals 20231 (year 2023, 1 original), or
 * '... theo Mẫu số' with 181 (form 18, 1 original). Give the digits back.
 */
function splitGluedCount(name: string, originals: number): { name: string; originals: number } {
  if (originals < 10) return { name, originals };
  const digits = String(originals);
  if (name.endsWith('/')) return { name: name + digits.slice(0, -1), originals: Number(digits.slice(-1)) };
  if (/(?:số|mẫu|lục|bước)$/i.test(name)) {
    return { name: `${name} ${digits.slice(0, -1)}`, originals: Number(digits.slice(-1)) };
  }
  return { name, originals };
}

// Column titles of the portal's dossier table, glued into names by the crawl.
const TABLE_HEADER = 'Tên giấy tờMẫu đơn, tờ khaiSố lượng';

/**
 * 'Giấy tờ phải xuất trình:Tên giấy tờMẫu đơn, tờ khaiSố lượngHộ chiếu...' -> heading
 * 'Giấy tờ phải xuất trình:' and item 'Hộ chiếu...'. When the text before the column
 * titles is not a heading (no trailing ':'), both parts stay, on separate lines.
 */
export function splitTableHeader(name: string): { heading: string | null; item: string } {
  // Some names end in a cut-off copy of the column titles ('...Tên giấy tờMẫu đơn,').
  if (!name.includes(TABLE_HEADER)) return { heading: null, item: name.replace(/Tên giấy tờ(?:Mẫu đơn,?[^]{0,12})?$/, '').trim() };
  const parts = name.split(TABLE_HEADER).map((part) => part.trim());
  const item = stripBullets(parts.pop() ?? '');
  const before = parts.filter((part) => part !== '').join('\n');
  if (before === '') return { heading: null, item };
  if (before.endsWith(':') || item === '') return { heading: before, item };
  return { heading: null, item: `${before}\n${item}` };
}

function count(value: number | null | undefined): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
}

/**
 * Groups -> cases. Each non-empty group is one case (the source does not say whether
 * groups are alternatives or parts; we keep its structure). A heading as the first item
 * of an unnamed group names the case; other headings are dropped. Component ids run
 * c1, c2, ... across the whole procedure so they stay unique whatever case is chosen.
 * Required = asks for at least one original or copy, does not say '(nếu có)' (if any)
 * and does not start with 'Trường hợp' (a conditional item: only in that case).
 */
export function toCases(groups: readonly RawComponentGroup[]): DossierCase[] {
  let next = 1;
  const cases: { name: string | null; components: DossierComponent[] }[] = [];
  for (const group of groups) {
    if (group === null || typeof group !== 'object') continue;
    let name = caseName(typeof group.case === 'string' ? group.case.split(TABLE_HEADER).join('\n') : null);
    const components: DossierComponent[] = [];
    for (const item of Array.isArray(group.components) ? group.components : []) {
      if (item === null || typeof item !== 'object') continue;
      const { heading, item: cleaned } = splitTableHeader(stripBullets(typeof item.name === 'string' ? item.name : ''));
      if (heading !== null && components.length === 0 && name === null) name = caseName(heading);
      if (cleaned === '') continue;
      if (isHeader(cleaned, item)) {
        if (components.length === 0 && name === null) name = caseName(cleaned);
        continue;
      }
      const fixed = splitGluedCount(cleaned, count(item.originals));
      const copies = count(item.copies);
      const template = typeof item.template_file === 'string' ? item.template_file.trim() : '';
      components.push({
        id: `c${next++}`,
        name: fixed.name,
        required: fixed.originals + copies > 0 && !/nếu có/i.test(fixed.name) && !/^trường hợp/i.test(fixed.name),
        originals: fixed.originals,
        copies,
        template: template ? { name: template.normalize('NFC'), url: null } : null,
      });
    }
    if (components.length > 0) cases.push({ name, components });
  }
  if (cases.length === 0) return [{ id: 'default', name: null, components: [] }];
  if (cases.length === 1) return [{ id: 'default', name: cases[0]!.name, components: cases[0]!.components }];
  return cases.map((c, index) => ({ id: `case-${index + 1}`, ...c }));
}
