import assert from 'node:assert/strict';
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { WebhookEventSchema, type Dossier, type WebhookSubscription, type WebhookSubscriptionList } from '@dvc-kit/spec';
import * as v from 'valibot';
import { retryDelayMs } from '../src/webhooks/dispatcher.js';
import { verifySignature } from '../src/webhooks/sign.js';
import { call, expectProblem, makePdf, startTestSandbox, uploadFile, type TestSandbox } from './helpers/dossier-api.js';
import { signIn } from './helpers/sign-in.js';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

/** An agency endpoint: records every delivery and answers with the next scripted status (then 204). */
class Receiver {
  readonly received: Received[] = [];
  private waiters: (() => void)[] = [];
  private server: Server;
  url = '';

  constructor(private readonly script: number[]) {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        this.received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
        res.writeHead(this.script.shift() ?? 204).end();
        for (const wake of this.waiters.splice(0)) wake();
      });
    });
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/dvc`;
  }

  async waitFor(count: number, timeoutMs = 15_000): Promise<Received[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count) {
      const left = deadline - Date.now();
      assert.ok(left > 0, `expected ${count} deliveries, got ${this.received.length}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
    return this.received;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('webhooks', () => {
  let t: TestSandbox;
  let an: string;
  let binh: string;
  let receiver: Receiver;

  before(async () => {
    receiver = new Receiver([500]);
    await receiver.start();
    t = await startTestSandbox();
    [an, binh] = await Promise.all([
      signIn(t.sandbox.url, 'citizen-an').then((x) => x.accessToken),
      signIn(t.sandbox.url, 'citizen-binh').then((x) => x.accessToken),
    ]);
  });
  after(async () => {
    await t.close();
    await receiver.close();
  });

  it('delivers a signed dossier.status_changed, retrying after a 500', async () => {
    const created = await call<WebhookSubscription>(t.sandbox.url, an, 'POST', '/webhooks', {
      body: { url: receiver.url, events: ['dossier.status_changed'] },
    });
    assert.equal(created.status, 201);
    const secret = created.body.secret ?? '';
    assert.match(secret, /^whsec_[0-9a-f]{48}$/);
    const listed = await call<WebhookSubscriptionList>(t.sandbox.url, an, 'GET', '/webhooks');
    assert.deepEqual(listed.body.items, [{ id: created.body.id, url: receiver.url, events: ['dossier.status_changed'], createdAt: created.body.createdAt }]);
    assert.deepEqual((await call<WebhookSubscriptionList>(t.sandbox.url, binh, 'GET', '/webhooks')).body.items, []);

    const draft = (await call<Dossier>(t.sandbox.url, an, 'POST', '/dossiers', { key: randomUUID(), body: { procedureCode: '2.000200' } })).body;
    const upload = await uploadFile(t.sandbox.url, an, makePdf(8_000), {
      dossierId: draft.id, componentId: 'c1', filename: 'a.pdf', filetype: 'application/pdf',
    });
    await call(t.sandbox.url, an, 'POST', `/dossiers/${draft.id}/attachments`, { body: { componentId: 'c1', uploadId: upload.uploadId } });
    const submitted = (await call<Dossier>(t.sandbox.url, an, 'POST', `/dossiers/${draft.id}/submit`, { key: randomUUID() })).body;

    const [failed, retried] = await receiver.waitFor(2);
    assert.ok(failed && retried);
    assert.equal(retried.body, failed.body, 'a retry sends the same bytes');
    assert.equal(retried.headers['dvc-event-id'], failed.headers['dvc-event-id']);
    assert.equal(failed.headers['dvc-delivery-attempt'], '1');
    assert.equal(retried.headers['dvc-delivery-attempt'], '2');
    assert.ok(retried.at - failed.at >= 700, `backed off ${retried.at - failed.at} ms`);

    const event = JSON.parse(retried.body) as unknown;
    assert.ok(v.is(WebhookEventSchema, event), retried.body);
    assert.deepEqual((event as { data: unknown }).data, {
      dossierId: draft.id, code: submitted.code, from: 'draft', to: 'submitted', at: submitted.submittedAt,
    });
    assert.equal((event as { type: string }).type, 'dossier.status_changed');

    const header = String(retried.headers['dvc-signature'] ?? '');
    const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
    assert.ok(match, header);
    const expected = createHmac('sha256', secret).update(`${match[1]}.${retried.body}`).digest('hex');
    assert.equal(match[2], expected, 'HMAC-SHA256 of "<t>.<body>" with the secret');
    assert.ok(verifySignature(secret, retried.body, header));
    assert.ok(!verifySignature('whsec_wrong', retried.body, header));
    assert.ok(!verifySignature(secret, `${retried.body} `, header));

    await call(t.sandbox.url, null, 'POST', `/sandbox/dossiers/${draft.id}/status`, { body: { status: 'received' } });
    const third = (await receiver.waitFor(3))[2];
    assert.deepEqual(JSON.parse(third?.body ?? '{}').data.to, 'received');
    assert.notEqual(third?.headers['dvc-event-id'], failed.headers['dvc-event-id']);
  });

  it("stops after unsubscribing, and cannot touch another account's subscription", async () => {
    const list = await call<WebhookSubscriptionList>(t.sandbox.url, an, 'GET', '/webhooks');
    const id = list.body.items[0]?.id ?? '';
    expectProblem(await call(t.sandbox.url, binh, 'DELETE', `/webhooks/${id}`), 404, 'not_found');
    const removed = await fetch(`${t.sandbox.url}/api/v1/webhooks/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${an}` } });
    assert.equal(removed.status, 204);
    assert.deepEqual((await call<WebhookSubscriptionList>(t.sandbox.url, an, 'GET', '/webhooks')).body.items, []);
    expectProblem(await call(t.sandbox.url, an, 'POST', '/webhooks', { body: { url: 'ftp://example.vn/x', events: ['dossier.status_changed'] } }), 422, 'validation_failed');
    expectProblem(await call(t.sandbox.url, an, 'POST', '/webhooks', { body: { url: receiver.url, events: [] } }), 422, 'validation_failed');
    expectProblem(await call(t.sandbox.url, null, 'GET', '/webhooks'), 401, 'unauthenticated');
  });

  it('backs off exponentially with jitter', () => {
    assert.equal(retryDelayMs(1, 1000, () => 0.5), 1000);
    assert.equal(retryDelayMs(2, 1000, () => 0.5), 2000);
    assert.equal(retryDelayMs(4, 1000, () => 0.5), 8000);
    assert.equal(retryDelayMs(1, 1000, () => 0), 800);
    assert.equal(retryDelayMs(40, 1000, () => 1), 3_600_000 * 1.2);
  });
});
