import {
  PROBLEM_TITLES as CONTRACT_TITLES,
  type FormError,
  type ProblemCode as ContractProblemCode,
} from '@dvc-kit/spec';
import { localeOf, type Locale } from './locale.js';

/**
 * Every error the sandbox returns is RFC 9457 problem+json with a stable `code`, a title and a
 * detail in the request's language. Route code throws `ProblemError`; the app's error handler
 * turns it (and anything unexpected, as `internal_error` without a stack) into a response.
 */
export interface FieldError {
  path: string;
  message: string;
}

type Text = Record<Locale, string>;

// Titles and codes come from the contract, so the sandbox and the client agree on every code.
// `method_not_allowed` is the sandbox's own answer to a wrong HTTP method (not in the contract).
export const PROBLEM_TITLES: Readonly<Record<ProblemCode, Text>> = {
  ...CONTRACT_TITLES,
  method_not_allowed: { vi: 'Phương thức không được hỗ trợ', en: 'Method not allowed' },
};

export type ProblemCode = ContractProblemCode | 'method_not_allowed';

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    /** The detail in both languages: say what went wrong and what to do. */
    readonly detail: Text,
    readonly fieldErrors?: FieldError[],
    readonly headers?: Record<string, string>,
    /** For `form_invalid`: each missing or wrong answer, by JSON Pointer into the form data. */
    readonly errors?: FormError[],
  ) {
    super(detail.en);
    this.name = 'ProblemError';
  }
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  instance?: string;
  fieldErrors?: FieldError[];
  errors?: FormError[];
}

export function problemBody(request: Request, error: ProblemError): ProblemBody {
  const locale = localeOf(request);
  const body: ProblemBody = {
    // As portal.openapi.yaml states: `urn:dvc-kit:problem:{code}`.
    type: `urn:dvc-kit:problem:${error.code}`,
    title: PROBLEM_TITLES[error.code][locale],
    status: error.status,
    detail: error.detail[locale],
    code: error.code,
    // A stray '%' (broken percent-encoding in the request) would make this an invalid URI reference.
    instance: new URL(request.url).pathname.replace(/%(?![0-9A-Fa-f]{2})/g, '%25'),
  };
  if (error.fieldErrors?.length) body.fieldErrors = error.fieldErrors;
  if (error.errors?.length) body.errors = error.errors;
  return body;
}

export function problemResponse(request: Request, error: ProblemError): Response {
  return new Response(JSON.stringify(problemBody(request, error)), {
    status: error.status,
    headers: {
      'content-type': 'application/problem+json; charset=utf-8',
      'content-language': localeOf(request),
      ...error.headers,
    },
  });
}
