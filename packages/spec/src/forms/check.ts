// checkForm(): the one check of a form's answers, run alike in the browser (under a CSP without
// 'unsafe-eval': @cfworker/json-schema interprets the schema, it never compiles code) and on the
// server. No Node APIs here.
import { Validator, type Schema } from '@cfworker/json-schema';
import type { FormErrorCode } from './codes.js';
import { walkCustom } from './custom-checks.js';
import { todayInVietnam } from './date.js';
import { messageFor, type Message } from './messages.js';
import { schemaErrors, type FoundError } from './schema-errors.js';
import { isObject, type SchemaNode } from './schema-node.js';

/** One missing or wrong answer: where (JSON Pointer into the data), what (stable code), and words for people. */
export interface FormCheckError {
  pointer: string;
  code: FormErrorCode;
  message: Message;
}

export interface CheckFormOptions {
  /** The clock for "not in the future" and birth years (default: now). */
  now?: Date;
}

const validators = new WeakMap<object, Validator>();

function validatorFor(schema: Record<string, unknown>): Validator {
  let validator = validators.get(schema);
  if (!validator) {
    // shortCircuit false: every error, not just the first, so the error summary lists them all.
    validator = new Validator(schema as Schema, '2020-12', false);
    validators.set(schema, validator);
  }
  return validator;
}

/**
 * One error per answer: the specific check (`id_number_province`) wins over a generic one
 * (`pattern`) at the same pointer, and otherwise the first found stays.
 */
function onePerPointer(standard: FoundError[], custom: FoundError[]): FormCheckError[] {
  const byPointer = new Map<string, FoundError>();
  for (const error of custom) if (!byPointer.has(error.pointer)) byPointer.set(error.pointer, error);
  for (const error of standard) if (!byPointer.has(error.pointer)) byPointer.set(error.pointer, error);
  // Keep the standard order (it follows the schema), with the custom-only answers after.
  const order = [...standard, ...custom].map((e) => e.pointer);
  return [...new Set(order)].map((pointer) => byPointer.get(pointer) as FoundError);
}

/** Checks `data` against a form's JSON Schema (2020-12, with the `x-dvc-*` keywords); [] when all is well. */
export function checkForm(schema: Record<string, unknown>, data: unknown, options: CheckFormOptions = {}): FormCheckError[] {
  if (!isObject(data)) return [{ pointer: '', code: 'type', message: messageFor('type') }];
  const root: SchemaNode = schema;
  const standard = schemaErrors(root, validatorFor(schema).validate(data).errors);
  const custom: FoundError[] = [];
  walkCustom({ root, today: todayInVietnam(options.now ?? new Date()), found: custom }, root, data, '');
  return onePerPointer(standard, custom);
}
