/**
 * Structural check of a Procedure against the contract sketch. Stand-in until
 * @dvc-kit/spec exports its zod schema; then validateProcedure() delegates to it.
 * Returns problems as 'path: message' strings; empty means valid.
 */
type Check = (value: unknown, path: string, out: string[]) => void;

const str: Check = (v, p, o) => { if (typeof v !== 'string') o.push(`${p}: expected string`); };
const nonEmpty: Check = (v, p, o) => { if (typeof v !== 'string' || v.trim() === '') o.push(`${p}: expected non-empty string`); };
const nullable = (inner: Check): Check => (v, p, o) => { if (v !== null) inner(v, p, o); };
const int: Check = (v, p, o) => { if (!Number.isInteger(v) || (v as number) < 0) o.push(`${p}: expected integer >= 0`); };
const num: Check = (v, p, o) => { if (typeof v !== 'number' || !Number.isFinite(v)) o.push(`${p}: expected number`); };
const bool: Check = (v, p, o) => { if (typeof v !== 'boolean') o.push(`${p}: expected boolean`); };
const oneOf = (...values: string[]): Check => (v, p, o) => {
  if (typeof v !== 'string' || !values.includes(v)) o.push(`${p}: expected one of ${values.join('|')}`);
};
const array = (inner: Check, min = 0): Check => (v, p, o) => {
  if (!Array.isArray(v)) { o.push(`${p}: expected array`); return; }
  if (v.length < min) o.push(`${p}: expected at least ${min} item(s)`);
  v.forEach((item, i) => inner(item, `${p}[${i}]`, o));
};
const object = (shape: Record<string, Check>): Check => (v, p, o) => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) { o.push(`${p}: expected object`); return; }
  const record = v as Record<string, unknown>;
  for (const [key, check] of Object.entries(shape)) {
    if (!(key in record)) o.push(`${p}.${key}: missing`);
    else check(record[key], `${p}.${key}`, o);
  }
  for (const key of Object.keys(record)) if (!(key in shape)) o.push(`${p}.${key}: unexpected property`);
};

const level = oneOf('ministry', 'province', 'commune', 'other');
export const agencyCheck = object({ id: nonEmpty, name: nonEmpty, level, parentId: nullable(nonEmpty) });
export const fieldCheck = object({ id: nonEmpty, name: nonEmpty });
const fee = object({
  kind: oneOf('fee', 'charge', 'unknown'), amount: nullable(int), currency: oneOf('VND', 'USD'), free: bool, text: str,
});
const channel = object({
  channel: oneOf('online', 'in_person', 'postal'),
  duration: object({ value: nullable(num), unit: nullable(oneOf('working_day', 'day', 'hour', 'month')), text: nullable(str) }),
  fees: array(fee),
  note: nullable(str),
});
const component = object({
  id: nonEmpty, name: nonEmpty, required: bool, originals: int, copies: int,
  template: nullable(object({ name: nonEmpty, url: nullable(str) })),
});
const procedure = object({
  code: (v, p, o) => { if (typeof v !== 'string' || !/^\d+\.\d{6}$/.test(v)) o.push(`${p}: expected code like 1.001193`); },
  name: nonEmpty,
  field: fieldCheck,
  levels: array(level, 1),
  onlineLevel: oneOf('full', 'partial', 'info'),
  agency: agencyCheck,
  decisionNo: nullable(str),
  procedureType: nullable(str),
  implementingAgency: nullable(str),
  targetGroups: array(str),
  channels: array(channel),
  cases: array(object({ id: nonEmpty, name: nullable(str), components: array(component) }), 1),
  results: array(object({ code: nullable(str), name: nonEmpty })),
  legalBasis: array(str),
  requirements: nullable(str),
  steps: nullable(str),
  sourceUrl: nullable(str),
});

function run(check: Check, value: unknown): string[] {
  const out: string[] = [];
  check(value, '$', out);
  return out;
}

export function checkProcedure(value: unknown): string[] {
  const problems = run(procedure, value);
  // Ids must be unique within the procedure: dossiers refer to them.
  if (problems.length === 0) {
    const p = value as { cases: { id: string; components: { id: string }[] }[] };
    const caseIds = p.cases.map((c) => c.id);
    if (new Set(caseIds).size !== caseIds.length) problems.push('$.cases: duplicate case id');
    const seen = new Map<string, string>();
    for (const c of p.cases) {
      for (const comp of c.components) {
        const prev = seen.get(comp.id);
        if (prev !== undefined && prev !== comp.name) problems.push(`$.cases: component id ${comp.id} names two components`);
        seen.set(comp.id, comp.name);
      }
    }
  }
  return problems;
}
export const checkAgency = (value: unknown): string[] => run(agencyCheck, value);
export const checkField = (value: unknown): string[] => run(fieldCheck, value);
