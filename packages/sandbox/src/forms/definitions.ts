import { readdirSync, readFileSync } from 'node:fs';
import * as v from 'valibot';
import { FormDefinitionSchema, type FormDefinition } from '@dvc-kit/spec';

/**
 * The online forms the sandbox serves: one JSON file per national procedure code in seed/forms,
 * written as an agency would write them (see docs/guides/forms.md). A form belongs to the
 * national code, so a province's variant (`1.001193.000.00.00.H56`) and an imported real catalog
 * get the same form as the seed.
 */
export const FORMS_DIR = new URL('../../seed/forms/', import.meta.url);

const NATIONAL_CODE = /^[0-9]\.[0-9]{6}/;

let loaded: ReadonlyMap<string, FormDefinition> | undefined;

function load(): ReadonlyMap<string, FormDefinition> {
  const forms = new Map<string, FormDefinition>();
  for (const name of readdirSync(FORMS_DIR).filter((n) => n.endsWith('.json')).sort()) {
    const parsed = v.safeParse(FormDefinitionSchema, JSON.parse(readFileSync(new URL(name, FORMS_DIR), 'utf8')));
    if (!parsed.success) throw new Error(`seed/forms/${name} is not a form definition: ${v.summarize(parsed.issues)}`);
    if (`${parsed.output.procedureCode}.json` !== name) throw new Error(`seed/forms/${name} names procedure ${parsed.output.procedureCode}`);
    forms.set(parsed.output.procedureCode, parsed.output);
  }
  return forms;
}

/** Every form, by national procedure code (read once). */
export function formDefinitions(): ReadonlyMap<string, FormDefinition> {
  loaded ??= load();
  return loaded;
}

/** The form of a procedure (national code or local variant), if it has one. */
export function formFor(procedureCode: string): FormDefinition | undefined {
  const national = NATIONAL_CODE.exec(procedureCode)?.[0];
  return national === undefined ? undefined : formDefinitions().get(national);
}
