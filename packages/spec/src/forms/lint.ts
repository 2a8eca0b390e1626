// Checks a form definition the way an agency needs before publishing it: the layout names only
// answers the schema has, each widget suits its answer, choices match the schema's enum, and the
// schema's own example is a complete valid answer.
import type { components } from '../generated/portal.js';
import { checkForm } from './check.js';
import { pointerTokens } from './pointer.js';
import { isObject, resolveLocalRef, type SchemaNode } from './schema-node.js';

type FormDefinition = components['schemas']['FormDefinition'];
type FormInput = components['schemas']['FormInput'];
type FormField = components['schemas']['FormField'];
type FormPrefill = components['schemas']['FormPrefill'];
type FormWidget = components['schemas']['FormWidget'];

const FORMAT_OF: Partial<Record<FormInput['widget'], string>> = {
  'personal-id': 'personal-id', 'tax-code': 'tax-code', phone: 'phone', date: 'date',
};

function deref(root: SchemaNode, node: unknown): Record<string, unknown> | undefined {
  let current = node;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string' && hops < 16; hops++) {
    current = resolveLocalRef(root, current.$ref);
  }
  return isObject(current) ? current : undefined;
}

/** Where a member may be declared: the node, and its `allOf` parts and conditional branches. */
function declarations(root: SchemaNode, node: Record<string, unknown>): Record<string, unknown>[] {
  const parts = [node];
  for (const key of ['allOf', 'anyOf', 'oneOf']) if (Array.isArray(node[key])) parts.push(...(node[key] as unknown[]).map((p) => deref(root, p)).filter(isObject));
  for (const key of ['then', 'else']) {
    const branch = deref(root, node[key]);
    if (branch) parts.push(branch);
  }
  return parts;
}

/** The subschema that describes the answer at `pointer` below `node`, if the schema has one. */
export function subschemaAt(root: SchemaNode, node: unknown, pointer: string): Record<string, unknown> | undefined {
  let current = deref(root, node);
  for (const token of pointerTokens(pointer)) {
    if (!current) return undefined;
    let next: Record<string, unknown> | undefined;
    for (const part of declarations(root, current)) {
      if (isObject(part.properties) && Object.hasOwn(part.properties, token)) next = deref(root, part.properties[token]);
      else if (/^[0-9]+$/.test(token) && part.items !== undefined) next = deref(root, part.items);
      if (next) break;
    }
    current = next;
  }
  return current;
}

function enumOf(node: Record<string, unknown>, root: SchemaNode): unknown[] | undefined {
  if (Array.isArray(node.enum)) return node.enum;
  const items = deref(root, node.items);
  return items && Array.isArray(items.enum) ? items.enum : undefined;
}

/** The widgets each e-ID fact can answer (the sex comes as the values male/female of a choice). */
const PREFILL_WIDGETS: Record<FormPrefill, readonly FormWidget[]> = {
  fullName: ['text'], idNumber: ['personal-id', 'tax-code'], birthDate: ['date'], sex: ['choice'],
  phone: ['phone'], email: ['email'], address: ['address'],
};

function lintField(root: SchemaNode, parent: unknown, field: FormInput | FormField, where: string, problems: string[]): void {
  const node = subschemaAt(root, parent, field.pointer);
  if (!node) {
    problems.push(`${where}: ${field.pointer} is not in the schema`);
    return;
  }
  const format = FORMAT_OF[field.widget];
  if (format && node['x-dvc-format'] !== format) problems.push(`${where}: widget ${field.widget} needs x-dvc-format "${format}"`);
  if (field.widget === 'number' && node.type !== 'integer' && node.type !== 'number') problems.push(`${where}: widget number needs a numeric type`);
  const prefillWidget = field.prefill ? PREFILL_WIDGETS[field.prefill] : undefined;
  if (prefillWidget && !prefillWidget.includes(field.widget)) {
    problems.push(`${where}: prefill ${field.prefill ?? ''} fits widget ${prefillWidget.join(' or ')}, not ${field.widget}`);
  }
  if (field.widget === 'choice') {
    const values = enumOf(node, root);
    const options = field.options?.map((o) => o.value) ?? [];
    if (!field.choice) problems.push(`${where}: a choice needs choice (radios, select or checkboxes)`);
    if (!values || JSON.stringify([...values].sort()) !== JSON.stringify([...options].sort())) {
      problems.push(`${where}: options ${options.join(', ')} differ from the schema's enum ${(values ?? []).join(', ')}`);
    }
  }
  if (field.widget === 'group') {
    const inner = 'fields' in field ? field.fields : undefined;
    if (node.type !== 'array' || !inner?.length) {
      problems.push(`${where}: a group needs an array in the schema and fields`);
      return;
    }
    for (const [i, item] of inner.entries()) {
      if (item.widget === 'group') problems.push(`${where}.fields[${i}]: groups do not nest`);
      else lintField(root, node.items, item, `${where}.fields[${i}]`, problems);
    }
  }
}

/** Every problem found in a definition, worded for its author; [] when it is fit to publish. */
export function lintFormDefinition(definition: FormDefinition, now: Date = new Date()): string[] {
  const problems: string[] = [];
  const root: SchemaNode = definition.schema;
  if (definition.schema.$schema !== 'https://json-schema.org/draft/2020-12/schema') problems.push('schema: $schema must be JSON Schema 2020-12');
  const examples = definition.schema.examples;
  if (!Array.isArray(examples) || examples.length === 0) problems.push('schema: needs a complete valid answer in examples');
  else {
    for (const error of checkForm(definition.schema, examples[0], { now })) {
      problems.push(`schema.examples[0]${error.pointer}: ${error.code} (${error.message.en})`);
    }
  }
  const pointers = new Set<string>();
  const sections = new Set<string>();
  for (const [s, section] of definition.layout.sections.entries()) {
    if (sections.has(section.id)) problems.push(`layout.sections[${s}]: id ${section.id} repeats`);
    sections.add(section.id);
    const conditions = [section.visibleWhen, ...section.fields.map((f) => f.visibleWhen)];
    for (const condition of conditions) {
      if (condition && !subschemaAt(root, root, condition.pointer)) problems.push(`layout.sections[${s}]: condition on ${condition.pointer}, which is not in the schema`);
    }
    for (const [f, field] of section.fields.entries()) {
      if (pointers.has(field.pointer)) problems.push(`layout.sections[${s}].fields[${f}]: ${field.pointer} is asked twice`);
      pointers.add(field.pointer);
      lintField(root, root, field, `layout.sections[${s}].fields[${f}]`, problems);
    }
  }
  return problems;
}
