/**
 * A few real provinces and communes of the two-tier list in force since 1 July 2025 (codes and
 * names as in packages/sandbox/seed/administrative-units.json), served the way the portal serves
 * them: GET /api/v1/administrative-units (the provinces, without communes) and
 * GET /api/v1/administrative-units/{provinceCode} (one with its communes, sorted by code).
 * The fake portal answers these routes; tests and stories of the address input use them.
 */
import type { CommuneType, ProvinceDetail, ProvinceList, ProvinceType } from '@dvc-kit/spec';

export const FAKE_UNITS_EFFECTIVE = '2025-07-01';

function province(code: string, name: string, type: ProvinceType, communes: Array<[string, string, CommuneType]>): ProvinceDetail {
  return { effective: FAKE_UNITS_EFFECTIVE, code, name, type, communes: communes.map(([c, n, t]) => ({ code: c, name: n, type: t })) };
}

/** Six provinces (one of each region, four with a special zone), a handful of communes each. */
export const FAKE_PROVINCES: readonly ProvinceDetail[] = [
  province('01', 'Thành phố Hà Nội', 'city', [
    ['00004', 'Phường Ba Đình', 'ward'],
    ['00070', 'Phường Hoàn Kiếm', 'ward'],
    ['00166', 'Phường Cầu Giấy', 'ward'],
    ['00235', 'Phường Đống Đa', 'ward'],
    ['00316', 'Phường Định Công', 'ward'],
    ['00376', 'Xã Sóc Sơn', 'commune'],
    ['00454', 'Xã Đông Anh', 'commune'],
    ['09556', 'Phường Hà Đông', 'ward'],
  ]),
  province('38', 'Tỉnh Thanh Hóa', 'province', [
    ['14758', 'Phường Hàm Rồng', 'ward'],
    ['14797', 'Phường Hạc Thành', 'ward'],
    ['14812', 'Phường Bỉm Sơn', 'ward'],
    ['14818', 'Phường Quang Trung', 'ward'],
    ['14845', 'Xã Mường Lát', 'commune'],
    ['14872', 'Xã Trung Thành', 'commune'],
    ['15007', 'Xã Tam Thanh', 'commune'],
    ['16000', 'Xã Hoằng Thanh', 'commune'],
    ['16213', 'Xã Thanh Phong', 'commune'],
  ]),
  province('46', 'Thành phố Huế', 'city', [
    ['19753', 'Phường Phú Xuân', 'ward'],
    ['19774', 'Phường Kim Long', 'ward'],
    ['19777', 'Phường Vỹ Dạ', 'ward'],
    ['19789', 'Phường Thuận Hóa', 'ward'],
    ['19867', 'Xã Quảng Điền', 'commune'],
  ]),
  province('48', 'Thành phố Đà Nẵng', 'city', [
    ['20194', 'Phường Hải Vân', 'ward'],
    ['20209', 'Phường Thanh Khê', 'ward'],
    ['20242', 'Phường Hải Châu', 'ward'],
    ['20257', 'Phường Hòa Cường', 'ward'],
    ['20308', 'Xã Bà Nà', 'commune'],
    ['20333', 'Đặc khu Hoàng Sa', 'special_zone'],
  ]),
  province('79', 'Thành phố Hồ Chí Minh', 'city', [
    ['25747', 'Phường Thủ Dầu Một', 'ward'],
    ['25760', 'Phường Bình Dương', 'ward'],
    ['25777', 'Xã Dầu Tiếng', 'commune'],
    ['26732', 'Đặc khu Côn Đảo', 'special_zone'],
  ]),
  province('91', 'Tỉnh An Giang', 'province', [
    ['30307', 'Phường Long Xuyên', 'ward'],
    ['30316', 'Phường Châu Đốc', 'ward'],
    ['30337', 'Xã An Phú', 'commune'],
    ['31078', 'Đặc khu Phú Quốc', 'special_zone'],
    ['31105', 'Đặc khu Thổ Châu', 'special_zone'],
  ]),
];

export const FAKE_PROVINCE_LIST: ProvinceList = {
  effective: FAKE_UNITS_EFFECTIVE,
  items: FAKE_PROVINCES.map(({ code, name, type }) => ({ code, name, type })),
};

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

/** The answer to an administrative-units request, or undefined for any other request. */
export function answerAdministrativeUnits(request: Request, url: URL): Response | undefined {
  if (request.method !== 'GET') return undefined;
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '/api/v1/administrative-units') return json(FAKE_PROVINCE_LIST);
  const one = /^\/api\/v1\/administrative-units\/([^/]+)$/.exec(path);
  if (!one) return undefined;
  const code = decodeURIComponent(one[1] ?? '');
  const found = FAKE_PROVINCES.find((p) => p.code === code);
  if (found) return json(found);
  const detail = `Không có tỉnh, thành phố mã ${code.slice(0, 20)}.`;
  return json({ type: 'urn:dvc-kit:problem:administrative_unit_not_found', title: 'Không tìm thấy', status: 404, detail, code: 'administrative_unit_not_found' }, 404);
}
