// Hostile strings rendered by the elements in a real Chromium: procedure names, notes and file
// names with markup, bidi overrides and 10,000 characters must show as text, run nothing, and no
// link may carry a javascript: URL. When the API itself is hostile (the proxy rewrites the
// procedure to carry javascript: links, as a compromised portal could), the client refuses the
// response as breaking the contract and the elements explain that they could not load it.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { Dossier, Procedure } from '@dvc-kit/spec';
import { call, makePdf, uploadFile } from '../../packages/sandbox/test/helpers/dossier-api.js';
import { startBrowserRig, type BrowserRig } from './support/browser-rig.js';
import { HOSTILE_CODE, hostileCatalog } from './support/hostile-catalog.js';
import { HOSTILE_MARKUP, HOSTILE_NAME, LONG, XSS_MARK } from './support/hostile.js';

const JS_URL = `javascript:window.${XSS_MARK}=1`;

/** Everything in the page and its (open) shadow roots that could run script or navigate to it. */
function audit(): { dangerous: string[]; jsLinks: string[]; text: string; pwned: boolean } {
  const dangerous: string[] = [];
  const jsLinks: string[] = [];
  let text = '';
  const visit = (root: Document | ShadowRoot): void => {
    for (const el of root.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      if (['iframe', 'object', 'embed', 'frame'].includes(tag) || (tag === 'script' && root !== document)) dangerous.push(tag);
      for (const attr of el.getAttributeNames()) if (/^on/i.test(attr) || attr === 'srcdoc') dangerous.push(`${tag}[${attr}]`);
      const href = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? el.getAttribute('formaction');
      if (href && /^\s*(javascript|data|vbscript):/i.test(href)) jsLinks.push(`${tag} ${href.slice(0, 60)}`);
      if (el.shadowRoot) {
        text += ` ${el.shadowRoot.textContent ?? ''}`;
        visit(el.shadowRoot);
      }
    }
  };
  visit(document);
  return { dangerous, jsLinks, text, pwned: (window as unknown as Record<string, unknown>).__dvcPwned !== undefined };
}

