/// <reference types="mocha" />
// The client's entry points in a real browser (Chromium): no Node built-ins,
// Web Crypto, IndexedDB and sessionStorage as the uploader uses them.
import { expect } from '@open-wc/testing';
import { createPortalClient, isPortalError } from '../index.js';
import { fold, highlight } from '../text/index.js';
import { createUploader, IndexedDbUrlStorage, resolveUrlStorage, Sha256, WebStorageUrlStorage } from '../uploads/index.js';
import { createSignIn } from '../auth/index.js';

const hex = (buffer: ArrayBuffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

describe('@dvc-kit/client in a browser', () => {
  it('folds and highlights Vietnamese', () => {
    expect(fold('Đăng ký khai sinh')).to.equal('dang ky khai sinh');
    const text = 'Thủ tục đăng ký'.normalize('NFD');
    expect(highlight(text, 'dang').map((r) => text.slice(r.start, r.end).normalize('NFC'))).to.deep.equal(['đăng']);
  });

  it('streams SHA-256 like crypto.subtle', async () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 13) & 0xff);
    const hash = new Sha256();
    for (let at = 0; at < bytes.length; at += 4096) hash.update(bytes.subarray(at, at + 4096));
    expect(hash.hex()).to.equal(hex(await crypto.subtle.digest('SHA-256', bytes)));
  });

  it('retries a create with the same Idempotency-Key and maps problem+json', async () => {
    const keys: (string | null)[] = [];
    let calls = 0;
    const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      keys.push(request.headers.get('Idempotency-Key'));
      calls++;
      if (calls === 1) return new Response('', { status: 503, headers: { 'Retry-After': '0' } });
      return new Response(JSON.stringify({ type: 'x', title: 'Không tìm thấy thủ tục', status: 404, detail: 'd', code: 'procedure_not_found' }), {
        status: 404,
        headers: { 'content-type': 'application/problem+json' },
      });
    }) as typeof fetch;
    const client = createPortalClient({ baseUrl: 'https://portal.example', fetch: fetchFn });
    try {
      await client.dossiers.create({ procedureCode: '9.999999' });
      expect.fail('should have failed');
    } catch (error) {
      expect(isPortalError(error, 'procedure_not_found')).to.equal(true);
    }
    expect(keys.length).to.equal(2);
    expect(keys[0]).to.equal(keys[1]);
  });

  it('remembers unfinished uploads in IndexedDB and sessionStorage, never localStorage', async () => {
    localStorage.clear();
    for (const storage of [new IndexedDbUrlStorage(), new WebStorageUrlStorage(sessionStorage)]) {
      const entry = { size: 3, metadata: {}, creationTime: new Date().toISOString(), urlStorageKey: '', uploadUrl: 'https://p/u1', parallelUploadUrls: null };
      const key = await storage.addUpload('fp-browser', entry);
      expect((await storage.findUploadsByFingerprint('fp-browser')).map((u) => u.uploadUrl)).to.deep.equal(['https://p/u1']);
      await storage.removeUpload(key);
      expect(await storage.findUploadsByFingerprint('fp-browser')).to.deep.equal([]);
    }
    expect(resolveUrlStorage('session')).to.be.instanceOf(WebStorageUrlStorage);
    expect(resolveUrlStorage('indexeddb')).to.be.instanceOf(IndexedDbUrlStorage);
    expect(localStorage.length).to.equal(0);
  });

  it('uploads a Blob in chunks over fetch', async () => {
    const patches: number[] = [];
    const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      const tus = { 'Tus-Resumable': '1.0.0' };
      if (request.method === 'POST') return new Response(null, { status: 201, headers: { ...tus, Location: '/api/v1/uploads/b1' } });
      const offset = Number(request.headers.get('Upload-Offset'));
      const size = (await request.arrayBuffer()).byteLength;
      patches.push(offset);
      return new Response(null, { status: 204, headers: { ...tus, 'Upload-Offset': String(offset + size) } });
    }) as typeof fetch;
    const uploader = createUploader({ baseUrl: 'https://portal.example', fetch: fetchFn, chunkSize: 1000, storage: 'indexeddb' });
    const result = await uploader.upload(new Blob([new Uint8Array(2500)]), { dossierId: 'd', componentId: 'c1' }).done;
    expect(patches).to.deep.equal([0, 1000, 2000]);
    expect(result.uploadId).to.equal('b1');
  });

  it('keeps sign-in tokens out of localStorage even when persisting', () => {
    const signIn = createSignIn({ issuer: 'https://portal.example/oidc', clientId: 'c', redirectUri: 'https://a/cb', persist: 'session' });
    expect(signIn.session).to.equal(null);
    expect(localStorage.length).to.equal(0);
  });
});
