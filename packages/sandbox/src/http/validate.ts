import type { Context } from 'hono';
import { localeOf, type Locale } from './locale.js';
import { ProblemError, type FieldError } from './problem.js';

/**
 * Request parsing and response checking with the spec's zod schemas (zod or zod/mini; only
 * `safeParse` is used, so any copy of zod 4 works). Bad input becomes 400 `validation_failed`
 * with one field error per issue, worded in the request's language. A response that does not
 * match its schema is a sandbox bug: it is logged and answered with 500 `internal_error`, so
 * tests see it at once instead of a client tripping over it later.
 */
export interface SchemaIssue {
  readonly code?: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

export type SafeParseResult<T> =
  | { success: true; data: T }
  | { success: false; error: { issues: readonly SchemaIssue[] } };

export interface Schema<T> {
  safeParse(data: unknown): SafeParseResult<T>;
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
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const locale = localeOf(request);
  const fieldErrors = result.error.issues.map((issue) => toFieldError(issue, locale));
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

function toFieldError(issue: SchemaIssue, locale: Locale): FieldError {
  return { path: formatPath(issue.path), message: describeIssue(issue, locale) };
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
  email: { vi: 'địa chỉ email', en: 'email address' },
  url: { vi: 'URL', en: 'URL' },
  uuid: { vi: 'UUID', en: 'UUID' },
  datetime: { vi: 'thời điểm ISO 8601', en: 'ISO 8601 date-time' },
  date: { vi: 'ngày (YYYY-MM-DD)', en: 'date (YYYY-MM-DD)' },
  regex: { vi: 'định dạng yêu cầu', en: 'required format' },
};

/** Issue fields zod adds per code; read defensively since only `code`/`path`/`message` are typed. */
interface IssueDetails {
  expected?: string;
  input?: unknown;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  format?: string;
  values?: readonly unknown[];
  keys?: readonly string[];
}

function describeIssue(issue: SchemaIssue, locale: Locale): string {
  const d = issue as SchemaIssue & IssueDetails;
  const vi = locale === 'vi';
  switch (issue.code) {
    case 'invalid_type': {
      if (d.input === undefined) return vi ? 'bắt buộc phải có' : 'is required';
      const name = TYPE_NAMES[d.expected ?? '']?.[locale] ?? d.expected ?? '?';
      return vi ? `phải là ${name}` : `must be ${name}`;
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = String(small ? d.minimum : d.maximum);
      if (d.origin === 'string') {
        return vi
          ? `phải có ${small ? 'ít nhất' : 'nhiều nhất'} ${limit} ký tự`
          : `must have at ${small ? 'least' : 'most'} ${limit} characters`;
      }
      if (d.origin === 'array' || d.origin === 'set') {
        return vi
          ? `phải có ${small ? 'ít nhất' : 'nhiều nhất'} ${limit} phần tử`
          : `must have at ${small ? 'least' : 'most'} ${limit} items`;
      }
      const strict = d.inclusive === false;
      if (vi) return `phải ${small ? (strict ? 'lớn hơn' : 'lớn hơn hoặc bằng') : strict ? 'nhỏ hơn' : 'nhỏ hơn hoặc bằng'} ${limit}`;
      return `must be ${small ? (strict ? 'greater than' : 'at least') : strict ? 'less than' : 'at most'} ${limit}`;
    }
    case 'invalid_format': {
      const name = FORMAT_NAMES[d.format ?? '']?.[locale] ?? d.format ?? '';
      return vi ? `không đúng định dạng ${name}` : `is not a valid ${name}`;
    }
    case 'invalid_value': {
      const values = (d.values ?? []).map((v) => JSON.stringify(v)).join(', ');
      return vi ? `phải là một trong: ${values}` : `must be one of: ${values}`;
    }
    case 'unrecognized_keys': {
      const keys = (d.keys ?? []).join(', ');
      return vi ? `có trường không được hỗ trợ: ${keys}` : `has unknown fields: ${keys}`;
    }
    case 'invalid_union':
      return vi ? 'không khớp với dạng dữ liệu nào được chấp nhận' : 'does not match any accepted shape';
    default:
      return vi ? `không hợp lệ (${issue.message})` : issue.message;
  }
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
  const result = schema.safeParse(body);
  if (!result.success) {
    const where = `${c.req.method} ${new URL(c.req.url).pathname}`;
    const issues = result.error.issues.slice(0, 10).map((i) => `${formatPath(i.path)}: ${i.message}`);
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
