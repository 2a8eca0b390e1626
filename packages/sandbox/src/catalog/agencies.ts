import type { Agency } from './types.js';

/**
 * Ministries (and the Supreme People's Court) that publish national procedures,
 * keyed by the `ministry_slug` of the national catalog. Ids are QCVN 102 codes;
 * G01/G10/G12/G15/G17/G19 match the result codes (KQ.Gnn...) in the real data.
 * The court has no code we could confirm: G99 is a sandbox placeholder (see seed/README.md).
 */
export const MINISTRIES: Readonly<Record<string, Agency>> = {
  'bo-cong-an': { id: '000.00.00.G01', name: 'Bộ Công an', level: 'ministry', parentId: null },
  'bo-nong-nghiep-va-moi-truong': {
    id: '000.00.00.G10', name: 'Bộ Nông nghiệp và Môi trường', level: 'ministry', parentId: null,
  },
  'bo-tai-chinh': { id: '000.00.00.G12', name: 'Bộ Tài chính', level: 'ministry', parentId: null },
  'bo-tu-phap': { id: '000.00.00.G15', name: 'Bộ Tư pháp', level: 'ministry', parentId: null },
  'bo-xay-dung': { id: '000.00.00.G17', name: 'Bộ Xây dựng', level: 'ministry', parentId: null },
  'ngan-hang-nha-nuoc': {
    id: '000.00.00.G19', name: 'Ngân hàng Nhà nước Việt Nam', level: 'ministry', parentId: null,
  },
  'toa-an-nhan-dan-toi-cao': {
    id: '000.00.00.G99', name: 'Tòa án nhân dân tối cao', level: 'other', parentId: null,
  },
};

/** Slugs as the crawl spells them -> our canonical keys above. */
const SLUG_ALIASES: Readonly<Record<string, string>> = {
  'bo-nong-nghiep-mt': 'bo-nong-nghiep-va-moi-truong',
  'toa-an-nhan-dan': 'toa-an-nhan-dan-toi-cao',
  'toa-an': 'toa-an-nhan-dan-toi-cao',
  'nhnn': 'ngan-hang-nha-nuoc',
};

export function ministryBySlug(slug: string): Agency | undefined {
  return MINISTRIES[SLUG_ALIASES[slug] ?? slug];
}

/**
 * The competent authority is free text ('Bộ Tài chính', 'Cục Hải quan - Bộ tài chính',
 * 'Ủy ban nhân dân cấp tỉnh', often empty). When it names one of our ministries we use
 * that ministry; otherwise the publishing ministry stands in, because the national
 * catalog lists no specific province or commune.
 */
export function agencyFor(competentAuthority: string, ministrySlug: string): Agency | undefined {
  const text = competentAuthority.toLowerCase();
  for (const agency of Object.values(MINISTRIES)) {
    if (text.startsWith(agency.name.toLowerCase())) return agency;
  }
  return ministryBySlug(ministrySlug);
}
