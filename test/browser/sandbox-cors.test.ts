import { expect } from '@open-wc/testing';

declare global {
  interface Window {
    __DVC_SANDBOX_URL__: string;
  }
}

// Agency pages live on other origins than the portal: the sandbox must answer them with CORS,
// and its errors must reach the page as problem+json, not as an opaque network failure.
describe('sandbox seen from a page on another origin', () => {
  const base = window.__DVC_SANDBOX_URL__;

  it('is running beside the browser tests', () => {
    expect(base, 'scripts/browser-tests.mjs starts the sandbox').to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers a cross-origin health check', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).to.equal(200);
    const body = (await res.json()) as { status: string };
    expect(body.status).to.equal('ok');
  });

  it('lets the page read a problem+json error in Vietnamese', async () => {
    const res = await fetch(`${base}/api/v1/procedures/9.999999`, { headers: { 'Accept-Language': 'vi' } });
    expect(res.status).to.equal(404);
    expect(res.headers.get('content-type')).to.contain('application/problem+json');
    const body = (await res.json()) as { code: string; detail: string };
    expect(body.code).to.equal('procedure_not_found');
    expect(body.detail).to.be.a('string').and.not.empty;
  });
});
