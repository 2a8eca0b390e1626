/**
 * The demo portal's pages as served: each is whole (its shared head, masthead and footer filled
 * in once, its own navigation entry marked, no include line or loader placeholder left), still
 * fit for the strict CSP, and the shared parts are not pages of their own.
 * The pages need the built embed (`rollup -c`, which `npm test` runs before these tests).
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEMO_CSP } from '../src/http/demo-pages.js';
import { withPartials } from '../src/http/demo-partials.js';
import { startTestSandbox, type TestSandbox } from './helpers/dossier-api.js';

const count = (text: string, part: string): number => text.split(part).length - 1;

describe('demo portal pages', () => {
  let running: TestSandbox;
  const get = (path: string): Promise<Response> => fetch(`${running.sandbox.url}${path}`);

  before(async () => {
    running = await startTestSandbox();
  });
  after(async () => {
    await running?.close();
  });

  const pages = [
    { path: '/', current: '<a href="/" aria-current="page" data-i18n="nav.home">' },
    { path: '/demo/nop-ho-so.html', current: '<a href="/demo/nop-ho-so.html?thu-tuc=1.001193" aria-current="page" data-i18n="nav.submit">' },
    { path: '/demo/tra-cuu.html', current: '<a href="/demo/tra-cuu.html" aria-current="page" data-i18n="nav.track">' },
  ];

  for (const { path, current } of pages) {
    it(`serves ${path} whole: shared parts once, its own link current, nothing left to fill`, async () => {
      const response = await get(path);
      const html = await response.text();
      assert.equal(response.status, 200, `${html} (is the embed built?)`);
      assert.equal(response.headers.get('content-security-policy'), DEMO_CSP);
      assert.equal(count(html, '<header class="masthead">'), 1);
      assert.equal(count(html, '<a class="skip-link"'), 1);
      assert.equal(count(html, '<footer class="footer">'), 1);
      assert.equal(count(html, '<link rel="stylesheet" href="/demo/assets/portal.css">'), 1);
      assert.equal(count(html, 'data-client-id="dvc-demo"'), 1, 'the kit loads once');
      assert.equal(count(html, 'aria-current="page"'), 1);
      assert.ok(html.includes(current), `${path} marks its own link: ${current}`);
      assert.doesNotMatch(html, /<!-- include:|%DVC_KIT_/);
      assert.match(html, /<script defer src="\/embed\/[^"]+" integrity="sha384-[^"]+"/);
      // The CSP allows no inline script or style: every script has a src, no style element or attribute.
      assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>|<style|\sstyle=/);
      const head = html.slice(0, html.indexOf('</head>'));
      assert.ok(head.includes('portal.js') && !head.includes('<header'), 'assets in the head, masthead in the body');
    });
  }

  it('does not serve the shared parts as pages', async () => {
    for (const path of ['/demo/partials/header.html', '/demo/%70artials/head.html', '/demo/assets/..%2fpartials/footer.html']) {
      const response = await get(path);
      assert.equal(response.status, 404, path);
      assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/, path);
    }
  });
});

describe('withPartials', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dvc-partials-'));
    await writeFile(join(dir, 'nav.html'), '  <a href="/a" data-i18n="nav.a">A</a>\n  <a href="/b" data-i18n="nav.b">B</a>\n');
  });
  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('puts the partial in place of the include line, keeping its indentation', () => {
    const html = withPartials('<body>\n    <!-- include: nav current=nav.b -->\n</body>', dir);
    assert.equal(html, '<body>\n  <a href="/a" data-i18n="nav.a">A</a>\n  <a href="/b" aria-current="page" data-i18n="nav.b">B</a>\n</body>');
  });

  it('refuses a current link the partial does not have', () => {
    assert.throws(() => withPartials('<!-- include: nav current=nav.c -->', dir), /0 links with data-i18n="nav.c"/);
  });

  it('leaves lines that are not plain-named includes alone', () => {
    const html = '<!-- include: ../secret -->\n<!-- include: NAV -->\n<p><!-- include: nav --></p>';
    assert.equal(withPartials(html, dir), html);
  });
});
