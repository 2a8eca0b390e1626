import { Hono } from 'hono';
import * as z from 'zod';
import {
  LEVELS, ONLINE_LEVELS, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX, PROCEDURE_CODE_PATTERN, SEARCH_QUERY_MAX_LENGTH,
} from '@dvc-kit/spec';
import { getProcedure, listAgencies, listFields } from '../catalog-db/read.js';
import type { SandboxDeps } from '../deps.js';
import { AgencyListSchema, FieldListSchema, ProcedureSchema, ProcedureSearchResultSchema } from '../http/contract.js';
import { localeOf } from '../http/locale.js';
import { ProblemError } from '../http/problem.js';
import { json, parseQuery } from '../http/validate.js';
import { searchProcedures } from '../search/search.js';

/** Query strings arrive as text: numbers are coerced, unknown parameters ignored. */
const SearchQuery = z.object({
  q: z.string().max(SEARCH_QUERY_MAX_LENGTH).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
  field: z.string().max(100).optional(),
  level: z.enum(LEVELS).optional(),
  onlineLevel: z.enum(ONLINE_LEVELS).optional(),
  agency: z.string().max(50).optional(),
});

const AgencyQuery = z.object({ level: z.enum(LEVELS).optional() });

/** GET /procedures (search), /procedures/{code}, /agencies and /fields. Public: no sign-in. */
export function catalogRoutes(deps: SandboxDeps): Hono {
  const routes = new Hono();

  routes.get('/procedures', async (c) => {
    const query = parseQuery(c, SearchQuery);
    const result = await searchProcedures(deps.db, { ...query, locale: localeOf(c.req.raw) });
    return json(c, ProcedureSearchResultSchema, result);
  });

  routes.get('/procedures/:code', async (c) => {
    const code = c.req.param('code');
    // An impossible code cannot exist: answer like any other unknown code, without a query.
    const possible = code.length <= 40 && PROCEDURE_CODE_PATTERN.test(code);
    const procedure = possible ? await getProcedure(deps.db, code) : null;
    if (!procedure) {
      throw new ProblemError(404, 'procedure_not_found', {
        vi: `Không có thủ tục mã ${code}. Hãy tìm thủ tục qua /procedures?q=...`,
        en: `There is no procedure with code ${code}. Find procedures with /procedures?q=...`,
      });
    }
    return json(c, ProcedureSchema, procedure);
  });

  routes.get('/agencies', async (c) => {
    const { level } = parseQuery(c, AgencyQuery);
    return json(c, AgencyListSchema, { items: await listAgencies(deps.db, level) });
  });

  routes.get('/fields', async (c) => json(c, FieldListSchema, { items: await listFields(deps.db) }));

  return routes;
}
