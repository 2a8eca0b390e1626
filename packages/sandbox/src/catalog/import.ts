import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { normalizeProcedure } from './normalize.js';
import type { Agency, Field, Procedure } from './types.js';
import { checkAgency, checkField, checkProcedure } from './validate.js';

export interface Rejection { line: number; code?: string; reason: string }
export interface Catalog { procedures: Procedure[]; agencies: Agency[]; fields: Field[] }
export interface ImportResult extends Catalog { rejected: Rejection[] }
export interface ImportOptions {
  /** Called every 250 lines and at the end with lines read so far. */
  onProgress?: (progress: { lines: number; imported: number; rejected: number }) => void;
}

const PROGRESS_EVERY = 250;

function codeOf(value: unknown): string | undefined {
  if (value !== null && typeof value === 'object' && 'code' in value) {
    const code = (value as { code: unknown }).code;
    if (typeof code === 'string' && code.trim() !== '') return code.trim();
  }
  return undefined;
}

function byId<T extends { id: string }>(items: Iterable<T>): T[] {
  return [...items].sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Stream a JSONL catalog (the national export) line by line. Every non-blank line
 * either becomes a Procedure or a rejection with its 1-based line number and reason.
 * Agencies and fields are collected from the imported procedures.
 */
export async function importCatalog(file: string, options: ImportOptions = {}): Promise<ImportResult> {
  const procedures: Procedure[] = [];
  const rejected: Rejection[] = [];
  const agencies = new Map<string, Agency>();
  const fields = new Map<string, Field>();
  const seen = new Set<string>();
  const input = createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  const report = (): void => options.onProgress?.({ lines: line, imported: procedures.length, rejected: rejected.length });

  for await (const text of lines) {
    line += 1;
    if (line % PROGRESS_EVERY === 0) report();
    if (text.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line === 1 ? text.replace(/^\uFEFF/, '') : text);
    } catch (error) {
      rejected.push({ line, reason: `invalid JSON: ${(error as Error).message}` });
      continue;
    }
    const code = codeOf(raw);
    let result: ReturnType<typeof normalizeProcedure>;
    try {
      result = normalizeProcedure(raw);
    } catch (error) {
      // A shape we did not foresee must cost one record, not the whole import.
      result = { ok: false, reason: `normalisation failed: ${(error as Error).message}` };
    }
    if (!result.ok) {
      rejected.push(code === undefined ? { line, reason: result.reason } : { line, code, reason: result.reason });
      continue;
    }
    const { procedure } = result;
    if (seen.has(procedure.code)) {
      rejected.push({ line, code: procedure.code, reason: `duplicate code ${procedure.code}` });
      continue;
    }
    const problems = checkProcedure(procedure);
    if (problems.length > 0) {
      rejected.push({ line, code: procedure.code, reason: `schema: ${problems.slice(0, 3).join('; ')}` });
      continue;
    }
    seen.add(procedure.code);
    // Spellings that fold to one slug ('Thi đua – Khen thưởng', 'Thi đua khen thưởng')
    // share the first-seen Field, so a procedure's field always matches the field list.
    const field = fields.get(procedure.field.id) ?? procedure.field;
    fields.set(field.id, field);
    agencies.set(procedure.agency.id, procedure.agency);
    procedures.push({ ...procedure, field });
  }
  report();
  return { procedures, agencies: byId(agencies.values()), fields: byId(fields.values()), rejected };
}

const SEED_DIR = fileURLToPath(new URL('../../seed/', import.meta.url));

async function readJsonArray(name: string): Promise<unknown[]> {
  const value: unknown = JSON.parse(await readFile(`${SEED_DIR}${name}`, 'utf8'));
  if (!Array.isArray(value)) throw new Error(`seed/${name}: expected a JSON array`);
  return value;
}

function assertValid<T>(name: string, items: unknown[], check: (value: unknown) => string[]): T[] {
  items.forEach((item, index) => {
    const problems = check(item);
    if (problems.length > 0) throw new Error(`seed/${name}[${index}]: ${problems.join('; ')}`);
  });
  return items as T[];
}

/** The hand-written seed catalog shipped with the sandbox; throws if it is invalid. */
export async function loadSeed(): Promise<Catalog> {
  const [procedures, agencies, fields] = await Promise.all([
    readJsonArray('procedures.json'), readJsonArray('agencies.json'), readJsonArray('fields.json'),
  ]);
  return {
    procedures: assertValid<Procedure>('procedures.json', procedures, checkProcedure),
    agencies: assertValid<Agency>('agencies.json', agencies, checkAgency),
    fields: assertValid<Field>('fields.json', fields, checkField),
  };
}
