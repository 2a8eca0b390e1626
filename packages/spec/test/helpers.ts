// Shared test setup: the parsed document and an Ajv (JSON Schema 2020-12) instance
// that knows every component schema, as an independent second validator next to valibot.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import {
  componentSchemasAsJsonSchema,
  loadOpenApiDocumentSync,
  type OpenApiDocument,
} from '../src/document.js';

export const document: OpenApiDocument = loadOpenApiDocumentSync();

const SCHEMA_ID = 'https://dvc-kit.invalid/portal.schema.json';

export function createAjv(): Ajv2020 {
  // allowUnionTypes: the document uses `type: [string, 'null']` for nullable members.
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats.default(ajv);
  ajv.addSchema(componentSchemasAsJsonSchema(document, SCHEMA_ID));
  return ajv;
}

const ajv = createAjv();

/** Ajv validator for a component schema by name. */
export function ajvFor(name: string): ValidateFunction {
  const validate = ajv.getSchema(`${SCHEMA_ID}#/$defs/${name}`);
  if (!validate) throw new Error(`no component schema ${name}`);
  return validate;
}

/** Ajv validator for an inline schema that may `$ref` component schemas. */
export function ajvForInline(schema: unknown): ValidateFunction {
  const rewritten = JSON.parse(
    JSON.stringify(schema).replaceAll('#/components/schemas/', `${SCHEMA_ID}#/$defs/`),
  ) as object;
  return ajv.compile(rewritten);
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface OperationEntry {
  path: string;
  method: string;
  operation: Record<string, unknown>;
}

/** Every operation under `paths`. */
export function operations(): OperationEntry[] {
  const found: OperationEntry[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation && typeof operation === 'object') {
        found.push({ path, method, operation: operation as Record<string, unknown> });
      }
    }
  }
  return found;
}

/** Follows one local `$ref` (e.g. `#/components/responses/NotFound`). */
export function resolve<T = Record<string, unknown>>(node: unknown): T {
  if (node && typeof node === 'object' && '$ref' in node && typeof node.$ref === 'string') {
    let target: unknown = document;
    for (const segment of node.$ref.replace(/^#\//, '').split('/')) {
      target = (target as Record<string, unknown>)[segment.replaceAll('~1', '/').replaceAll('~0', '~')];
    }
    if (target === undefined) throw new Error(`unresolved ${node.$ref}`);
    return target as T;
  }
  return node as T;
}
