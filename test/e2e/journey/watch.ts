import type { BrowserContext, Page } from 'playwright-core';

/**
 * Collects what must not happen in a journey: uncaught exceptions, console errors (CSP
 * violations are reported there too) and failed requests, per page of a browser context.
 */
export class Problems {
  readonly list: string[] = [];

  constructor(context: BrowserContext, ignore: RegExp[] = []) {
    const note = (what: string) => {
      if (!ignore.some((r) => r.test(what))) this.list.push(what);
    };
    const watch = (page: Page) => {
      page.on('pageerror', (error) => note(`uncaught on ${page.url()}: ${error.message}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error') note(`console error on ${page.url()}: ${msg.text()}`);
      });
      page.on('requestfailed', (request) => {
        const reason = request.failure()?.errorText ?? '';
        // A navigation away cancels the page's pending requests: that is not a failure.
        if (!/ERR_ABORTED/.test(reason)) note(`request failed: ${request.method()} ${request.url()} ${reason}`);
      });
    };
    context.on('page', watch);
    void context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI || '(inline)'}`);
      });
    });
  }
}
