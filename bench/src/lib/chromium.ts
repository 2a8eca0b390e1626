/**
 * Chromium for the browser figures: the machine's /usr/bin/chromium through the repo's own
 * test helper (playwright-core, nothing downloaded), plus CDP throttling presets.
 */
import type { CDPSession, Page } from 'playwright-core';
export { launchChromium } from '../../../test/support/chromium.js';

/** DevTools' "Slow 3G" preset: 2,000 ms RTT (400 ms × 5 as DevTools applies it), 400 kbit/s each way. */
export const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: (500 * 1000) / 8 * 0.8, uploadThroughput: (500 * 1000) / 8 * 0.8 };

export async function throttle(page: Page, options: { cpu?: number; network?: typeof SLOW_3G; cache?: boolean }): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  if (options.cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpu });
  await cdp.send('Network.enable');
  if (options.network) await cdp.send('Network.emulateNetworkConditions', options.network);
  if (options.cache === false) await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return cdp;
}