describe('hostile content rendered by the elements', () => {
  let rig: BrowserRig;
  let code: string;

  before(async () => {
    rig = await startBrowserRig('citizen-an', { catalog: await hostileCatalog() });
    const { sandbox, token } = rig;
    // A dossier whose history and files carry hostile text.
    const draft = (await call<Dossier>(sandbox.url, token, 'POST', '/dossiers', { key: randomUUID(), body: { procedureCode: HOSTILE_CODE } })).body;
    for (const component of draft.components.filter((c) => c.required)) {
      const up = await uploadFile(sandbox.url, token, makePdf(2000), {
        dossierId: draft.id, componentId: component.componentId, filename: `${HOSTILE_MARKUP} hoa-don\u202Efdp.exe`, filetype: 'application/pdf',
      });
      await call(sandbox.url, token, 'POST', `/dossiers/${draft.id}/attachments`, { body: { componentId: component.componentId, uploadId: up.uploadId } });
    }
    const submitted = await call<Dossier>(sandbox.url, token, 'POST', `/dossiers/${draft.id}/submit`, { key: randomUUID() });
    assert.equal(submitted.status, 200, JSON.stringify(submitted.body).slice(0, 300));
    code = submitted.body.code ?? '';
    await call(sandbox.url, null, 'POST', `/sandbox/dossiers/${draft.id}/status`, { body: { status: 'received', note: `${HOSTILE_NAME} ${LONG}`.slice(0, 2000) } });
    await call(sandbox.url, null, 'POST', `/sandbox/dossiers/${draft.id}/status`, { body: { status: 'awaiting_supplement', note: HOSTILE_NAME } });
  });

  /** A hostile API: the procedure's links become javascript: URLs on the way to the browser. */
  function rewriteLinksToJavascript(): void {
    rig.proxy.rewrite = (method, path, body) => {
      if (method !== 'GET' || !path.startsWith(`/api/v1/procedures/${HOSTILE_CODE}`)) return body;
      const procedure = body as Procedure;
      const first = procedure.cases[0]?.components[0];
      if (first) first.template = { name: HOSTILE_MARKUP, url: JS_URL };
      return { ...procedure, sourceUrl: JS_URL };
    };
  }
  after(async () => {
    await rig?.close();
  });

  async function open(body: string): Promise<Page> {
    const page = await rig.newTab();
    page.on('dialog', (dialog) => {
      void dialog.dismiss();
      assert.fail('a dialog opened: script ran');
    });
    await page.goto(await rig.pages.page(`hostile-${randomUUID()}`, body));
    await rig.connect(page);
    return page;
  }

  async function shows(page: Page, selector: string, what: string): Promise<void> {
    try {
      await page.waitForFunction(([sel, needle]) => (document.querySelector(sel)?.shadowRoot?.textContent ?? '').includes(needle), [selector, what] as const, { timeout: 20_000 });
    } catch {
      const shown = await page.evaluate((sel) => document.querySelector(sel)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '(nothing)', selector);
      assert.fail(`${selector} does not show ${JSON.stringify(what.slice(0, 60))} as text; it shows: ${shown.slice(0, 600)}`);
    }
  }

  it('search, detail, upload form and status show hostile text as text and run nothing', async () => {
    rig.proxy.rewrite = (_method, _path, body) => body;
    const page = await open(`<dvc-procedure-search></dvc-procedure-search>
      <dvc-procedure-detail code="${HOSTILE_CODE}"></dvc-procedure-detail>
      <dvc-dossier-upload procedure="${HOSTILE_CODE}"></dvc-dossier-upload>
      <dvc-dossier-status code="${code}"></dvc-dossier-status>`);
    await page.locator('dvc-procedure-search').evaluate((el) => (el as HTMLElement & { search(q: string): Promise<void> }).search('script onerror khai sinh'));
    const mustShow = (selector: string, what: string) => shows(page, selector, what);
    await mustShow('dvc-procedure-search', '<script>window.__dvcPwned=1</script>');
    await mustShow('dvc-procedure-detail', '<img src=x onerror="window.__dvcPwned=1">');
    await mustShow('dvc-dossier-upload', '<svg onload="window.__dvcPwned=1"></svg>');
    await mustShow('dvc-dossier-status', '<iframe srcdoc=');
    await mustShow('dvc-dossier-status', LONG.slice(0, 200));
    // Give any injected handler the chance to run.
    await page.waitForTimeout(300);
    const result = await page.evaluate(audit);
    assert.equal(result.pwned, false, 'hostile markup ran');
    assert.deepEqual(result.dangerous, [], 'elements that can run script were created');
    assert.deepEqual(result.jsLinks, [], 'a link would run script when clicked');
    // Clicking every link must not run anything either (popups and downloads are ignored).
    const clicked = await page.evaluate(() => {
      let n = 0;
      const visit = (root: Document | ShadowRoot): void => {
        for (const el of root.querySelectorAll('*')) {
          if (el instanceof HTMLAnchorElement) {
            el.addEventListener('click', (e) => {
              if (el.protocol !== 'javascript:') e.preventDefault();
            });
            el.click();
            n++;
          }
          if (el.shadowRoot) visit(el.shadowRoot);
        }
      };
      visit(document);
      return n;
    });
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => (window as unknown as Record<string, unknown>).__dvcPwned), undefined, `clicking ${clicked} links ran script`);
    await page.close();
  });

  it('refuses javascript: links from a hostile API instead of rendering them', async () => {
    rewriteLinksToJavascript();
    try {
      const page = await open(`<dvc-procedure-detail code="${HOSTILE_CODE}"></dvc-procedure-detail>`);
      // The client validates the response against the contract (links are http(s) only), so
      // the detail reports that it could not load the procedure rather than show its links.
      await shows(page, 'dvc-procedure-detail', 'Không tải được thông tin thủ tục');
      await page.waitForTimeout(300);
      const result = await page.evaluate(audit);
      assert.equal(result.pwned, false, 'hostile markup ran');
      assert.deepEqual(result.jsLinks, [], 'a link would run script when clicked');
      await page.close();
    } finally {
      rig.proxy.rewrite = (_method, _path, body) => body;
    }
  });
});
