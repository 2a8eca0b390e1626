import { AgencySchema, FieldSchema, ProcedureSchema } from '@dvc-kit/spec';

/**
 * Validation against the contract's zod schemas, returning problems as
 * 'path: message' strings (empty = valid) so importers can report them per line.
 */
interface Issue { path: PropertyKey[]; message: string }
interface Parser { safeParse(value: unknown): { success: true } | { success: false; error: { issues: Issue[] } } }

function problems(schema: Parser, value: unknown): string[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => `$${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}: ${issue.message}`);
}

/** Contract shape plus what the schema cannot say: case ids unique, a component id names one component. */
export function checkProcedure(value: unknown): string[] {
  const found = problems(ProcedureSchema, value);
  if (found.length > 0) return found;
  const procedure = ProcedureSchema.parse(value);
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
