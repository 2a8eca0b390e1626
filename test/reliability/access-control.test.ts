// Access control on every route that takes an identifier: one citizen can never read, change or
// attach to another's dossier, upload, payment or webhook, whether the identifier is guessed or
// reused from a real one; the answer is the same 404 as for a missing one (existence never leaks).
// Businesses see only their own. Expired, tampered, revoked and wrong-kind tokens are refused.
// OIDC negatives: wrong state, replayed code, wrong nonce, missing or wrong PKCE.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createSignIn, MemoryStorage } from '@dvc-kit/client/auth';
import type { Dossier, DossierList, Payment } from '@dvc-kit/spec';
import {
  call, makePdf, sha256Hex, tusCreate, tusDelete, tusHead, tusPatch, uploadFile, type ApiResult,
} from '../../packages/sandbox/test/helpers/dossier-api.js';
import {
  authorizationRequest, authorize, Browser, signIn, TEST_CLIENT_ID, TEST_REDIRECT_URI, tokenRequest,
} from '../../packages/sandbox/test/helpers/sign-in.js';
import { startInProcess, type InProcessSandbox } from './support/in-process.js';

const PROCEDURE = '2.000200';

/** Someone else's thing answers exactly like a thing that does not exist. */
function assertHidden(result: ApiResult, code: string, what: string): void {
  assert.equal(result.status, 404, `${what}: ${result.status} ${JSON.stringify(result.body)}`);
  assert.equal((result.body as { code: string }).code, code, what);
}

