/**
 * Checks a response against portal.openapi.yaml itself (not the valibot schemas the sandbox uses),
 * so a test catches drift between the sandbox, the valibot schemas and the document.
 *
 *   assertMatchesContract('GET', '/api/v1/procedures?q=x', 200, body);
 *   const body = await checkedJson(response);          // same, from a fetch Response
 */
import { AssertionError } from 'node:assert';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { componentSchemasAsJsonSchema, loadOpenApiDocumentSync, type OpenApiDocument } from '@dvc-kit/spec/document';

const SCHEMA_ID = 'https://dvc-kit.invalid/portal.schema.json';
const API_BASE = '/api/v1';

const document: OpenApiDocument = loadOpenApiDocumentSync();
const ajv = new Ajv2020({ strict: false, allErrors: true });
// ajv-formats is CommonJS; its default export arrives wrapped under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv2020) => void;
addFormats(ajv);
ajv.addSchema(componentSchemasAsJsonSchema(document, SCHEMA_ID));

const compiled = new Map<string, ValidateFunction>();

function rewriteRefs(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${SCHEMA_ID}#/$defs/`));
}

function validatorFor(schema: Record<string, unknown>): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(rewriteRefs(schema) as object);
    compiled.set(key, validate);
  }
  return validate;
}

function resolveRef<T>(value: unknown): T {
  let current = value as { $ref?: string };
  while (current && typeof current.$ref === 'string') {
    const parts = current.$ref.replace(/^#\//, '').split('/');
    let target: unknown = document;
    for (const part of parts) target = (target as Record<string, unknown>)[part];
    current = target as { $ref?: string };
  }
  return current as T;
}

/** '/api/v1/procedures/1.001193?x=1' -> the document's path item key '/procedures/{code}'. */
function findPath(path: string): string {
  const pathname = path.split('?')[0] ?? path;
  const relative = pathname === '/healthz' ? pathname : pathname.startsWith(`${API_BASE}/`) ? pathname.slice(API_BASE.length) : null;
  if (relative === null) throw new AssertionError({ message: `${pathname} is outside the API described by portal.openapi.yaml` });
  for (const template of Object.keys(document.paths)) {
    const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
    if (pattern.test(relative)) return template;
  }
  throw new AssertionError({ message: `no path in portal.openapi.yaml matches ${relative}` });
}

interface ResponseObject {
  content?: Record<string, { schema?: Record<string, unknown> }>;
}

/**
 * Throws unless `status` is documented for the operation and `body` validates against the
 * documented schema of `contentType` (default: the operation's only JSON content type).
 */
export function assertMatchesContract(
  method: string,
  path: string,
  status: number,
  body: unknown,
  contentType?: string,
): void {
  const template = findPath(path);
  const operation = document.paths[template]?.[method.toLowerCase()] as
    | { responses?: Record<string, unknown> }
    | undefined;
  const where = `${method.toUpperCase()} ${template} -> ${status}`;
  if (!operation) throw new AssertionError({ message: `${method.toUpperCase()} ${template} is not in portal.openapi.yaml` });
  const responses = operation.responses ?? {};
  const documented = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
  if (!documented) {
    throw new AssertionError({
      message: `${where}: status not documented (documented: ${Object.keys(responses).join(', ')}); body: ${JSON.stringify(body).slice(0, 500)}`,
    });
  }
  const response = resolveRef<ResponseObject>(documented);
  const contents = response.content ?? {};
  if (Object.keys(contents).length === 0) {
    if (body !== undefined && body !== null && body !== '') {
      throw new AssertionError({ message: `${where}: documented without a body, got ${JSON.stringify(body).slice(0, 200)}` });
    }
    return;
  }
  const type = contentType?.split(';')[0]?.trim() ?? Object.keys(contents).find((t) => /json/.test(t));
  const schema = type ? contents[type]?.schema : undefined;
  if (!schema) {
    throw new AssertionError({ message: `${where}: content type ${type ?? '?'} not documented (documented: ${Object.keys(contents).join(', ')})` });
  }
  const validate = validatorFor(schema);
  if (!validate(body)) {
    const errors = (validate.errors ?? []).slice(0, 8).map((e) => `  ${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
    throw new AssertionError({
      message: `${where}: body does not match portal.openapi.yaml\n${errors.join('\n')}\nbody: ${JSON.stringify(body).slice(0, 800)}`,
    });
  }
}

/**
 * Reads a fetch Response's JSON body and checks it (and its status and content type) against
 * the contract. `method` defaults to GET; the path comes from `response.url`.
 */
export async function checkedJson<T = unknown>(response: Response, method = 'GET'): Promise<T> {
  const contentType = response.headers.get('content-type') ?? '';
  const text = await response.text();
  const body: unknown = text === '' ? undefined : /json/.test(contentType) ? JSON.parse(text) : text;
  assertMatchesContract(method, new URL(response.url).pathname, response.status, body, contentType || undefined);
  return body as T;
}
