// Plays the user around a popup: clicks a button on the page whose handler opens the popup, then
// clicks a button inside the popup. The popup's pages are on the sandbox's origin, out of this
// page's reach, so the Node side drives them (scripts/wtr-sandbox-popup.mjs).
import { executeServerCommand } from '@web/test-runner-commands';

/** What the user does inside the popup. */
export interface PopupSteps {
  /** The one button in the popup whose accessible name contains this text; none: click nothing. */
  button?: string;
  /** Stop (and close the popup) once it reaches this URL; default: wait until it closes itself. */
  until?: string;
  /** Instead of clicking, the user closes the popup once the provider's page has loaded. */
  userCloses?: boolean;
}

/** Where the user was in the popup, and what the click handler's action resolved to. */
export interface PopupRun<T> {
  /** The URL of the page on which the user clicked the button (null when nothing was clicked). */
  clickedAt: string | null;
  /** Every URL the popup's top frame went to after it opened, in order. */
  visited: string[];
  result: T;
}

/**
 * Runs `open` in a real click handler (popups opened outside a user gesture may be blocked) and
 * walks the popup through `steps`. Waits for the popup to be done before looking at the action's
 * outcome, so that a refused sign-in never leaves a popup running into the next test.
 */
export async function throughPopup<T>(open: () => Promise<T>, steps: PopupSteps): Promise<PopupRun<T>> {
  const trigger = document.createElement('button');
  trigger.id = `open-popup-${crypto.randomUUID()}`;
  trigger.textContent = 'Mở cửa sổ';
  const action = new Promise<T>((resolve, reject) => {
    trigger.addEventListener('click', () => open().then(resolve, reject), { once: true });
  });
  // Handled here so that a refusal arriving before the popup is done is not reported as unhandled;
  // it is still thrown below.
  action.catch(() => undefined);
  document.body.append(trigger);
  try {
    const popup = await executeServerCommand<Omit<PopupRun<T>, 'result'>, PopupSteps & { trigger: string }>(
      'dvc-sandbox-popup',
      { trigger: `#${trigger.id}`, ...steps },
    );
    return { ...popup, result: await action };
  } finally {
    trigger.remove();
  }
}