describe('access control', () => {
  let sandbox: InProcessSandbox;
  let an: string;
  let binh: string;
  let business: string;
  let otherBusiness: string;
  /** citizen-an's things, which everyone else will try to reach. */
  const mine = {} as {
    draft: Dossier; submitted: Dossier; completeUpload: string; partialUpload: string; attachedUpload: string;
    payment: Payment; supplementId: string; webhookId: string;
  };

  before(async () => {
    sandbox = await startInProcess();
    const tokens = await Promise.all(['citizen-an', 'citizen-binh', 'business-song-hong', 'business-me-kong-dn'].map((sub) => sandbox.token(sub)));
    [an, binh, business, otherBusiness] = tokens as [string, string, string, string];
    const url = sandbox.url;
    const create = async () => (await call<Dossier>(url, an, 'POST', '/dossiers', { key: randomUUID(), body: { procedureCode: PROCEDURE } })).body;
    mine.draft = await create();
    const pdf = makePdf(5000);
    const meta = { dossierId: mine.draft.id, componentId: 'c1', filename: 'a.pdf', filetype: 'application/pdf' };
    mine.completeUpload = (await uploadFile(url, an, pdf, meta)).uploadId;
    const partial = await tusCreate(url, an, pdf.length, { ...meta, sha256: sha256Hex(pdf) });
    mine.partialUpload = (partial.headers.get('location') ?? '').split('/').pop() ?? '';
    // A dossier taken all the way to a supplement request and a payment.
    const other = await create();
    mine.attachedUpload = (await uploadFile(url, an, pdf, { ...meta, dossierId: other.id })).uploadId;
    await call(url, an, 'POST', `/dossiers/${other.id}/attachments`, { body: { componentId: 'c1', uploadId: mine.attachedUpload } });
    await call(url, an, 'POST', `/dossiers/${other.id}/submit`, { key: randomUUID() });
    for (const status of ['received', 'awaiting_payment']) {
      await call(url, null, 'POST', `/sandbox/dossiers/${other.id}/status`, { body: { status } });
    }
    mine.payment = (await call<Payment>(url, an, 'POST', '/payments', { key: randomUUID(), body: { dossierId: other.id } })).body;
    await call(url, null, 'POST', `/sandbox/dossiers/${other.id}/status`, { body: { status: 'processing' } });
    const asked = await call<Dossier>(url, null, 'POST', `/sandbox/dossiers/${other.id}/status`, { body: { status: 'awaiting_supplement', componentIds: ['c1'] } });
    mine.submitted = asked.body;
    mine.supplementId = asked.body.supplementRequests[0]?.id ?? '';
    mine.webhookId = (await call<{ id: string }>(url, an, 'POST', '/webhooks', { body: { url: 'http://127.0.0.1:9/hook', events: ['dossier.status_changed'] } })).body.id;
    assert.ok(mine.submitted.code && mine.supplementId && mine.payment.id && mine.webhookId, 'set-up complete');
  });
  after(async () => {
    await sandbox?.close();
  });

  it("hides another citizen's dossiers on every dossier route, by id, by code and by guess", async () => {
    const url = sandbox.url;
    const theirOwnDraft = (await call<Dossier>(url, binh, 'POST', '/dossiers', { key: randomUUID(), body: { procedureCode: PROCEDURE } })).body;
    const refs = [mine.draft.id, mine.submitted.id, mine.submitted.code ?? '', randomUUID(), mine.submitted.code?.replace(/\d{4}$/, '0001') ?? ''];
    for (const token of [binh, business, otherBusiness]) {
      for (const ref of refs.map(encodeURIComponent)) {
        const d = 'dossier_not_found';
        assertHidden(await call(url, token, 'GET', `/dossiers/${ref}`), d, `GET ${ref}`);
        assertHidden(await call(url, token, 'PATCH', `/dossiers/${ref}`, { body: { caseId: 'default' } }), d, `PATCH ${ref}`);
        assertHidden(await call(url, token, 'POST', `/dossiers/${ref}/attachments`, { body: { componentId: 'c1', uploadId: mine.completeUpload } }), d, 'attach');
        assertHidden(await call(url, token, 'DELETE', `/dossiers/${ref}/attachments/${mine.attachedUpload}`), d, 'detach');
        assertHidden(await call(url, token, 'POST', `/dossiers/${ref}/submit`, { key: randomUUID() }), d, 'submit');
        assertHidden(await call(url, token, 'POST', `/dossiers/${ref}/withdraw`, { body: { reason: 'x' } }), d, 'withdraw');
        assertHidden(await call(url, token, 'POST', `/dossiers/${ref}/supplements/${mine.supplementId}/response`, { body: { attachments: [] } }), d, 'supplement');
        if (/^[0-9a-f-]{36}$/.test(ref)) {
          assertHidden(await call(url, token, 'POST', '/payments', { key: randomUUID(), body: { dossierId: ref } }), d, 'pay for');
        }
      }
    }
    // A business's dossier is hidden from the other business and from citizens alike.
    const businessDossier = (await call<Dossier>(url, business, 'POST', '/dossiers', { key: randomUUID(), body: { procedureCode: PROCEDURE } })).body;
    assert.equal(businessDossier.applicant.type, 'business');
    for (const token of [otherBusiness, an, binh]) {
      assertHidden(await call(url, token, 'GET', `/dossiers/${businessDossier.id}`), 'dossier_not_found', 'a business dossier');
      const list = await call<DossierList>(url, token, 'GET', '/dossiers?pageSize=100');
      assert.ok(list.body.items.every((d) => d.id !== businessDossier.id));
    }
    // Reusing an's upload ids in binh's own dossier: the upload is not binh's, so it does not exist.
    for (const uploadId of [mine.completeUpload, mine.attachedUpload]) {
      assertHidden(await call(url, binh, 'POST', `/dossiers/${theirOwnDraft.id}/attachments`, { body: { componentId: 'c1', uploadId } }), 'upload_not_found', 'attach a reused upload');
    }
    // Nothing of an's changed.
    const still = await call<Dossier>(url, an, 'GET', `/dossiers/${mine.submitted.id}`);
    assert.equal(still.body.status, 'awaiting_supplement');
    assert.equal(still.body.updatedAt, mine.submitted.updatedAt);
    const lists = await Promise.all([binh, business].map((t) => call<DossierList>(url, t, 'GET', '/dossiers?pageSize=100')));
    for (const list of lists) assert.ok(list.body.items.every((d) => d.id !== mine.draft.id && d.id !== mine.submitted.id));
  });

  it("hides another citizen's uploads on every tus method and the download, and refuses uploading into their dossier", async () => {
    const url = sandbox.url;
    for (const id of [mine.completeUpload, mine.partialUpload, mine.attachedUpload, randomUUID()]) {
      const at = `${url}/api/v1/uploads/${id}`;
      for (const token of [binh, business]) {
        assert.equal((await tusHead(at, token)).status, 404, 'HEAD');
        const patch = await tusPatch(at, token, 0, makePdf(100));
        assert.equal(patch.status, 404, 'PATCH');
        assert.match(patch.headers.get('content-type') ?? '', /problem\+json/);
        assert.equal((await tusDelete(at, token)).status, 404, 'DELETE');
        const download = await fetch(at, { headers: { authorization: `Bearer ${token}` } });
        assert.equal(download.status, 404, 'GET download');
      }
    }
    assert.equal((await tusHead(`${url}/api/v1/uploads/${mine.partialUpload}`, an)).status, 200, "an's own upload is still there");
    const intoTheirs = await tusCreate(url, binh, 100, { dossierId: mine.draft.id, componentId: 'c1', filename: 'x.pdf', filetype: 'application/pdf', sha256: '0'.repeat(64) });
    assert.equal(intoTheirs.status, 404, 'creating an upload into someone else’s dossier');
  });

  it("hides another citizen's payments and webhooks", async () => {
    const url = sandbox.url;
    for (const token of [binh, business]) {
      assertHidden(await call(url, token, 'GET', `/payments/${mine.payment.id}`), 'payment_not_found', 'GET payment');
      const hooks = await call<{ items: { id: string }[] }>(url, token, 'GET', '/webhooks');
      assert.ok(hooks.body.items.every((h) => h.id !== mine.webhookId));
      const removed = await call(url, token, 'DELETE', `/webhooks/${mine.webhookId}`);
      assert.equal(removed.status, 404);
    }
    const own = await call<{ items: { id: string }[] }>(url, an, 'GET', '/webhooks');
    assert.ok(own.body.items.some((h) => h.id === mine.webhookId), 'an still has the webhook');
  });

  it("sends status webhooks only to the dossier owner's subscriptions", async () => {
    const received: { who: string; body: string }[] = [];
    const receiver: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push({ who: req.url ?? '', body });
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    try {
      const url = sandbox.url;
      for (const [token, who] of [[an, '/an'], [binh, '/binh'], [business, '/business']] as const) {
        const made = await call(url, token, 'POST', '/webhooks', { body: { url: `${base}${who}`, events: ['dossier.status_changed'] } });
        assert.equal(made.status, 201, JSON.stringify(made.body));
      }
      await call(url, null, 'POST', `/sandbox/dossiers/${mine.submitted.id}/status`, { body: { status: 'processing' } });
      for (let i = 0; i < 100 && !received.some((r) => r.who === '/an'); i++) await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 300));
      assert.ok(received.some((r) => r.who === '/an' && r.body.includes(mine.submitted.id)), 'the owner is told');
      assert.deepEqual(received.filter((r) => r.who !== '/an'), [], 'nobody else is');
    } finally {
      await new Promise((r) => receiver.close(r));
    }
  });

  it('refuses missing, tampered, expired, revoked and wrong-kind tokens on every authenticated route', async () => {
    const url = sandbox.url;
    const tokens = await signIn(url, 'citizen-chau');
    const flip = (t: string) => `${t.slice(0, -2)}${t.at(-2) === 'A' ? 'B' : 'A'}${t.at(-1)}`;
    const expired = (await signIn(url, 'citizen-chau')).accessToken;
    const past = new Date(Date.now() - 60_000);
    await sandbox.running.deps.db.query(
      `UPDATE oidc_models SET expires_at = $2, payload = jsonb_set(payload, '{exp}', to_jsonb($3::bigint))
       WHERE model = 'AccessToken' AND id = $1`,
      [expired, past.toISOString(), Math.floor(past.getTime() / 1000)],
    );
    const revoked = (await signIn(url, 'citizen-chau')).accessToken;
    const revocation = await fetch(`${url}/oidc/token/revocation`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: TEST_CLIENT_ID, token: revoked }).toString(),
    });
    assert.equal(revocation.status, 200);
    const bad: Record<string, string | null> = {
      none: null, tampered: flip(tokens.accessToken), expired, revoked, 'id token': tokens.idToken,
      'refresh token': tokens.refreshToken, empty: '', guessed: randomUUID(), 'other kind of JWT': `${tokens.idToken.split('.').slice(0, 2).join('.')}.`,
    };
    const routes: [string, string, unknown?][] = [
      ['GET', '/me'], ['GET', '/dossiers'], ['POST', '/dossiers', { procedureCode: PROCEDURE }], ['GET', `/dossiers/${mine.draft.id}`],
      ['PATCH', `/dossiers/${mine.draft.id}`, { caseId: 'default' }], ['POST', `/dossiers/${mine.draft.id}/submit`],
      ['POST', `/dossiers/${mine.draft.id}/attachments`, { componentId: 'c1', uploadId: mine.completeUpload }],
      ['POST', '/payments', { dossierId: mine.submitted.id }], ['GET', `/payments/${mine.payment.id}`],
      ['GET', '/webhooks'], ['POST', '/webhooks', { url: 'http://127.0.0.1:9/x', events: ['dossier.status_changed'] }],
      ['DELETE', `/webhooks/${mine.webhookId}`],
    ];
    for (const [kind, token] of Object.entries(bad)) {
      for (const [method, path, body] of routes) {
        const result = await call(url, token, method, path, { body, key: method === 'POST' ? randomUUID() : undefined });
        assert.equal(result.status, 401, `${kind} token on ${method} ${path}: ${result.status}`);
        assert.equal((result.body as { code: string }).code, 'unauthenticated');
      }
      const head = await tusHead(`${url}/api/v1/uploads/${mine.partialUpload}`, token);
      assert.equal(head.status, 401, `${kind} token on tus HEAD`);
    }
    assert.equal((await call(url, tokens.accessToken, 'GET', '/me')).status, 200, 'the untouched token still works');
  });

  it('OIDC: refuses missing or wrong PKCE and a replayed code at the provider', async () => {
    const url = sandbox.url;
    for (const overrides of [{ code_challenge: undefined }, { code_challenge_method: 'plain' }, { code_challenge_method: undefined }]) {
      const request = authorizationRequest(url, {}, overrides);
      const response = await new Browser(url).request(request.url);
      const location = response.headers.get('location') ?? '';
      const refused = (response.status >= 300 && response.status < 400 && new URL(location, url).searchParams.has('error')) || response.status === 400;
      assert.ok(refused, `authorization without proper PKCE (${JSON.stringify(overrides)}) must be refused, got ${response.status} ${location}`);
      assert.ok(!location.includes('code='), 'no code issued');
    }
    const request = authorizationRequest(url);
    const callback = await authorize(new Browser(url), request, 'citizen-an');
    const code = callback.searchParams.get('code') ?? '';
    const exchange = (form: Record<string, string>) => tokenRequest(url, { grant_type: 'authorization_code', code, redirect_uri: TEST_REDIRECT_URI, ...form });
    assert.equal((await exchange({})).status, 400, 'missing code_verifier');
    // A failed attempt may burn the code (that is allowed); get a fresh one for the rest.
    const again = authorizationRequest(url);
    const code2 = (await authorize(new Browser(url), again, 'citizen-an')).searchParams.get('code') ?? '';
    const exchange2 = (form: Record<string, string>) => tokenRequest(url, { grant_type: 'authorization_code', code: code2, redirect_uri: TEST_REDIRECT_URI, ...form });
    assert.equal((await exchange2({ code_verifier: `${again.codeVerifier}x` })).status, 400, 'wrong code_verifier');
    const third = authorizationRequest(url);
    const code3 = (await authorize(new Browser(url), third, 'citizen-an')).searchParams.get('code') ?? '';
    const first = await tokenRequest(url, { grant_type: 'authorization_code', code: code3, redirect_uri: TEST_REDIRECT_URI, code_verifier: third.codeVerifier });
    assert.equal(first.status, 200);
    const firstTokens = (await first.json()) as { access_token: string };
    const replay = await tokenRequest(url, { grant_type: 'authorization_code', code: code3, redirect_uri: TEST_REDIRECT_URI, code_verifier: third.codeVerifier });
    assert.equal(replay.status, 400, 'replayed code');
    assert.equal(((await replay.json()) as { error: string }).error, 'invalid_grant');
    // The provider revokes what the replayed code gave (RFC 6749 §4.1.2).
    assert.equal((await call(url, firstTokens.access_token, 'GET', '/me')).status, 401, 'tokens of a replayed code are revoked');
  });

  it('OIDC: the client refuses a wrong state, a replayed callback and a wrong nonce', async () => {
    const url = sandbox.url;
    const make = () => createSignIn({
      issuer: `${url}/oidc`, clientId: TEST_CLIENT_ID, redirectUri: TEST_REDIRECT_URI, allowInsecureRequests: true,
      transactionStorage: new MemoryStorage(),
    });
    const runTo = async (authUrl: URL): Promise<URL> => {
      const p = authUrl.searchParams;
      return authorize(new Browser(url), {
        url: authUrl.href, state: p.get('state') ?? '', nonce: p.get('nonce') ?? '', codeVerifier: '',
      }, 'citizen-an');
    };
    // Wrong state: a callback meant for another attempt (or forged) is refused.
    const a = make();
    const callback = await runTo(await a.createAuthorizationUrl());
    const forged = new URL(callback);
    forged.searchParams.set('state', 'forged-state');
    await assert.rejects(a.handleCallback(forged), 'wrong state');
    // The genuine callback works once, and a replay of it is refused.
    const b = make();
    const genuine = await runTo(await b.createAuthorizationUrl());
    await b.handleCallback(genuine);
    await assert.rejects(b.handleCallback(genuine), 'replayed callback');
    // Wrong nonce: the authorization request went out with another nonce than the client keeps.
    const c = make();
    const authUrl = await c.createAuthorizationUrl();
    authUrl.searchParams.set('nonce', 'attacker-nonce');
    await assert.rejects(c.handleCallback(await runTo(authUrl)), /nonce/i, 'wrong nonce');
  });
});
