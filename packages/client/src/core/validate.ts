import { PortalError } from '../errors.js';

/** One problem a schema found (the shape zod reports). */
export interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/**
 * The part of a zod (or zod/mini) schema the client uses. Typing it
 * structurally keeps zod itself out of the client's public types; `T` is the
 * schema's output, which must match the generated OpenAPI type at each call
 * site, so a schema that drifts from the document fails the build.
 */
export interface ResponseSchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}

/**
 * Checks a response body against its schema and returns the typed value, or
 * throws `invalid_response` naming the operation and the offending fields, so
 * no caller ever holds a half-typed object.
 *
 * @param schema - the contract's schema for this response
 * @param data - the parsed body
 * @param operation - e.g. `GET /procedures/{code}`, used in the error
 * @param status - the answer's HTTP status, kept on the error
 */
export function parseResponse<T>(schema: ResponseSchema<T>, data: unknown, operation: string, status = 0): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 5).map((i) => `${formatPath(i.path)}: ${i.message}`);
  const [method, path] = operation.split(' ');
  return ((): never => {
    throw new PortalError({
      status,
      code: 'invalid_response',
      title: 'Invalid response',
      detail: `${operation} answered a body that breaks the contract: ${issues.join('; ')}`,
      fieldErrors: result.error.issues.map((i) => ({ path: `/${i.path.map(String).join('/')}`, message: i.message })),
      method,
      path,
    });
  })();
}
