// Node-only access to portal.openapi.yaml (subpath `@dvc-kit/spec/document`), so the
// sandbox and tests can validate requests and responses against the document itself.
// Kept out of the main entry because it reads the file system.
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** Absolute path of portal.openapi.yaml (the file sits one level above both src/ and dist/). */
export const openapiDocumentPath: string = fileURLToPath(
  new URL('../portal.openapi.yaml', import.meta.url),
);

/** The parts of an OpenAPI 3.1 document that consumers here walk; the rest stays `unknown`. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; [key: string]: unknown };
  servers?: { url: string; description?: string }[];
  paths: Record<string, Record<string, unknown>>;
  webhooks?: Record<string, Record<string, unknown>>;
  components: {
    schemas: Record<string, Record<string, unknown>>;
    parameters?: Record<string, Record<string, unknown>>;
    responses?: Record<string, Record<string, unknown>>;
    headers?: Record<string, Record<string, unknown>>;
    securitySchemes?: Record<string, Record<string, unknown>>;
  };
  [key: string]: unknown;
}

function parseDocument(text: string): OpenApiDocument {
  const document: unknown = parse(text);
  if (typeof document !== 'object' || document === null || !('openapi' in document)) {
    throw new Error(`${openapiDocumentPath} is not an OpenAPI document`);
  }
  return document as OpenApiDocument;
}

/** Reads and parses the document (a fresh copy each call, safe to mutate). */
export async function loadOpenApiDocument(): Promise<OpenApiDocument> {
  return parseDocument(await readFile(openapiDocumentPath, 'utf8'));
}

/** Synchronous variant, for module-level setup in tests and the sandbox. */
export function loadOpenApiDocumentSync(): OpenApiDocument {
  return parseDocument(readFileSync(openapiDocumentPath, 'utf8'));
}

/**
 * The component schemas as one JSON Schema 2020-12 resource: `#/components/schemas/X`
 * references become `#/$defs/X`, so a validator such as Ajv can compile
 * `{ $ref: '<$id>#/$defs/X' }` for any schema X.
 */
export function componentSchemasAsJsonSchema(
  document: OpenApiDocument,
  id = 'https://dvc-kit.invalid/portal.schema.json',
): { $id: string; $schema: string; $defs: Record<string, unknown> } {
  const rewritten = JSON.parse(
    JSON.stringify(document.components.schemas).replaceAll('#/components/schemas/', '#/$defs/'),
  ) as Record<string, unknown>;
  return { $id: id, $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: rewritten };
}
