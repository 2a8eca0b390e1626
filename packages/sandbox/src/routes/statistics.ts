import { Hono } from 'hono';
import * as v from 'valibot';
import { StatisticsSchema } from '@dvc-kit/spec';
import type { SandboxDeps } from '../deps.js';
import { dossierStatistics } from '../dossiers/statistics.js';
import { ProblemError } from '../http/problem.js';
import { queryText } from '../http/query.js';
import { json, parseQuery } from '../http/validate.js';

const QuerySchema = v.object({ agency: queryText(50) });

/** GET /statistics?agency=: public counts by status, on-time rate and overdue dossiers. */
export function statisticsRoutes(deps: SandboxDeps): Hono {
  const routes = new Hono();
  routes.get('/statistics', async (c) => {
    const { agency } = parseQuery(c, QuerySchema);
    if (agency !== undefined) {
      const known = await deps.db.query('SELECT 1 FROM agencies WHERE id = $1', [agency]);
      if (known.length === 0) {
        throw new ProblemError(404, 'not_found', {
          vi: `Không có cơ quan mã ${agency}.`, en: `There is no agency ${agency}.`,
        });
      }
    }
    return json(c, StatisticsSchema, await dossierStatistics(deps.db, deps.now(), agency ?? null));
  });
  return routes;
}
