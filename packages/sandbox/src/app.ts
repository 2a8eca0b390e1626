import { readFileSync } from 'node:fs';
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { TEST_ACCOUNTS } from './auth/accounts.js';
import type { SandboxDeps } from './deps.js';
import { HealthSchema } from './http/contract.js';
import { apiBodyLimit } from './http/body-limit.js';
import { cors } from './http/cors.js';
import { requestGuard } from './http/guard.js';
import { indexPage } from './http/index-page.js';
import { mountDemo } from './http/demo-pages.js';
import { allowedMethods } from './http/method-not-allowed.js';
import { ProblemError, problemResponse, type ProblemCode } from './http/problem.js';
import { rateLimit } from './http/rate-limit.js';
import { json } from './http/validate.js';
import { apiRoutes } from './routes/index.js';
import { paymentPageRoutes } from './routes/payments.js';

export const SANDBOX_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

const STATUS_CODES: Partial<Record<number, ProblemCode>> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  429: 'rate_limited',
};

/** The app's error handler: every error becomes problem+json; unexpected ones are logged, never shown. */
export function handleError(error: unknown, c: Context): Response {
  const problem = toProblem(error);
  if (problem.status >= 500) console.error('[dvc-sandbox]', c.req.method, c.req.path, error);
  return problemResponse(c.req.raw, problem);
}

/** Anything thrown that is not a ProblemError: an HTTPException keeps its status, the rest is a 500. */
function toProblem(error: unknown): ProblemError {
  if (error instanceof ProblemError) return error;
  if (error instanceof HTTPException && error.status < 500) {
    const code = STATUS_CODES[error.status] ?? 'bad_request';
    return new ProblemError(error.status, code, { vi: error.message || 'Yêu cầu không hợp lệ.', en: error.message || 'Bad request.' });
  }
  return new ProblemError(500, 'internal_error', {
    vi: 'Sandbox gặp lỗi không mong muốn; chi tiết đã được ghi vào nhật ký máy chủ.',
    en: 'The sandbox hit an unexpected error; details are in the server log.',
  });
}

/**
 * The sandbox as one fetch-style Hono app: the API under /api/v1, /healthz, the demo agency portal
 * at / (with the embed's files at /embed/) and a plain index of the sandbox at /sandbox.
 * Every error leaves as problem+json: never a stack trace, never an HTML error page.
 */
export function createApp(deps: SandboxDeps): Hono {
  const app = new Hono();

  app.use('*', cors());
  app.use('*', requestGuard());
  // Before the body limit: a client over its limit is refused without its body being read.
  app.use('/api/v1/*', rateLimit(deps));
  app.use('*', apiBodyLimit());
  app.onError(handleError);

  app.notFound((c) => {
    const allow = allowedMethods(app, c.req.path);
    if (allow.length > 0) {
      return problemResponse(
        c.req.raw,
        new ProblemError(
          405,
          'method_not_allowed',
          {
            vi: `Phương thức ${c.req.method} không dùng được ở đường dẫn này; hãy dùng ${allow.join(', ')}.`,
            en: `${c.req.method} is not supported on this path; use ${allow.join(', ')}.`,
          },
          undefined,
          { allow: allow.join(', ') },
        ),
      );
    }
    return problemResponse(
      c.req.raw,
      new ProblemError(404, 'not_found', {
        vi: `Không có tài nguyên nào tại ${c.req.path}.`,
        en: `Nothing exists at ${c.req.path}.`,
      }),
    );
  });

  app.get('/healthz', (c) =>
    json(c, HealthSchema, { status: 'ok', version: SANDBOX_VERSION, database: deps.db.kind }),
  );

  // The demo agency portal is the home page (see http/demo-pages.ts); the sandbox's own index moves to /sandbox.
  mountDemo(app);
  app.get('/sandbox', (c) =>
    c.html(
      indexPage({
        publicUrl: deps.config.publicUrl,
        version: SANDBOX_VERSION,
        database: deps.db.kind,
        accounts: TEST_ACCOUNTS.map((a) => ({ sub: a.sub, name: a.name, kind: a.accountType })),
      }),
    ),
  );

  app.route('/api/v1', apiRoutes(deps));
  app.route('/', paymentPageRoutes(deps)); // the sandbox payment provider's page, outside the API
  return app;
}
