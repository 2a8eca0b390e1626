import { Hono } from 'hono';
import {
  FormCheckSchema, FormDefinitionSchema, FormListSchema, PROCEDURE_CODE_PATTERN, SaveFormRequestSchema,
} from '@dvc-kit/spec';
import type { SandboxDeps } from '../deps.js';
import { requirePrincipal } from '../dossiers/principal.js';
import { findOwnDossier } from '../dossiers/repository.js';
import { loadProcedure } from '../dossiers/procedure.js';
import { formDefinitions, formFor } from '../forms/definitions.js';
import { formNotFound } from '../forms/errors.js';
import { renderFormPdf } from '../forms/pdf.js';
import { saveForm } from '../forms/service.js';
import { invalidTransition } from '../dossiers/errors.js';
import { ProblemError } from '../http/problem.js';
import { json, parseBody } from '../http/validate.js';


/**
 * GET /forms and /procedures/{code}/form (public: the definitions), PUT /dossiers/{ref}/form
 * (the owner's draft answers) and GET /dossiers/{ref}/form.pdf (the owner's filled form, once
 * submitted). Submit's check of the form lives with submit (dossiers/service).
 */
export function formRoutes(deps: SandboxDeps): Hono {
  const routes = new Hono();

  routes.get('/forms', async (c) => {
    const codes = [...formDefinitions().keys()];
    // Only forms whose procedure is in the catalog being served (seed or imported).
    const present = await deps.db.query<{ code: string }>(
      'SELECT code FROM procedures WHERE code IN (SELECT jsonb_array_elements_text($1::jsonb))', [JSON.stringify(codes)],
    );
    const have = new Set(present.map((r) => r.code));
    const items = [...formDefinitions().values()]
      .filter((form) => have.has(form.procedureCode))
      .map(({ procedureCode, id, version, title }) => ({ procedureCode, id, version, title }));
    return json(c, FormListSchema, { items });
  });

  routes.get('/procedures/:code/form', async (c) => {
    const code = c.req.param('code');
    const possible = code.length <= 40 && PROCEDURE_CODE_PATTERN.test(code);
    const procedure = possible ? await loadProcedure(deps.db, code) : null;
    if (!procedure) {
      throw new ProblemError(404, 'procedure_not_found', {
        vi: `Không có thủ tục mã ${code.slice(0, 40)}.`,
        en: `There is no procedure with code ${code.slice(0, 40)}.`,
      });
    }
    const form = formFor(procedure.code);
    if (!form) throw formNotFound(procedure.code);
    return json(c, FormDefinitionSchema, form);
  });

  routes.put('/dossiers/:ref/form', async (c) => {
    const principal = await requirePrincipal(deps, c.req.raw);
    const body = await parseBody(c, SaveFormRequestSchema);
    const check = await deps.db.transaction(async (tx) => {
      const row = await findOwnDossier(tx, c.req.param('ref'), principal.sub, { lock: true });
      return (await saveForm(tx, row, body.data, deps.now())).check;
    });
    return json(c, FormCheckSchema, check);
  });

  routes.get('/dossiers/:ref/form.pdf', async (c) => {
    const principal = await requirePrincipal(deps, c.req.raw);
    const row = await findOwnDossier(deps.db, c.req.param('ref'), principal.sub);
    const definition = formFor(row.procedure_code);
    if (!definition || !row.form) throw formNotFound(row.procedure_code);
    if (row.code === null || row.submitted_at === null) {
      throw invalidTransition(row.status, null, {
        vi: 'Tờ khai PDF có mã hồ sơ và thời điểm nộp: chỉ có sau khi nộp hồ sơ.',
        en: 'The form PDF carries the dossier code and submission time: it exists once the dossier is submitted.',
      });
    }
    const pdf = await renderFormPdf(definition, row.form, {
      code: row.code,
      submittedAt: new Date(row.submitted_at),
      procedureName: row.procedure_name,
      applicantName: row.applicant.name,
    });
    return new Response(new Uint8Array(pdf), {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `inline; filename="${row.code}.pdf"`,
        // The applicant's personal data: never kept by a shared cache.
        'cache-control': 'private, no-store',
      },
    });
  });

  return routes;
}
