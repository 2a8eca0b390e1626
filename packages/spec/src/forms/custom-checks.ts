// The form vocabulary beyond standard JSON Schema: Vietnamese personal ID numbers, tax codes,
// phone numbers and dates (`x-dvc-format`), dates not in the future (`x-dvc-not-future`), and a
// person whose ID number must agree with their date of birth and sex (`x-dvc-person`). A second
// walk over schema and data, next to the standard validation, so any validator that ignores
// unknown keywords (as JSON Schema asks) still reads the same schema.
import { Validator, type Schema } from '@cfworker/json-schema';
import type { FormErrorCode } from './codes.js';
import { parseDate } from './date.js';
import { messageFor } from './messages.js';
import { checkPersonalId, type Sex } from './personal-id.js';
import { isVietnamesePhone } from './phone.js';
import { childPointer } from './pointer.js';
import { authoredMessage, type FoundError } from './schema-errors.js';
import { isObject, resolveLocalRef, type SchemaNode } from './schema-node.js';
import { checkTaxCode } from './tax-code.js';

export interface CustomContext {
  root: SchemaNode;
  today: string;
  found: FoundError[];
}

const MAX_DEPTH = 64;

function report(ctx: CustomContext, node: Record<string, unknown>, pointer: string, code: FormErrorCode): void {
  ctx.found.push({ pointer, code, message: authoredMessage(node, code) ?? messageFor(code) });
}

function checkString(ctx: CustomContext, node: Record<string, unknown>, value: string, pointer: string): void {
  const currentYear = Number(ctx.today.slice(0, 4));
  switch (node['x-dvc-format']) {
    case 'personal-id': {
      const code = checkPersonalId(value, { currentYear });
      if (code) report(ctx, node, pointer, code);
      break;
    }
    case 'tax-code': {
      const code = checkTaxCode(value, currentYear);
      if (code) report(ctx, node, pointer, code);
      break;
    }
    case 'phone':
      if (!isVietnamesePhone(value)) report(ctx, node, pointer, 'phone_invalid');
      break;
    case 'date': {
      const iso = parseDate(value);
      if (iso === null) report(ctx, node, pointer, 'date_invalid');
      else if (node['x-dvc-not-future'] === true && iso > ctx.today) report(ctx, node, pointer, 'date_in_future');
      break;
    }
    default:
      break;
  }
}

/**
 * `x-dvc-person: { idNumber, birthDate?, sex?, sexIs? }`: the ID number against the same object's
 * date of birth and sex (members named by `birthDate` and `sex`, or a fixed `sexIs`).
 */
function checkPerson(ctx: CustomContext, node: Record<string, unknown>, value: Record<string, unknown>, pointer: string): void {
  const spec = node['x-dvc-person'];
  if (!isObject(spec) || typeof spec.idNumber !== 'string') return;
  const idNumber = value[spec.idNumber];
  if (typeof idNumber !== 'string') return;
  const birth = typeof spec.birthDate === 'string' ? value[spec.birthDate] : undefined;
  // `sexIs` for a role that fixes it (the mother, the bride); else the member named by `sex`.
  const sex = spec.sexIs ?? (typeof spec.sex === 'string' ? value[spec.sex] : undefined);
  const code = checkPersonalId(idNumber, {
    currentYear: Number(ctx.today.slice(0, 4)),
    birthDate: typeof birth === 'string' ? (parseDate(birth) ?? undefined) : undefined,
    sex: sex === 'male' || sex === 'female' ? (sex as Sex) : undefined,
  });
  if (code) report(ctx, node, childPointer(pointer, spec.idNumber), code);
}

const ifValidators = new WeakMap<object, Validator>();

/** Whether `data` meets an `if` subschema (which may `$ref` the form's `$defs`). */
function meets(ctx: CustomContext, condition: SchemaNode, data: unknown): boolean {
  if (typeof condition === 'boolean') return condition;
  let validator = ifValidators.get(condition);
  if (!validator) {
    const defs = isObject(ctx.root) ? ctx.root.$defs : undefined;
    validator = new Validator({ ...condition, ...(defs ? { $defs: defs } : {}) } as Schema, '2020-12', true);
    ifValidators.set(condition, validator);
  }
  return validator.validate(data).valid;
}

function asNode(value: unknown): SchemaNode | undefined {
  return isObject(value) || typeof value === 'boolean' ? value : undefined;
}

export function walkCustom(ctx: CustomContext, node: SchemaNode | undefined, data: unknown, pointer: string, depth = 0): void {
  if (!isObject(node) || depth > MAX_DEPTH) return;
  if (typeof node.$ref === 'string') walkCustom(ctx, resolveLocalRef(ctx.root, node.$ref), data, pointer, depth + 1);
  if (typeof data === 'string') checkString(ctx, node, data, pointer);
  if (Array.isArray(node.allOf)) for (const part of node.allOf) walkCustom(ctx, asNode(part), data, pointer, depth + 1);
  const condition = asNode(node.if);
  if (condition !== undefined) {
    const branch = meets(ctx, condition, data) ? node.then : node.else;
    walkCustom(ctx, asNode(branch), data, pointer, depth + 1);
  }
  if (isObject(data)) {
    checkPerson(ctx, node, data, pointer);
    if (isObject(node.properties)) {
      for (const [key, sub] of Object.entries(node.properties)) {
        if (Object.hasOwn(data, key)) walkCustom(ctx, asNode(sub), data[key], childPointer(pointer, key), depth + 1);
      }
    }
  }
  if (Array.isArray(data)) {
    const prefix = Array.isArray(node.prefixItems) ? node.prefixItems : [];
    data.forEach((item, index) => {
      const sub = index < prefix.length ? prefix[index] : node.items;
      walkCustom(ctx, asNode(sub), item, childPointer(pointer, index), depth + 1);
    });
  }
}
