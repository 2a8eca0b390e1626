import { AgencySchema, FieldSchema, ProcedureSchema, type Procedure } from '@dvc-kit/spec';
import { pathOf, validate, type Schema, type SchemaResult } from '../http/validate.js';

/**
 * Validation against the contract's schemas (Standard Schema), returning problems as
 * 'path: message' strings (empty = valid) so importers can report them per line.
 */
function problemsOf(result: SchemaResult<unknown>): string[] {
  if (!result.issues) return [];
  return result.issues.map((issue) => `$${pathOf(issue).map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}: ${issue.message}`);
}

const problems = (schema: Schema<unknown>, value: unknown) => problemsOf(validate(schema, value));

/** Contract shape plus what the schema cannot say: case ids unique, a component id names one component. */
export function checkProcedure(value: unknown): string[] {
  const result = validate<Procedure>(ProcedureSchema, value);
  if (result.issues) return problemsOf(result);
  const procedure = result.value;
  const found: string[] = [];
  const caseIds = procedure.cases.map((c) => c.id);
  if (procedure.cases.length === 0) found.push('$.cases: at least one case is needed to open a dossier');
  if (new Set(caseIds).size !== caseIds.length) found.push('$.cases: duplicate case id');
  const names = new Map<string, string>();
  for (const dossierCase of procedure.cases) {
    const inCase = new Set<string>();
    for (const component of dossierCase.components) {
      if (inCase.has(component.id)) found.push(`$.cases: component id ${component.id} repeated in case ${dossierCase.id}`);
      inCase.add(component.id);
      const seen = names.get(component.id);
      if (seen !== undefined && seen !== component.name) found.push(`$.cases: component id ${component.id} names two components`);
      names.set(component.id, component.name);
    }
  }
  return found;
}

export const checkAgency = (value: unknown): string[] => problems(AgencySchema, value);
export const checkField = (value: unknown): string[] => problems(FieldSchema, value);
