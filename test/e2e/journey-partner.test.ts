import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { pdf } from './journey/files.js';
import { partnerSite, type PartnerSite } from './journey/partner-site.js';
import { attach, openResult, search, signIn } from './journey/portal.js';
import { shoot } from './journey/screenshots.js';
import { buildEmbed, startSandbox, type RunningSandbox } from './journey/setup.js';
import { Problems } from './journey/watch.js';

// An agency hosting its own copy of the kit on its own origin, under the strictest usual CSP
// (script-src 'self', no inline, Trusted Types required) and with hostile global CSS: search,
// the procedure's detail, the e-ID round trip across origins and a chunked upload all work,
// with no CSP violation, no error, and no global but window.DvcKit.

let sandbox: RunningSandbox;
let site: PartnerSite;
let browser: Browser;

before(async () => {
  const built = buildEmbed();
  sandbox = await startSandbox();
  site = await partnerSite(built.dir, built.manifest.loader.file, sandbox.url);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await sandbox?.stop();
});

test('a partner page with a strict CSP and hostile CSS runs the kit', { timeout: 600_000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const problems = new Problems(context);
  const page = await context.newPage();
  const blank = await context.newPage();
  await blank.goto(`${site.url}/vendor/dvc-kit/manifest.json`);
  const before = new Set(await blank.evaluate(() => Object.getOwnPropertyNames(window)));
  await blank.close();

  await page.goto(site.pageUrl);
  await search(page, 'khai sinh');
  await openResult(page, '1.001193');
  await page.locator('dvc-procedure-detail [part="start"]').waitFor({ timeout: 30_000 });
  await shoot(page, 'partner-1-search');

  await signIn(page, 'vi', 'Lê Minh Châu');
  assert.equal(new URL(page.url()).origin, site.url, 'sign-in did not come back to the partner page');
  await attach(page, 'c1', [pdf('to-khai.pdf', 1_300_000)]);
  await shoot(page, 'partner-2-upload');

  const added = (await page.evaluate(() => Object.getOwnPropertyNames(window))).filter((n) => !before.has(n));
  assert.deepEqual(added, ['DvcKit'], 'globals the kit added');
  assert.deepEqual(problems.list, [], 'errors or CSP violations on the partner page');
  await context.close();
});
