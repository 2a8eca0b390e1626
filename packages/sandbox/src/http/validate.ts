import type { Context } from 'hono';
import { localeOf, type Locale } from './locale.js';
import { ProblemError, type FieldError } from './problem.js';

/**
 * Request parsing and response checking with the spec's schemas through the Standard Schema
 * interface (https://standardschema.dev: valibot, which the spec uses, and zod 4 both implement
 * it). Bad input becomes 422 `validation_failed` with one field error per issue, worded in the
 * request's language. A response that does not match its schema is a sandbox bug: it is logged
 * and answered with 500 `internal_error`, so tests see it at once instead of a client tripping
 * over it later.
 */
export type PathSegment = PropertyKey | { readonly key: PropertyKey };

export interface SchemaIssue {
  readonly message: string;
  readonly path?: readonly PathSegment[] | undefined;
}

export type SchemaResult<T> =
  | { readonly value: T; readonly issues?: undefined }
  | { readonly issues: readonly SchemaIssue[] };

export interface Schema<T> {
  readonly '~standard': {
    readonly validate: (value: unknown) => SchemaResult<T> | Promise<SchemaResult<T>>;
  };
}

/** Runs a schema; the contract's schemas are synchronous, so a Promise is a programming error. */
export function validate<T>(schema: Schema<T>, value: unknown): SchemaResult<T> {
  const result = schema['~standard'].validate(value);
  if (result instanceof Promise) throw new TypeError('an asynchronous schema was given where only synchronous ones are used');
  return result;
}

/** The keys of an issue's path (Standard Schema allows `{ key }` objects as segments). */
export function pathOf(issue: SchemaIssue): PropertyKey[] {
  return (issue.path ?? []).map((s) => (typeof s === 'object' && s !== null ? s.key : s));
}

type Where = 'query' | 'path' | 'body' | 'header';

/** Query string as an object: a repeated key becomes an array, a single one a string. */
export function queryObject(url: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of new URL(url).searchParams) {
    const seen = out[key];
    if (seen === undefined) out[key] = value;
    else out[key] = Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return out;
}

export function parseQuery<T>(c: Context, schema: Schema<T>): T {
  return check(c.req.raw, schema, queryObject(c.req.url), 'query');
}

export function parseParams<T>(c: Context, schema: Schema<T>): T {
  return check(c.req.raw, schema, c.req.param(), 'path');
}

/** Parses a JSON body. An empty body is `undefined`, so optional bodies work. */
export async function parseBody<T>(c: Context, schema: Schema<T>): Promise<T> {
  const text = await c.req.text();
  let value: unknown = undefined;
  if (text.trim() !== '') {
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/([\w.+-]*\+)?json\b/i.test(type)) {
      throw new ProblemError(400, 'bad_request', {
        vi: 'Nội dung gửi lên phải là JSON (Content-Type: application/json).',
        en: 'The request body must be JSON (Content-Type: application/json).',
      });
    }
    try {
      value = JSON.parse(text);
    } catch {
      throw new ProblemError(400, 'bad_request', {
        vi: 'Nội dung gửi lên không phải JSON hợp lệ.',
        en: 'The request body is not valid JSON.',
      });
    }
  }
  return check(c.req.raw, schema, value, 'body');
}

