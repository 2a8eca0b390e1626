import type { SandboxDeps } from '../deps.js';
import { pollEvery } from '../poll-every.js';
import { SIGNATURE_HEADER, signatureFor } from './sign.js';

export interface DispatcherOptions {
  /** How often to look for due deliveries (ms). */
  pollMs?: number;
  /** First retry delay (ms); each further attempt doubles it, with ±20% jitter, capped at one hour. */
  baseDelayMs?: number;
  /** Attempts before a delivery is marked failed. */
  maxAttempts?: number;
  /** Time allowed for the receiver to answer (ms). */
  timeoutMs?: number;
  /** Deliveries sent per poll. */
  batchSize?: number;
}

const DEFAULTS: Required<DispatcherOptions> = {
  pollMs: 250, baseDelayMs: 1000, maxAttempts: 8, timeoutMs: 10_000, batchSize: 10,
};
/** A claimed delivery is hidden from other dispatchers this long; a crash mid-send makes it due again. */
const LEASE_MS = 60_000;
const MAX_DELAY_MS = 60 * 60 * 1000;

interface Claimed extends Record<string, unknown> {
  id: string; payload: string; attempts: number; url: string; secret: string; event_id: string;
}

export function retryDelayMs(attempts: number, baseDelayMs: number, random: () => number = Math.random): number {
  const exponential = Math.min(MAX_DELAY_MS, baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential * (0.8 + 0.4 * random()));
}

/**
 * Sends queued `dossier.status_changed` deliveries (written by status changes into
 * webhook_deliveries) to their subscription URLs, signed with the subscription's secret, and
 * retries failures (no answer, or not 2xx) with exponential backoff. Claims use SKIP LOCKED, so
 * several sandbox instances over one PostgreSQL never send a delivery twice at the same time.
 * Returns stop(), which waits for the round in flight.
 */
export function startWebhookDispatcher(deps: SandboxDeps, options: DispatcherOptions = {}): () => Promise<void> {
  const settings = { ...DEFAULTS, ...options };

  async function claim(): Promise<Claimed[]> {
    const now = deps.now();
    return deps.db.transaction((tx) =>
      tx.query<Claimed>(
        `WITH due AS (
           SELECT id FROM webhook_deliveries WHERE state = 'pending' AND next_attempt_at <= $1
           ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
         UPDATE webhook_deliveries d SET next_attempt_at = $2
         FROM due, webhook_subscriptions s
         WHERE d.id = due.id AND s.id = d.subscription_id
         RETURNING d.id, d.payload, d.attempts, d.event_id, s.url, s.secret`,
        [now, new Date(now.getTime() + LEASE_MS), settings.batchSize],
      ),
    );
  }

  async function send(delivery: Claimed): Promise<void> {
    const attempts = Number(delivery.attempts) + 1;
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(settings.timeoutMs),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'dvc-sandbox-webhooks',
          'dvc-event-id': delivery.event_id,
          'dvc-delivery-attempt': String(attempts),
          [SIGNATURE_HEADER]: signatureFor(delivery.secret, delivery.payload, Math.floor(deps.now().getTime() / 1000)),
        },
        body: delivery.payload,
      });
      status = response.status;
      await response.body?.cancel();
    } catch (caught) {
      error = (caught as Error).message.slice(0, 500);
    }
    const now = deps.now();
    if (status !== null && status >= 200 && status < 300) {
      await deps.db.query(
        `UPDATE webhook_deliveries SET state = 'delivered', attempts = $2, last_status = $3, last_error = NULL,
           delivered_at = $4 WHERE id = $1`,
        [delivery.id, attempts, status, now],
      );
      return;
    }
    const giveUp = attempts >= settings.maxAttempts;
    await deps.db.query(
      `UPDATE webhook_deliveries SET state = $2, attempts = $3, last_status = $4, last_error = $5, next_attempt_at = $6
       WHERE id = $1`,
      [
        delivery.id, giveUp ? 'failed' : 'pending', attempts, status, error ?? `HTTP ${status}`,
        new Date(now.getTime() + retryDelayMs(attempts, settings.baseDelayMs)),
      ],
    );
  }

  async function round(): Promise<void> {
    const due = await claim();
    await Promise.all(due.map(send));
  }

  return pollEvery(settings.pollMs, round, 'webhook dispatcher');
}
