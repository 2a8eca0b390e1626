// Timeouts, retries and aborts must survive garbage collection in the middle of
// a request: derived Requests follow their parent's signal only weakly (see
// core/middleware.ts). Collections are forced here, so this fails if the
// pipeline stops holding its Requests or goes back to a bare clone().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createPortalClient } from '@dvc-kit/client';
import { fakeFetch, hang, instantSleep, json, type Handler } from './helpers/fake-fetch.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const hangWithGc: Handler = (request) => {
  setTimeout(gc, 1);
  setTimeout(gc, 10);
  return hang(request);
};

test('timeouts and aborts still arrive when garbage collection runs mid-request', async () => {
  for (let round = 0; round < 10; round++) {
    const retried = createPortalClient({
      baseUrl: 'http://x', fetch: fakeFetch(hangWithGc, () => json({ items: [] })).fetch,
      retry: { sleep: instantSleep().sleep }, timeoutMs: 30, auth: { getAccessToken: () => 't', refreshAccessToken: async () => 'u' }, locale: 'vi',
    });
    assert.deepEqual(await retried.fields.list(), { items: [] });

    const single = createPortalClient({ baseUrl: 'http://x', fetch: fakeFetch(hangWithGc).fetch, retry: false, timeoutMs: 30 });
    assert.equal(await single.fields.list().catch((e: { code: string }) => e.code), 'timeout');

    const controller = new AbortController();
    const cancellable = createPortalClient({ baseUrl: 'http://x', fetch: fakeFetch(hangWithGc).fetch, timeoutMs: 0, auth: () => 't' });
    const pending = cancellable.fields.list({ signal: controller.signal }).catch((e: { code: string }) => e.code);
    setTimeout(() => controller.abort(), 25);
    assert.equal(await pending, 'aborted');
  }
});
