// The five-minute promise: a new user copies the quickstart page from docs/guides/embedding.md
// (the script tag with its SRI hash, and one <dvc-procedure-search>), opens it, and can search
// the catalog, see suggestions, results and a procedure's detail. The page is used exactly as
// the guide prints it; the portal's URLs are served by the embed build and a running sandbox.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { REPO } from './packaging-support.js';
import { GUIDES, extractSamples, type Sample } from './docs-support.js';
import { ensureEmbedBuilt, openSamplePage } from './docs-browser-support.js';

let sandbox: { url: string; stop(): Promise<void> };
let browser: Browser;
let quickstart: Sample;

before(async () => {
  const samples = extractSamples(join(GUIDES, 'embedding.md'));
  const page = samples.find((s) => s.lang === 'html' && s.code.includes('<dvc-procedure-search>') && s.code.includes('integrity='));
  assert.ok(page, 'docs/guides/embedding.md has the quickstart page (html with the SRI script tag and a search)');
  quickstart = page;
  ensureEmbedBuilt();
  const { startSandboxProcess } = (await import(join(REPO, 'scripts', 'sandbox-process.mjs'))) as {
    startSandboxProcess: () => Promise<{ url: string; stop(): Promise<void> }>;
  };
  sandbox = await startSandboxProcess();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await sandbox?.stop();
});

test('the quickstart page is a whole page: doctype, language, one script tag with SRI, one search', () => {
  assert.match(quickstart.code, /^<!doctype html>/i);
  assert.match(quickstart.code, /<html lang="vi">/);
  assert.equal(quickstart.code.match(/<script\b/g)?.length, 1, 'only the loader: no other script to write');
  assert.match(quickstart.code, /integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"/);
});

test('copied as is, the page searches the catalog in Vietnamese, with or without diacritics', async () => {
  const requested: string[] = [];
  const { page, errors, close } = await openSamplePage(browser, {
    sample: { ...quickstart, attrs: {} },
    sandboxUrl: sandbox.url,
    script: null,
    html: quickstart.code,
    beforeLoad: (page) => page.on('request', (request) => requested.push(new URL(request.url()).pathname)),
  });
  try {
    const input = page.locator('dvc-procedure-search input').first();
    await input.waitFor({ state: 'visible', timeout: 20_000 });

    // Suggestions while typing (no diacritics typed).
    await input.fill('khai sinh');
    const option = page.locator('dvc-procedure-search [part~="option"]').first();
    await option.waitFor({ state: 'visible', timeout: 15_000 });
    assert.match((await option.textContent()) ?? '', /khai sinh/i);

    // Enter: the results, with the birth registration procedure among them.
    await input.press('Enter');
    const results = page.locator('dvc-procedure-search [part~="result"]');
    await results.first().waitFor({ state: 'visible', timeout: 15_000 });
    const texts = await results.allTextContents();
    assert.ok(texts.some((t) => /đăng ký khai sinh/i.test(t)), `results include "đăng ký khai sinh": ${texts.join(' | ')}`);

    // Opening a result shows the procedure's detail.
    await page.locator('dvc-procedure-search [part~="result-link"]').first().click();
    const title = page.locator('dvc-procedure-detail [part~="title"]').first();
    await title.waitFor({ state: 'visible', timeout: 15_000 });
    assert.ok(((await title.textContent()) ?? '').trim().length > 0);

    assert.deepEqual(errors, [], 'no page errors, no SRI or CSP refusals');
    // The guide promises that a page with only a search never downloads the upload code.
    const embedFiles = requested.filter((path) => path.startsWith('/embed/'));
    assert.ok(embedFiles.some((path) => /dvc-procedure-search/.test(path)), `the search code was loaded: ${embedFiles.join(', ')}`);
    assert.ok(!embedFiles.some((path) => /dvc-dossier-upload|dvc-payment|dvc-dossier-status/.test(path)), `nothing else: ${embedFiles.join(', ')}`);
  } finally {
    await close();
  }
});
