import { PortalError } from '../errors.js';

/** One step of an issue's path: a key, or an object carrying it (Standard Schema allows both). */
export type SchemaPathSegment = PropertyKey | { readonly key: PropertyKey };

/** One problem a schema found, as the Standard Schema interface reports it. */
export interface SchemaIssue {
  readonly message: string;
  readonly path?: readonly SchemaPathSegment[] | undefined;
}

/** What a Standard Schema's `validate` answers: the value, or the issues. */
export type SchemaResult<T> =
  | { readonly value: T; readonly issues?: undefined }
  | { readonly issues: readonly SchemaIssue[] };

/**
 * The part of a Standard Schema (https://standardschema.dev; valibot and zod 4 implement it)
 * the client uses. Typing it structurally keeps the validation library out of the client's
 * public types; `T` is the schema's output, which must match the generated OpenAPI type at
 * each call site, so a schema that drifts from the document fails the build.
 */
export interface ResponseSchema<T> {
  readonly '~standard': {
    readonly validate: (value: unknown) => SchemaResult<T> | Promise<SchemaResult<T>>;
  };
}

const keyOf = (segment: SchemaPathSegment): PropertyKey =>
  typeof segment === 'object' && segment !== null ? segment.key : segment;

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
  const result = schema['~standard'].validate(data);
  // The contract's schemas are synchronous; a Promise here means someone passed an async one.
  if (result instanceof Promise) throw new TypeError(`${operation}: the response schema validates asynchronously`);
  if (!result.issues) return result.value;
  const issues = result.issues.map((i) => ({ path: (i.path ?? []).map(keyOf), message: i.message }));
  const [method, path] = operation.split(' ');
  return ((): never => {
    throw new PortalError({
      status,
      code: 'invalid_response',
      title: 'Invalid response',
      detail: `${operation} answered a body that breaks the contract: ${issues.slice(0, 5).map((i) => `${formatPath(i.path)}: ${i.message}`).join('; ')}`,
      fieldErrors: issues.map((i) => ({ path: `/${i.path.map(String).join('/')}`, message: i.message })),
      method,
      path,
    });
  })();
}
