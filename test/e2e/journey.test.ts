import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { pdf, png, type UploadFile } from './journey/files.js';
import { partnerSite, type PartnerSite } from './journey/partner-site.js';
import {
  LIFECYCLE, WORDS, apply, attach, officerMoves, openResult, search, shownStatus, signIn, submit, type Lang,
} from './journey/portal.js';
import { shoot } from './journey/screenshots.js';
import { buildEmbed, cleanScreenshots, startSandbox, type RunningSandbox } from './journey/setup.js';
import { Problems } from './journey/watch.js';

// A citizen on the demo provincial portal (served by the sandbox at /, the kit through its one
// script tag under the page's strict CSP): searches without diacritics, opens birth
// registration, signs in with a sandbox e-ID account, uploads the documents (one file of
// several 1 MiB chunks), submits, and follows the dossier to "result returned" as the officer
// moves it on. In Vietnamese, then in English. Then an agency hosting its own copy of the kit
// on another origin, under the strictest usual CSP and hostile global CSS. Screenshots of every
// page at 1280 and 375 px go to test-output/screenshots (emptied first; one file, so no other
// journey run deletes them).

const PROCEDURE = '1.001193'; // Thủ tục đăng ký khai sinh

let sandbox: RunningSandbox;
let site: PartnerSite;
let browser: Browser;

before(async () => {
  cleanScreenshots();
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

/** One file per required component of the procedure's default case; the first spans several chunks. */
async function documentsFor(code: string): Promise<Map<string, UploadFile[]>> {
  const response = await fetch(`${sandbox.url}/api/v1/procedures/${code}`);
  assert.equal(response.status, 200);
  const procedure = (await response.json()) as { cases: { id: string; components: { id: string; required: boolean }[] }[] };
  const required = procedure.cases[0]!.components.filter((c) => c.required).map((c) => c.id);
  assert.ok(required.length >= 1, 'the procedure has no required document');
  const files = new Map<string, UploadFile[]>();
  required.forEach((id, i) => {
    files.set(id, [i === 0 ? pdf('to-khai-dang-ky-khai-sinh.pdf', 2_600_000) : i % 2 ? png(`giay-to-${id}.png`) : pdf(`giay-to-${id}.pdf`, 40_000)]);
  });
  // Two documents at least, as a person would bring: add a second file to the first slot if needed.
  if (required.length === 1) files.get(required[0]!)!.push(png('anh-giay-chung-sinh.png'));
  return files;
}

async function citizenJourney(lang: Lang, account: string): Promise<void> {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: lang === 'vi' ? 'vi-VN' : 'en-GB' });
  const problems = new Problems(context);
  const page: Page = await context.newPage();
  const words = WORDS[lang];
  const shot = (name: string) => shoot(page, `${lang}-${name}`);

  // Home: the hero search, the page in the chosen language.
  await page.goto(`${sandbox.url}/${lang === 'en' ? '?lang=en' : ''}`);
  assert.equal(await page.locator('html').getAttribute('lang'), lang);
  assert.equal((await page.locator('#hero-title').innerText()).trim(), words.heroTitle);
  await page.locator('dvc-procedure-search [part="input"]').waitFor({ timeout: 30_000 });
  await shot('1-home');

  // Search without diacritics, then open the procedure.
  await search(page, 'dang ky khai sinh');
  const first = await page.locator('dvc-procedure-search [part="result-link"]').first().innerText();
  assert.match(first, /khai sinh/i, `first result: ${first}`);
  await shot('2-search-results');
  await openResult(page, PROCEDURE);
  await page.locator('dvc-procedure-detail [part="start"]').waitFor({ timeout: 30_000 });
  await shot('3-procedure');
  await apply(page, lang);

  // The dossier page asks to sign in; the e-ID round trip brings the person back here.
  assert.equal(new URL(page.url()).searchParams.get('thu-tuc'), PROCEDURE);
  await page.locator('dvc-dossier-upload').getByRole('button', { name: words.signIn }).waitFor({ timeout: 30_000 });
  await shot('4-dossier-signed-out');
  await signIn(page, lang, account);
  assert.equal(new URL(page.url()).searchParams.get('thu-tuc'), PROCEDURE, 'sign-in did not return to the dossier page');

  // Upload the documents, review, submit.
  const documents = await documentsFor(PROCEDURE);
  for (const [componentId, files] of documents) await attach(page, componentId, files);
  const count = [...documents.values()].flat().length;
  assert.ok(count >= 2, `only ${count} file uploaded`);
  await shot('5-dossier-files');
  const code = await submit(page, lang);
  await shot('6-receipt');

  // Track it: the portal's link to the tracking page, then each state the officer sets.
  await Promise.all([page.waitForURL(/\/demo\/tra-cuu\.html\?/), page.locator('[data-demo="track-link"]').click()]);
  assert.equal(new URL(page.url()).searchParams.get('ma'), code);
  assert.equal(await shownStatus(page, lang), words.status.submitted);
  for (const status of LIFECYCLE) {
    await officerMoves(sandbox.url, code, status);
    assert.equal(await shownStatus(page, lang), words.status[status], `after the officer set ${status}`);
  }
  await shot('7-tracking-returned');

  assert.deepEqual(problems.list, [], 'the journey had errors');
  await context.close();
}

test('a citizen submits a birth registration and follows it to the result (Vietnamese)', { timeout: 600_000 }, async () => {
  await citizenJourney('vi', 'Nguyễn Văn An');
});

test('the same journey in English', { timeout: 600_000 }, async () => {
  await citizenJourney('en', 'Trần Thị Bình');
});

test('a partner page with a strict CSP and hostile CSS runs the kit', { timeout: 600_000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const problems = new Problems(context);
  const page = await context.newPage();
  const blank = await context.newPage();
  await blank.goto(`${site.url}/blank.html`);
  const baseline = new Set(await blank.evaluate(() => Object.getOwnPropertyNames(window)));
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

  const added = (await page.evaluate(() => Object.getOwnPropertyNames(window))).filter((n) => !baseline.has(n));
  assert.deepEqual(added, ['DvcKit'], 'globals the kit added');
  assert.deepEqual(problems.list, [], 'errors or CSP violations on the partner page');
  await context.close();
});
