import {
  ProvinceDetailSchema,
  ProvinceListSchema,
  type ProvinceDetail,
  type ProvinceList,
} from '@dvc-kit/spec';
import type { PortalClient } from '../client.js';
import { settle, type CallOptions } from '../core/call.js';

/**
 * The administrative units in force since 1 July 2025 (province, then commune). The server
 * answers with an ETag and a week's max-age, so a browser's HTTP cache serves repeats.
 */
export interface AdministrativeUnitsApi {
  /** The 34 provinces and centrally run cities, by code, without their communes. */
  provinces(options?: CallOptions): Promise<ProvinceList>;
  /**
   * One province with its communes; `administrative_unit_not_found` for an unknown code.
   * @param code - two-digit statistical code, e.g. `38` (Thanh Hóa)
   */
  province(code: string, options?: CallOptions): Promise<ProvinceDetail>;
}

/**
 * The administrative-unit calls over a portal client's pipeline, each answer checked against
 * the contract; a separate entry so that only pages with an address input download them.
 *
 * @param client - a client from `createPortalClient()` (only its `raw` client is used)
 * @example
 * const { items } = await administrativeUnitsApi(client).provinces();
 */
export function administrativeUnitsApi({ raw }: Pick<PortalClient, 'raw'>): AdministrativeUnitsApi {
  return {
    provinces: (options = {}) =>
      settle('GET /administrative-units', raw.GET('/administrative-units', { signal: options.signal }), ProvinceListSchema),
    province: (code, options = {}) =>
      settle(
        'GET /administrative-units/{provinceCode}',
        raw.GET('/administrative-units/{provinceCode}', { params: { path: { provinceCode: code } }, signal: options.signal }),
        ProvinceDetailSchema,
      ),
  };
}
