import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { serveFolder, type StaticServer } from '../support/static-server.js';

// Every story of the static Storybook build must render without a console error or an
// uncaught exception: the build is what designers browse, with no server behind it.
const BUILD = 'storybook-static';

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
}

let server: StaticServer;
let browser: Browser;

before(async () => {
  assert.ok(existsSync(`${BUILD}/index.json`), `no ${BUILD}/index.json: run "npm run build-storybook" first`);
  server = await serveFolder(BUILD);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('every story renders without console errors', async () => {
  const index = JSON.parse(readFileSync(`${BUILD}/index.json`, 'utf8')) as { entries: Record<string, IndexEntry> };
  const stories = Object.values(index.entries).filter((e) => e.type === 'story');
  assert.ok(stories.length > 0, 'the Storybook build has no stories');
  const page = await browser.newPage();
  const failures: string[] = [];
  let current = '';
  page.on('console', (msg) => {
    // A failed request also logs a console error without its URL; the response handler below names it.
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) {
      failures.push(`${current}: console error: ${msg.text()}`);
    }
  });
  page.on('response', (res) => {
    // The browser's own favicon probe is no story's doing.
    if (res.status() >= 400 && !res.url().endsWith('/favicon.ico')) {
      failures.push(`${current}: ${res.status()} for ${res.url()}`);
    }
  });
  page.on('pageerror', (err) => failures.push(`${current}: uncaught: ${err.message}`));
  for (const story of stories) {
    current = `${story.title} / ${story.name}`;
    await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
    await page.waitForSelector('#storybook-root > *, #storybook-root:not(:empty)', { timeout: 15_000 }).catch(() => {
      failures.push(`${current}: rendered nothing`);
    });
    // Let the stories' fake portal answer and the elements settle.
    await page.waitForTimeout(300);
  }
  assert.deepEqual(failures, []);
});
