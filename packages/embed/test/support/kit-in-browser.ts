import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../../test/support/chromium.js';
import { ensureBuilt, type Built } from './built.js';
import { testSite, type TestSite } from './pages.js';

export interface KitInBrowser {
  built: Built;
  site: TestSite;
  browser: Browser;
}

/**
 * For a test file that opens the built kit in Chromium: before its tests, builds the kit if
 * needed, serves it on a test site and launches the browser; after them, closes both.
 * The returned object's fields are set once the before hook has run, so read them in tests only.
 */
export function kitInBrowser(): KitInBrowser {
  const kit = {} as KitInBrowser;
  before(async () => {
    kit.built = ensureBuilt();
    kit.site = await testSite(kit.built.dir);
    kit.browser = await launchChromium();
  });
  after(async () => {
    await kit.browser?.close();
    await kit.site?.close();
  });
  return kit;
}
