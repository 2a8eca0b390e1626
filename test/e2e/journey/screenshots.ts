import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS } from './setup.js';

export const WIDTHS = [1280, 375] as const;

/**
 * Full-page pictures of what the page shows now, at desktop and phone width, as
 * test-output/screenshots/<name>-<width>.png. Layout settles between the two widths.
 */
export async function shoot(page: Page, name: string): Promise<string[]> {
  const before = page.viewportSize() ?? { width: 1280, height: 900 };
  const written: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(250);
    const path = join(SCREENSHOTS, `${name}-${width}.png`);
    await page.screenshot({ path, fullPage: true });
    written.push(path);
  }
  await page.setViewportSize(before);
  return written;
}
