import { Hono } from 'hono';
import * as v from 'valibot';
import {
  LEVELS, ONLINE_LEVELS, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX, PROCEDURE_CODE_PATTERN, SEARCH_QUERY_MAX_LENGTH,
} from '@dvc-kit/spec';
import { getProcedure, listAgencies, listFields } from '../catalog-db/read.js';
import type { SandboxDeps } from '../deps.js';
import { AgencyListSchema, FieldListSchema, ProcedureSchema, ProcedureSearchResultSchema } from '../http/contract.js';
import { localeOf } from '../http/locale.js';
import { ProblemError } from '../http/problem.js';
import { queryInt, queryText } from '../http/query.js';
import { json, parseQuery } from '../http/validate.js';
import { searchProcedures } from '../search/search.js';

/** Query strings arrive as text: numbers are coerced, unknown parameters ignored. */
const SearchQuery = v.object({
  q: queryText(SEARCH_QUERY_MAX_LENGTH),
  page: v.optional(queryInt(1, 10_000), 1),
  pageSize: v.optional(queryInt(1, PAGE_SIZE_MAX), PAGE_SIZE_DEFAULT),
  field: queryText(100),
  level: v.optional(v.picklist(LEVELS)),
  onlineLevel: v.optional(v.picklist(ONLINE_LEVELS)),
  agency: queryText(50),
});

const AgencyQuery = v.object({ level: v.optional(v.picklist(LEVELS)) });

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