/** Where a NUL character hides in a parsed value: PostgreSQL text cannot store one. */
function nulPath(value: unknown, path: PropertyKey[] = []): PropertyKey[] | null {
  if (typeof value === 'string') return value.includes('\0') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = nulPath(value[i], [...path, i]);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulPath(key, [...path, key]) ?? nulPath(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

function check<T>(request: Request, schema: Schema<T>, value: unknown, where: Where): T {
  const nul = nulPath(value);
  if (nul) {
    const fieldErrors = [{
      path: formatPath(nul),
      message: localeOf(request) === 'vi' ? 'không được chứa ký tự NUL' : 'must not contain a NUL character',
    }];
    throw new ProblemError(422, 'validation_failed', detailFor(fieldErrors, where), fieldErrors);
  }
  const result = validate(schema, value);
  if (!result.issues) return result.value;
  const locale = localeOf(request);
  const fieldErrors = result.issues.map((issue) => toFieldError(issue, locale));
  throw new ProblemError(422, 'validation_failed', detailFor(fieldErrors, where), fieldErrors);
}

const WHERE_TEXT: Record<Where, Record<Locale, string>> = {
  query: { vi: 'Tham số truy vấn', en: 'Query parameters' },
  path: { vi: 'Đường dẫn', en: 'Path parameters' },
  body: { vi: 'Nội dung gửi lên', en: 'Request body' },
  header: { vi: 'Tiêu đề yêu cầu', en: 'Request headers' },
};

function detailFor(errors: FieldError[], where: Where): Record<Locale, string> {
  // The field messages are already in the request's language, and only that language's detail
  // is ever sent, so both variants can share the list.
  const list = errors
    .slice(0, 3)
    .map((e) => (e.path ? `${e.path}: ${e.message}` : e.message))
    .join('; ');
  const more = errors.length > 3 ? ` (+${errors.length - 3})` : '';
  return {
    vi: `${WHERE_TEXT[where].vi} không hợp lệ: ${list}${more}.`,
    en: `${WHERE_TEXT[where].en} are not valid: ${list}${more}.`,
  };
}

/** `applicant.name`, `attachments[0].uploadId`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** An unknown member of a strict object: valibot reports it at the member, named by `input`. */
const isUnknownKey = (d: IssueDetails) => d.type === 'strict_object' && d.expected === 'never';

function toFieldError(issue: SchemaIssue, locale: Locale): FieldError {
  const path = pathOf(issue);
  // The member is what is wrong, so the error names the object holding it.
  if (isUnknownKey(issue as IssueDetails)) path.pop();
  return { path: formatPath(path), message: describeIssue(issue, locale) };
}

const TYPE_NAMES: Record<string, Record<Locale, string>> = {
  string: { vi: 'chuỗi ký tự', en: 'a string' },
  number: { vi: 'số', en: 'a number' },
  int: { vi: 'số nguyên', en: 'an integer' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  array: { vi: 'danh sách', en: 'a list' },
  object: { vi: 'đối tượng', en: 'an object' },
  null: { vi: 'null', en: 'null' },
};

const FORMAT_NAMES: Record<string, Record<Locale, string>> = {
  rfc_email: { vi: 'địa chỉ email', en: 'email address' },
  email: { vi: 'địa chỉ email', en: 'email address' },
  url: { vi: 'URL', en: 'URL' },
  uuid: { vi: 'UUID', en: 'UUID' },
  iso_timestamp: { vi: 'thời điểm ISO 8601', en: 'ISO 8601 date-time' },
  iso_date: { vi: 'ngày (YYYY-MM-DD)', en: 'date (YYYY-MM-DD)' },
  regex: { vi: 'định dạng yêu cầu', en: 'required format' },
};

/**
 * What valibot adds to a Standard Schema issue (`kind`, `type`, `input`, `expected`,
 * `requirement`); read defensively, so an issue without them falls back to its message.
 */
interface IssueDetails {
  kind?: string;
  type?: string;
  input?: unknown;
  expected?: string | null;
  requirement?: unknown;
}

/** valibot's schema types that name a JSON type; the object variants are all "an object". */
const typeName = (type: string) => (type.endsWith('object') ? 'object' : type);

function describeIssue(issue: SchemaIssue, locale: Locale): string {
  const d = issue as SchemaIssue & IssueDetails;
  const vi = locale === 'vi';
  const type = d.type ?? '';
  if (isUnknownKey(d)) return vi ? `có trường không được hỗ trợ: ${String(d.input)}` : `has unknown fields: ${String(d.input)}`;
  if (d.kind === 'schema') {
    if (d.input === undefined) return vi ? 'bắt buộc phải có' : 'is required';
    if (type === 'picklist' || type === 'literal') {
      // valibot writes the options as `("a" | "b")`; the answer lists them as `"a", "b"`.
      const values = (d.expected ?? '').replace(/^\((.*)\)$/, '$1').split(' | ').join(', ');
      return vi ? `phải là một trong: ${values}` : `must be one of: ${values}`;
    }
    if (type === 'union') return vi ? 'không khớp với dạng dữ liệu nào được chấp nhận' : 'does not match any accepted shape';
    const name = TYPE_NAMES[typeName(type)];
    if (name) return vi ? `phải là ${name.vi}` : `must be ${name.en}`;
  }
  switch (type) {
    case 'integer':
    case 'safe_integer':
      return vi ? `phải là ${TYPE_NAMES.int!.vi}` : `must be ${TYPE_NAMES.int!.en}`;
    case 'min_length':
    case 'max_length': {
      const small = type === 'min_length';
      const limit = String(d.requirement);
      if (typeof d.input === 'string') {
        return vi
          ? `phải có ${small ? 'ít nhất' : 'nhiều nhất'} ${limit} ký tự`
          : `must have at ${small ? 'least' : 'most'} ${limit} characters`;
      }
      return vi
        ? `phải có ${small ? 'ít nhất' : 'nhiều nhất'} ${limit} phần tử`
        : `must have at ${small ? 'least' : 'most'} ${limit} items`;
    }
    case 'min_value':
    case 'max_value':
    case 'gt_value':
    case 'lt_value': {
      const small = type === 'min_value' || type === 'gt_value';
      const strict = type === 'gt_value' || type === 'lt_value';
      const limit = String(d.requirement);
      if (vi) return `phải ${small ? (strict ? 'lớn hơn' : 'lớn hơn hoặc bằng') : strict ? 'nhỏ hơn' : 'nhỏ hơn hoặc bằng'} ${limit}`;
      return `must be ${small ? (strict ? 'greater than' : 'at least') : strict ? 'less than' : 'at most'} ${limit}`;
    }
  }
  const format = FORMAT_NAMES[type];
  if (format) return vi ? `không đúng định dạng ${format.vi}` : `is not a valid ${format.en}`;
  return vi ? `không hợp lệ (${issue.message})` : issue.message;
}

/**
 * Sends `body` as JSON after checking it against the response schema. Use for every JSON
 * response of the API so the sandbox can never drift from the contract unnoticed.
 */
export function json<T>(
  c: Context,
  schema: Schema<T>,
  body: T,
  status: 200 | 201 = 200,
  headers: Record<string, string> = {},
): Response {
  const result = validate(schema, body);
  if (result.issues) {
    const where = `${c.req.method} ${new URL(c.req.url).pathname}`;
    const issues = result.issues.slice(0, 10).map((i) => `${formatPath(pathOf(i))}: ${i.message}`);
    console.error(`[dvc-sandbox] response of ${where} breaks the contract:\n  ${issues.join('\n  ')}`);
    throw new ProblemError(500, 'internal_error', {
      vi: 'Phản hồi của sandbox không khớp hợp đồng API (lỗi của sandbox, đã ghi nhật ký).',
      en: 'The sandbox built a response that breaks the API contract (a sandbox bug; it was logged).',
    });
  }
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'content-language': localeOf(c.req.raw), ...headers },
  });
}
