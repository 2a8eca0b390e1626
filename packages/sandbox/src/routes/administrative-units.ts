import { Hono, type Context } from 'hono';
import type { SandboxDeps } from '../deps.js';
import { localeOf } from '../http/locale.js';
import { ProblemError } from '../http/problem.js';
import { administrativeUnits, type CachedBody } from '../reference/administrative-units.js';
import { noneMatchHits } from '../reference/conditional.js';

/**
 * A week: the list changes by law, rarely and with notice, and the ETag lets a cache revalidate
 * cheaply after that. Public: the data is the same for everyone.
 */
const CACHE_CONTROL = 'public, max-age=604800';

function cachedJson(c: Context, body: CachedBody): Response {
  const headers = { etag: body.etag, 'cache-control': CACHE_CONTROL };
  if (noneMatchHits(c.req.header('if-none-match'), body.etag)) return new Response(null, { status: 304, headers });
  return new Response(body.text, {
    status: 200,
    headers: { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-language': localeOf(c.req.raw) },
  });
}

/**
 * GET /administrative-units (the 34 provinces) and /administrative-units/{provinceCode} (one with
 * its communes). Public. Bodies were checked against the contract once, when the data was loaded.
 */
export function administrativeUnitRoutes(_deps: SandboxDeps): Hono {
  const routes = new Hono();
  routes.get('/administrative-units', (c) => cachedJson(c, administrativeUnits().listBody));
  routes.get('/administrative-units/:provinceCode', (c) => {
    const code = c.req.param('provinceCode');
    const body = administrativeUnits().provinceBody(code);
    if (!body) {
      throw new ProblemError(404, 'administrative_unit_not_found', {
        vi: `Không có tỉnh, thành phố mã ${code.slice(0, 20)}. Danh sách mã ở /administrative-units.`,
        en: `There is no province with code ${code.slice(0, 20)}. The codes are listed at /administrative-units.`,
      });
    }
    return cachedJson(c, body);
  });
  return routes;
}
