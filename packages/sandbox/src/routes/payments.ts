import { Hono, type Context } from 'hono';
import { CreatePaymentRequestSchema, PaymentSchema, type Payment } from '@dvc-kit/spec';
import type { SandboxDeps } from '../deps.js';
import { idempotent, keyedRequest } from '../dossiers/idempotency.js';
import { paymentNotFoundPage, paymentPage } from '../dossiers/payment-page.js';
import { completePayment, findPayment, initiatePayment, paymentNotFound, type PaymentOutcome } from '../dossiers/payments.js';
import { requirePrincipal } from '../dossiers/principal.js';
import { findOwnDossier, paymentView } from '../dossiers/repository.js';
import { localeOf, type Locale } from '../http/locale.js';
import { ProblemError } from '../http/problem.js';
import { json, parseBody } from '../http/validate.js';

/** POST /payments (idempotent) and GET /payments/{id}, the server-side confirmation. Owner only. */
export function paymentRoutes(deps: SandboxDeps): Hono {
  const routes = new Hono();
  const publicUrl = deps.config.publicUrl;

  routes.post('/payments', async (c) => {
    const principal = await requirePrincipal(deps, c.req.raw);
    const body = await parseBody(c, CreatePaymentRequestSchema);
    const now = deps.now();
    const result = await idempotent(
      deps.db,
      keyedRequest(c.req.raw, { ownerSub: principal.sub, body, now, required: true }),
      async (tx) => {
        const dossier = await findOwnDossier(tx, body.dossierId, principal.sub, { lock: true });
        const payment = await initiatePayment(tx, { principal, now }, dossier, body.returnUrl);
        return { status: 201, body: paymentView(payment, publicUrl) };
      },
    );
    return json(c, PaymentSchema, result.body as Payment, 201, result.replayed ? { 'idempotency-replayed': 'true' } : {});
  });

  routes.get('/payments/:id', async (c) => {
    const principal = await requirePrincipal(deps, c.req.raw);
    const payment = await findPayment(deps.db, c.req.param('id'));
    if (!payment || payment.owner_sub !== principal.sub) throw paymentNotFound();
    return json(c, PaymentSchema, paymentView(payment, publicUrl));
  });

  return routes;
}

const OUTCOMES: readonly PaymentOutcome[] = ['approve', 'decline', 'cancel'];

function pageLocale(c: Context): Locale {
  const lang = c.req.query('lang');
  return lang === 'en' || lang === 'vi' ? lang : localeOf(c.req.raw);
}

const PAGE_HEADERS = {
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
};

/**
 * The sandbox payment provider at /sandbox/pay/{id} (outside the API): shows the payment, and a
 * POSTed choice records the outcome, moves the dossier on when paid, and sends the browser back
 * to returnUrl?paymentId=..&status=.. (303). The agency then confirms with GET /payments/{id}.
 */
export function paymentPageRoutes(deps: SandboxDeps): Hono {
  const routes = new Hono();

  async function dossierCode(dossierId: string): Promise<string | null> {
    const rows = await deps.db.query<{ code: string | null }>('SELECT code FROM dossiers WHERE id = $1', [dossierId]);
    return rows[0]?.code ?? null;
  }

  routes.get('/sandbox/pay/:id', async (c) => {
    const locale = pageLocale(c);
    const payment = await findPayment(deps.db, c.req.param('id'));
    if (!payment) return c.html(paymentNotFoundPage(locale), 404, PAGE_HEADERS);
    return c.html(paymentPage(payment, await dossierCode(payment.dossier_id), locale), 200, PAGE_HEADERS);
  });

  routes.post('/sandbox/pay/:id', async (c) => {
    const locale = pageLocale(c);
    // A body that is not a form (malformed multipart, wrong type) is a bad choice, not a crash.
    const form = await c.req.parseBody().catch(() => ({} as Record<string, unknown>));
    const action = OUTCOMES.find((o) => o === form.action);
    const id = c.req.param('id');
    if (!action) return c.html(paymentNotFoundPage(locale), 400, PAGE_HEADERS);
    try {
      const payment = await deps.db.transaction((tx) => completePayment(tx, deps.now(), id, action));
      if (payment.return_url) {
        const target = new URL(payment.return_url);
        target.searchParams.set('paymentId', payment.id);
        target.searchParams.set('status', payment.status);
        return c.redirect(target.toString(), 303);
      }
      return c.html(paymentPage(payment, await dossierCode(payment.dossier_id), locale), 200, PAGE_HEADERS);
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      const payment = await findPayment(deps.db, id);
      if (!payment) return c.html(paymentNotFoundPage(locale), 404, PAGE_HEADERS);
      return c.html(paymentPage(payment, await dossierCode(payment.dossier_id), locale), 409, PAGE_HEADERS);
    }
  });

  return routes;
}
