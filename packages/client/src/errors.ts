/**
 * Stable error codes. The server's codes come from the contract (the `code`
 * member of its problem+json); the client adds its own for failures that never
 * reached a server answer.
 */
export type PortalErrorCode =
  // server (see the Problem schema in portal.openapi.yaml)
  | 'bad_request' | 'validation_failed' | 'unauthenticated' | 'forbidden' | 'not_found'
  | 'procedure_not_found' | 'dossier_not_found' | 'upload_not_found' | 'payment_not_found'
  | 'administrative_unit_not_found' | 'form_not_found' | 'form_invalid'
  | 'conflict' | 'invalid_state_transition' | 'missing_required_components'
  | 'idempotency_key_required' | 'idempotency_key_reused' | 'payload_too_large'
  | 'upload_type_not_allowed' | 'checksum_mismatch' | 'rate_limited' | 'internal_error'
  // client
  /** The request never got an HTTP answer (DNS, refused, reset, offline). */
  | 'network'
  /** No answer within `timeoutMs`. */
  | 'timeout'
  /** The caller's AbortSignal fired. */
  | 'aborted'
  /** A 2xx answer whose body breaks the contract. */
  | 'invalid_response'
  /** An error status without a problem+json body (e.g. a proxy's HTML 502). */
  | 'http_error'
  // codes a newer server may add; branch on the known ones
  | (string & {});

/** One invalid input field, as the server reports it (`path` is a JSON Pointer). */
export interface FieldError {
  /** JSON Pointer into the request body, e.g. `/applicant/idNumber`. */
  path: string;
  /** Human-readable message in the request's language. */
  message: string;
}

/** Everything a {@link PortalError} carries; see its properties. */
export interface PortalErrorInit {
  /** HTTP status, 0 when there was no answer. */
  status: number;
  /** Stable code. */
  code: PortalErrorCode;
  /** Short summary. */
  title: string;
  /** Explanation for this occurrence. */
  detail?: string;
  /** Problem type URI. */
  type?: string;
  /** URI of this occurrence. */
  instance?: string;
  /** Invalid fields. */
  fieldErrors?: FieldError[];
  /** The problem+json body as received, when there was one. */
  problem?: Readonly<Record<string, unknown>>;
  /** HTTP method of the call. */
  method?: string;
  /** URL path (or path template) of the call. */
  path?: string;
  /** The underlying error, if any. */
  cause?: unknown;
}

/**
 * The one error type every client call rejects with: a problem+json answer
 * (RFC 9457), a network failure, a timeout, an abort or a response that breaks
 * the contract. Branch on `code`, never on the text.
 */
export class PortalError extends Error {
  /** HTTP status; 0 when no answer was received (network, timeout, aborted). */
  readonly status: number;
  /** Stable machine-readable code. */
  readonly code: PortalErrorCode;
  /** Short summary, in the request's language when it came from the server. */
  readonly title: string;
  /** Explanation for this occurrence. */
  readonly detail: string;
  /** Problem type URI (`urn:dvc-kit:problem:{code}`), when the server sent one. */
  readonly type: string | undefined;
  /** URI of this occurrence, when the server sent one. */
  readonly instance: string | undefined;
  /** Invalid fields; empty when none were reported. */
  readonly fieldErrors: FieldError[];
  /**
   * The problem+json body as received, for the extension members this core does not read itself
   * (e.g. the `errors` of `form_invalid`, read by `formErrorsOf()` from `@dvc-kit/client/forms`,
   * so that pages without a form do not carry that code); `undefined` without such a body.
   */
  readonly problem: Readonly<Record<string, unknown>> | undefined;
  /** HTTP method of the failed call, when known. */
  readonly method: string | undefined;
  /** URL path of the failed call, when known. */
  readonly path: string | undefined;

  /** @param init - the error's fields */
  constructor(init: PortalErrorInit) {
    super(init.detail ? `${init.title}: ${init.detail}` : init.title, { cause: init.cause });
    this.name = 'PortalError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail ?? '';
    this.type = init.type;
    this.instance = init.instance;
    this.fieldErrors = init.fieldErrors ?? [];
    this.problem = init.problem;
    this.method = init.method;
    this.path = init.path;
  }
}

/**
 * Tells whether `value` is a {@link PortalError} (also across bundle copies,
 * where `instanceof` fails).
 *
 * @param value - anything caught
 * @param code - when given, the error must also carry this code
 */
export function isPortalError(value: unknown, code?: PortalErrorCode): value is PortalError {
  const isOne =
    value instanceof PortalError ||
    (value instanceof Error && value.name === 'PortalError' && typeof (value as PortalError).code === 'string');
  return isOne && (code === undefined || (value as PortalError).code === code);
}

/** @internal A plain JSON object (not null, not an array); also read by `formErrorsOf()`. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(isRecord)
    .map((item) => ({ path: String(item.path ?? ''), message: String(item.message ?? '') }));
}

/**
 * Builds a {@link PortalError} from an error answer. A problem+json body gives
 * code, title, detail and field errors; anything else (an HTML page from a
 * proxy, an empty body) becomes `http_error` with the status text.
 *
 * @param response - the error response (its body may already be consumed)
 * @param body - the parsed or raw body, if already read
 * @param request - the request, to name the failed call
 */
export function errorFromResponse(
  response: Response,
  body: unknown,
  request?: { method: string; url: string },
): PortalError {
  const where = request ? { method: request.method, path: new URL(request.url).pathname } : {};
  let problem: unknown = body;
  if (typeof body === 'string') {
    try {
      problem = JSON.parse(body);
    } catch {
      problem = undefined;
    }
  }
  if (isRecord(problem) && typeof problem.code === 'string') {
    return new PortalError({
      status: response.status,
      code: problem.code,
      title: typeof problem.title === 'string' ? problem.title : response.statusText || 'Error',
      detail: typeof problem.detail === 'string' ? problem.detail : '',
      type: typeof problem.type === 'string' ? problem.type : undefined,
      instance: typeof problem.instance === 'string' ? problem.instance : undefined,
      fieldErrors: readFieldErrors(problem.fieldErrors),
      problem,
      ...where,
    });
  }
  return new PortalError({
    status: response.status,
    code: response.status === 401 ? 'unauthenticated' : 'http_error',
    title: response.statusText || `HTTP ${response.status}`,
    detail: `${where.method ?? ''} ${where.path ?? ''} answered ${response.status} without problem details`.trim(),
    ...where,
  });
}
