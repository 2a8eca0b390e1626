/**
 * Stop and start again: the catalog, sign-ins, dossiers and uploaded files are still there, on
 * the embedded database and on PostgreSQL alike; a restart is quick; --reset starts empty.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Dossier, Procedure } from '@dvc-kit/spec';
import { startSandbox, type StartSandboxOptions } from '../src/server.js';
import { checkedJson } from './helpers/contract.js';
import { call, makePdf, sha256Hex, tusHead, uploadFile } from './helpers/dossier-api.js';
import { freshPostgres } from './helpers/postgres.js';
import { signIn } from './helpers/sign-in.js';

/** Start-up after the first run must stay well under the 10 s, even on a busy machine. */
const RESTART_BUDGET_MS = 10_000;

for (const storage of ['pglite', 'postgres'] as const) {
  describe(`restart on ${storage}`, () => {
    it('keeps the catalog, sign-ins, dossiers and uploads; --reset empties it', async () => {
      const database = storage === 'postgres' ? await freshPostgres() : null;
      const dataDir = await mkdtemp(join(tmpdir(), `dvc-restart-${storage}-`));
      const options: StartSandboxOptions = { port: 0, dataDir, databaseUrl: database?.url, officerSpeed: 0 };
      try {
        const first = await startSandbox(options);
        assert.equal(first.catalog.imported, true);
        let token: string;
        let dossier: Dossier;
        const pdf = makePdf(150_000, 'restart');
        let uploadUrl: string;
        try {
          assert.equal(first.deps.db.kind, storage);
          token = (await signIn(first.url, 'citizen-an')).accessToken;
          const procedure = await checkedJson<Procedure>(await fetch(`${first.url}/api/v1/procedures/1.001193`));
          const component = procedure.cases[0]?.components[0];
          assert.ok(component, 'the seed birth registration has components');
          const created = await call<Dossier>(first.url, token, 'POST', '/dossiers', {
            key: randomUUID(),
            body: { procedureCode: '1.001193' },
          });
          assert.equal(created.status, 201, JSON.stringify(created.body));
          const upload = await uploadFile(first.url, token, pdf, {
            dossierId: created.body.id, componentId: component.id, filename: 'giay-chung-sinh.pdf', filetype: 'application/pdf',
          }, 50_000);
          assert.equal(upload.last.status, 204, await upload.last.text());
          uploadUrl = upload.url;
          const attached = await call<Dossier>(first.url, token, 'POST', `/dossiers/${created.body.id}/attachments`, {
            body: { componentId: component.id, uploadId: upload.uploadId },
          });
          assert.equal(attached.status, 200, JSON.stringify(attached.body));
          dossier = attached.body;
        } finally {
          await first.close();
        }

        const restartedAt = Date.now();
        const second = await startSandbox(options);
        const restartMs = Date.now() - restartedAt;
        try {
          assert.ok(restartMs < RESTART_BUDGET_MS, `restart took ${restartMs} ms`);
          assert.equal(second.catalog.imported, false, 'the catalog is not loaded twice');
          // The same access token still works: provider state lives in the database too.
          const again = await call<Dossier>(second.url, token, 'GET', `/dossiers/${dossier.id}`);
          assert.equal(again.status, 200, JSON.stringify(again.body));
          assert.deepEqual(again.body, dossier);
          const head = await tusHead(uploadUrl.replace(/^http:\/\/[^/]+/, second.url), token);
          assert.equal(head.headers.get('upload-offset'), String(pdf.length));
          const file = again.body.components.flatMap((c) => c.files)[0];
          assert.ok(file);
          const download = await fetch(`${second.url}/api/v1/uploads/${file.uploadId}`, { headers: { authorization: `Bearer ${token}` } });
          assert.equal(download.status, 200);
          assert.equal(sha256Hex(Buffer.from(await download.arrayBuffer())), sha256Hex(pdf));
        } finally {
          await second.close();
        }

        const reset = await startSandbox({ ...options, reset: true });
        try {
          assert.equal(reset.catalog.imported, true, 'after --reset the seed is loaded again');
          const gone = await fetch(`${reset.url}/api/v1/dossiers/${dossier.id}`, { headers: { authorization: `Bearer ${token}` } });
          assert.equal(gone.status, 401, 'tokens are gone with the rest of the data');
        } finally {
          await reset.close();
        }
      } finally {
        await database?.drop();
        await rm(dataDir, { recursive: true, force: true });
      }
    });
  });
}
