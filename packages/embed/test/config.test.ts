import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kitInBrowser } from './support/kit-in-browser.js';

// The loader's settings: its own data-* attributes first, then window.DvcKit.configure(),
// which elements already on the page follow.

const kit = kitInBrowser();

const label = '() => document.querySelector("dvc-procedure-search").shadowRoot.querySelector("[part=label]")?.textContent.trim()';

test('data-* attributes configure the kit; configure() changes it live', async () => {
  const page = await kit.browser.newPage();
  const url = kit.site.page(
    'configured.html',
    `<script src="/kit/${kit.built.manifest.loader.file}" data-api-base="https://portal.example.vn/api/v1/" data-client-id="agency-portal"
      data-redirect-uri="/back" data-locale="en" data-theme="dark"></script>\n<dvc-procedure-search></dvc-procedure-search>`,
  );
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('dvc-procedure-search') !== undefined);
  assert.deepEqual(await page.evaluate(() => window.DvcKit?.config), {
    apiBase: 'https://portal.example.vn/api/v1',
    clientId: 'agency-portal',
    redirectUri: `${kit.site.url}/back`,
    locale: 'en',
    theme: 'dark',
  });
  await page.waitForFunction(`(${label})() === "Search administrative procedures"`);
  assert.equal(await page.locator('dvc-procedure-search').getAttribute('data-dvc-theme'), 'dark');

  await page.evaluate(() => window.DvcKit?.configure({ locale: 'vi', theme: 'light' }));
  await page.waitForFunction(`(${label})() === "Tìm thủ tục hành chính"`);
  assert.equal(await page.locator('dvc-procedure-search').getAttribute('data-dvc-theme'), 'light');
  assert.equal(await page.evaluate(() => window.DvcKit?.config.apiBase), 'https://portal.example.vn/api/v1');
  await page.close();
});

test('without data-api-base the API is the script origin; unknown values are ignored', async () => {
  const page = await kit.browser.newPage();
  const url = kit.site.page('defaults.html', `<script src="/kit/${kit.built.manifest.loader.file}" data-locale="fr" data-theme="neon"></script>`);
  await page.goto(url);
  assert.deepEqual(await page.evaluate(() => window.DvcKit?.config), { apiBase: `${kit.site.url}/api/v1` });
  await page.evaluate(() => window.DvcKit?.configure({ locale: 'en-GB' as 'en' }));
  assert.equal(await page.evaluate(() => window.DvcKit?.config.locale), 'en');
  await page.close();
});
