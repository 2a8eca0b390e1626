// Turns the JSON Schema validator's output into form errors: one per answer, with a pointer into
// the data, a stable code and a vi/en message.
import type { OutputUnit } from '@cfworker/json-schema';
import type { FormErrorCode } from './codes.js';
import { messageFor, type Message } from './messages.js';
import { childPointer } from './pointer.js';
import { keywordHolder, type SchemaNode } from './schema-node.js';

export interface FoundError {
  pointer: string;
  code: FormErrorCode;
  message: Message;
}

/** Keywords that only say "something below failed"; the failure below is reported itself. */
const STRUCTURAL = new Set([
  'properties', 'patternProperties', 'additionalProperties', 'items', 'prefixItems', 'additionalItems', 'contains',
  '$ref', '$dynamicRef', '$recursiveRef', 'allOf', 'if', 'then', 'else', 'dependentSchemas', 'unevaluatedProperties',
  'unevaluatedItems', 'propertyNames',
]);

const CODES: Readonly<Record<string, FormErrorCode>> = {
  required: 'required', dependentRequired: 'required', type: 'type', enum: 'choice', const: 'choice',
  pattern: 'pattern', minLength: 'too_short', maxLength: 'too_long', minimum: 'too_small',
  exclusiveMinimum: 'too_small', maximum: 'too_large', exclusiveMaximum: 'too_large', minItems: 'too_few',
  maxItems: 'too_many', uniqueItems: 'duplicate', format: 'format', false: 'not_allowed',
};

/** `#/child/sex` (URI-encoded, as the validator writes it) -> `/child/sex`. */
function dataPointer(instanceLocation: string): string {
  return decodeURI(instanceLocation.replace(/^#/, ''));
}

/** A message the form's author wrote for this code (`x-dvc-messages`), else the standard one. */
export function authoredMessage(holder: Record<string, unknown> | undefined, code: FormErrorCode): Message | undefined {
  const messages = holder?.['x-dvc-messages'];
  if (typeof messages !== 'object' || messages === null) return undefined;
  const message = (messages as Record<string, unknown>)[code];
  if (typeof message !== 'object' || message === null) return undefined;
  const { vi, en } = message as Record<string, unknown>;
  return typeof vi === 'string' && typeof en === 'string' ? { vi, en } : undefined;
}

export function schemaErrors(root: SchemaNode, units: readonly OutputUnit[]): FoundError[] {
  const found: FoundError[] = [];
  for (const unit of units) {
    if (STRUCTURAL.has(unit.keyword)) continue;
    let pointer = dataPointer(unit.instanceLocation);
    const code: FormErrorCode = CODES[unit.keyword] ?? 'invalid';
    if (code === 'required') {
      // The validator reports the object; the answer that is missing is one of its members.
      const name = /"((?:[^"\\]|\\.)*)"/.exec(unit.error)?.[1];
      if (name !== undefined) pointer = childPointer(pointer, name);
    }
    const holder = keywordHolder(root, unit.keywordLocation);
    const limit = holder?.[unit.keyword];
    const message = authoredMessage(holder, code) ?? messageFor(code, typeof limit === 'number' ? { limit } : {});
    found.push({ pointer, code, message });
  }
  return found;
}
