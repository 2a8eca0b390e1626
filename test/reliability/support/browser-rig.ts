// What the reliability tests that drive the elements in Chromium share: a sandbox in this process,
// the fault proxy in front of it, the page with every element (support/page), Chromium, and one
// signed-in person whose token the elements send, through the proxy.
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { StartSandboxOptions } from '@dvc-kit/sandbox';
import type { Me } from '@dvc-kit/spec';
import { call } from '../../../packages/sandbox/test/helpers/dossier-api.js';
import { launchChromium } from '../../support/chromium.js';
import { startFaultProxy, type FaultProxy } from './fault-proxy.js';
import { startInProcess, type InProcessSandbox } from './in-process.js';
import { servePage, type ReliabilityPage } from './page/build.js';

export interface BrowserRig {
  sandbox: InProcessSandbox;
  proxy: FaultProxy;
  pages: ReliabilityPage;
  browser: Browser;
  token: string;
  me: Me;
  /** A new tab in which an uncaught error fails the test. */
  newTab(): Promise<Page>;
  /** Waits for the loaded page's test hook, then points its elements at the proxy as the person. */
  connect(page: Page): Promise<void>;
  /** A new tab on the page `name` with `body` in it, connected. */
  open(name: string, body: string): Promise<Page>;
  close(): Promise<void>;
}

/** Starts everything for the account `sub`; `sandbox` options go to the sandbox (a catalog, say). */
export async function startBrowserRig(sub: string, sandbox: StartSandboxOptions = {}): Promise<BrowserRig> {
  const [running, pages, browser] = await Promise.all([startInProcess(sandbox), servePage(), launchChromium()]);
  const proxy = await startFaultProxy(running.url);
  const close = async (): Promise<void> => {
    await browser.close();
    await proxy.close();
    await pages.close();
    await running.close();
  };
  let token: string;
  let me: Me;
  try {
    token = await running.token(sub);
    me = (await call<Me>(running.url, token, 'GET', '/me')).body;
  } catch (error) {
    await close();
    throw error;
  }
  const rig: BrowserRig = {
    sandbox: running, proxy, pages, browser, token, me, close,
    async newTab() {
      const page = await browser.newPage();
      page.on('pageerror', (error) => assert.fail(`uncaught error in the page: ${error.message}`));
      // tsx compiles the tests with esbuild's keepNames: functions handed to page.evaluate call __name.
      await page.addInitScript({ content: 'window.__name = (f) => f;' });
      return page;
    },
    async connect(page) {
      await page.waitForFunction(() => 'dvcTest' in window);
      await page.evaluate(([api, t, m]) => window.dvcTest.setup(api, t, m), [proxy.url, token, me] as const);
    },
    async open(name, body) {
      const page = await rig.newTab();
      await page.goto(await pages.page(name, body));
      await rig.connect(page);
      return page;
    },
  };
  return rig;
}
