import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { UploadFile } from './files.js';

/** What the person reads and clicks, per language (the elements' and the demo page's own words). */
export const WORDS = {
  vi: {
    start: 'Nộp hồ sơ trực tuyến',
    signIn: 'Đăng nhập bằng định danh điện tử',
    toReview: 'Tiếp tục: kiểm tra hồ sơ',
    submit: /^\s*Nộp hồ sơ\s*$/,
    refresh: 'Cập nhật',
    status: { submitted: 'Mới đăng ký', received: 'Được tiếp nhận', processing: 'Đang xử lý', processed: 'Đã xử lý xong', returned: 'Đã trả kết quả' },
    heroTitle: 'Bạn cần làm thủ tục gì?',
  },
  en: {
    start: 'Apply online',
    signIn: 'Sign in with national e-ID',
    toReview: 'Continue: check the dossier',
    submit: /^\s*Submit dossier\s*$/,
    refresh: 'Refresh',
    status: { submitted: 'Newly submitted', received: 'Received', processing: 'In progress', processed: 'Processed', returned: 'Result returned' },
    heroTitle: 'Which procedure do you need?',
  },
} as const;

export type Lang = keyof typeof WORDS;
export const LIFECYCLE = ['received', 'processing', 'processed', 'returned'] as const;

const SLOW = { timeout: 30_000 };

/** Types a query the way a person does and runs the full search. */
export async function search(page: Page, query: string): Promise<void> {
  const input = page.locator('dvc-procedure-search [part="input"]');
  await input.click();
  await input.pressSequentially(query, { delay: 15 });
  await input.press('Enter');
  await page.locator('dvc-procedure-search [part="result-link"]').first().waitFor(SLOW);
}

/** Opens the search result whose line shows this procedure code. */
export async function openResult(page: Page, code: string): Promise<void> {
  const result = page.locator('dvc-procedure-search [part="result"]', { hasText: code }).first();
  await result.locator('[part="result-link"]').click();
}

/** "Apply online" in the open procedure's detail: the demo portal goes to its dossier page. */
export async function apply(page: Page, lang: Lang): Promise<void> {
  const start = page.locator('dvc-procedure-detail [part="start"]');
  await start.waitFor(SLOW);
  assert.equal((await start.innerText()).trim(), WORDS[lang].start);
  await Promise.all([page.waitForURL(/\/demo\/nop-ho-so\.html\?/, SLOW), start.click()]);
}

/** Signs in through the sandbox's e-ID page (a real OIDC redirect) and comes back signed in. */
export async function signIn(page: Page, lang: Lang, accountName: string): Promise<void> {
  const button = page.getByRole('button', { name: WORDS[lang].signIn }).first();
  await button.waitFor(SLOW);
  const back = new URL(page.url()).pathname;
  await Promise.all([page.waitForURL(/\/oidc\//, SLOW), button.click()]);
  await Promise.all([
    page.waitForURL((url) => url.pathname === back && !url.searchParams.has('code'), { timeout: 60_000 }),
    page.getByRole('button', { name: new RegExp(accountName) }).click(),
  ]);
  await page.locator('dvc-login [part="name"]').first().waitFor(SLOW);
}

/** Picks files for one dossier component and waits until each has finished uploading. */
export async function attach(page: Page, componentId: string, files: UploadFile[]): Promise<void> {
  const slot = page.locator(`dvc-dossier-upload section[aria-labelledby="slot-${componentId}-name"]`);
  await slot.locator('input[type="file"][multiple]').setInputFiles(files);
  for (const file of files) {
    await slot.locator('[part="file"].done', { hasText: file.name }).waitFor({ timeout: 120_000 });
  }
}

/** Reviews and submits; returns the dossier code the receipt shows. */
export async function submit(page: Page, lang: Lang): Promise<string> {
  await page.getByRole('button', { name: WORDS[lang].toReview }).click();
  await page.getByRole('button', { name: WORDS[lang].submit }).click();
  const code = page.locator('[data-demo="code"]');
  await code.waitFor({ state: 'visible', timeout: 60_000 });
  const text = (await code.innerText()).trim();
  assert.match(text, /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-\d{6}-\d{4}$/, `not a dossier code: ${text}`);
  return text;
}

/** Plays the officer: moves the dossier on through the sandbox's control route. */
export async function officerMoves(sandboxUrl: string, code: string, status: string): Promise<void> {
  const response = await fetch(`${sandboxUrl}/api/v1/sandbox/dossiers/${encodeURIComponent(code)}/status`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ status, note: `E2E: ${status}` }),
  });
  assert.equal(response.status, 200, `control route refused ${status}: ${await response.text()}`);
}

/** The status the tracking page shows after the person asks for an update. */
export async function shownStatus(page: Page, lang: Lang): Promise<string> {
  await page.getByRole('button', { name: WORDS[lang].refresh }).click();
  const badge = page.locator('dvc-dossier-status [part="status"]');
  await badge.waitFor(SLOW);
  return (await badge.innerText()).trim();
}
