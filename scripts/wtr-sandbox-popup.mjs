// A web-test-runner server command that plays the user in a popup of the sandbox's provider
// (sign-in or sign-out), for tests of @dvc-kit/client/auth's popup flow in a real browser:
//
//   import { executeServerCommand } from '@web/test-runner-commands';
//   const { clickedAt, visited } = await executeServerCommand('dvc-sandbox-popup', {
//     trigger: '#sign-in',          // a button on the test page whose click handler opens the popup
//     button: 'Nguyễn Văn An',      // optional: the one button in the popup whose accessible name contains this
//     until: 'http://...',          // optional: finish when the popup reaches this URL (and close it);
//     userCloses: true,             // optional: instead of clicking, close the popup once the provider's page is up
//   });                             // otherwise finish when the popup closes itself
//
// It runs on the Node side because the popup's pages are on the sandbox's origin, which the test
// page cannot script. It clicks the trigger with Playwright, a real user gesture, because the
// client opens its popup synchronously inside a click and a browser may block it otherwise.
// Returns the URL of the page where the button was clicked and every URL the popup's top frame
// went to after it opened, in order. Needs the Playwright launcher.
// Plain JS: the config loads it without tsx.

const STEP_TIMEOUT_MS = 10_000;

function playwrightPage(session) {
  const page = session.browser.getPage?.(session.id);
  if (!page) throw new Error('dvc-sandbox-popup needs the Playwright launcher');
  return page;
}

function withTimeout(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), STEP_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function describePopup(popup) {
  if (popup.isClosed()) return 'the popup is closed';
  const text = await popup.locator('body').innerText({ timeout: 1000 }).catch(() => '');
  return `the popup is at ${popup.url()}: ${text.replace(/\s+/g, ' ').slice(0, 300)}`;
}

async function clickThrough(page, { trigger, ...steps }) {
  // Listen before clicking: the popup event fires while the click is still being handled.
  const opened = page.waitForEvent('popup', { timeout: STEP_TIMEOUT_MS });
  await page.click(trigger, { timeout: STEP_TIMEOUT_MS });
  const popup = await opened;
  try {
    return await walk(popup, steps);
  } catch (error) {
    // A popup left open keeps the page's sign-in waiting; closed, it fails at once.
    if (!popup.isClosed()) await popup.close().catch(() => undefined);
    throw error;
  }
}

async function walk(popup, { button, until, userCloses }) {
  const visited = [];
  popup.on('framenavigated', (frame) => {
    if (frame === popup.mainFrame()) visited.push(frame.url());
  });
  // The page may already have closed it (a sign-in that failed at once): no event would come.
  const closed = popup.isClosed() ? Promise.resolve() : popup.waitForEvent('close', { timeout: 0 });
  if (userCloses) {
    await withTimeout(popup.waitForURL((url) => url.protocol.startsWith('http'), { timeout: 0 }), 'the provider page');
    await popup.close();
    return { clickedAt: null, visited };
  }
  let clickedAt = null;
  if (button) {
    const target = popup.getByRole('button', { name: button });
    try {
      await target.waitFor({ timeout: STEP_TIMEOUT_MS });
      clickedAt = popup.url();
      await target.click({ timeout: STEP_TIMEOUT_MS });
    } catch (error) {
      throw new Error(`could not click "${button}" in the popup (${await describePopup(popup)}): ${error.message}`);
    }
  }
  if (until) {
    await withTimeout(
      popup.waitForURL((url) => url.href.startsWith(until), { timeout: 0 }),
      `the popup to reach ${until} (${visited.at(-1)})`,
    );
    await popup.close();
  } else {
    await withTimeout(closed, `the popup to close itself (it was last at ${visited.at(-1)})`);
  }
  return { clickedAt, visited };
}

/** The plugin: command 'dvc-sandbox-popup', payload { trigger, button?, until?, userCloses? }. */
export const sandboxPopupPlugin = {
  name: 'dvc-sandbox-popup',
  async executeCommand({ command, payload, session }) {
    if (command !== 'dvc-sandbox-popup') return undefined;
    if (!payload?.trigger) throw new Error('dvc-sandbox-popup needs { trigger }');
    return clickThrough(playwrightPage(session), payload);
  },
};
