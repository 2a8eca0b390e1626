import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * The machine's own headless Chromium for Node-side browser journeys. Nothing here downloads a
 * browser: without one, the test fails and says how to install it.
 */
export function chromiumPath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install it (Debian: "apt-get install -y chromium") or set CHROME_PATH.`,
    );
  }
  return path;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
}
