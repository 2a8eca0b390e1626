/**
 * Keyboard-only use of an element: what in its shadow root a person can operate, and which of
 * those Tab reaches, pressing real keys through the test runner.
 */
import { sendKeys } from '@web/test-runner-commands';

const OPERABLE = [
  'a[href]',
  'area[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  'iframe',
  '[contenteditable]:not([contenteditable="false"])',
  '[tabindex]',
].join(',');

/**
 * The controls of `root` meant for the keyboard: operable, enabled, rendered, not inert and not
 * taken out of the tab order on purpose (`tabindex="-1"`, e.g. a heading that receives focus).
 */
export function keyboardControls(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(OPERABLE)].filter(
    (el) =>
      el.getAttribute('tabindex') !== '-1' &&
      !el.matches(':disabled') &&
      !el.closest('[inert]') &&
      el.checkVisibility({ visibilityProperty: true }),
  );
}

/** Radios of one group share one tab stop (arrows move within it): the group's key, or null. */
function radioGroup(el: HTMLElement): string | null {
  if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return null;
  return `${el.form ? 'form' : 'root'}:${el.name}`;
}

/** Where focus is within `host` (its shadow root, or content slotted into it), or null when outside. */
function focusedIn(host: HTMLElement): Element | null {
  const active = document.activeElement;
  if (active === host) return host.shadowRoot?.activeElement ?? host;
  return active && host.contains(active) ? active : null;
}

export interface TabWalk {
  /** Controls that Tab never reached. */
  missed: HTMLElement[];
  /** Whether Tab moved focus past the element again (no keyboard trap). */
  leftTheElement: boolean;
}

/**
 * Puts focus on a button just before `host`, then presses Tab until focus has left the host
 * (or after twice as many presses as there are controls, plus some): which controls were missed?
 */
export async function tabThrough(host: HTMLElement): Promise<TabWalk> {
  const controls = keyboardControls(host.shadowRoot!);
  const before = document.createElement('button');
  before.textContent = 'before';
  const after = document.createElement('button');
  after.textContent = 'after';
  host.before(before);
  host.after(after);
  const reached = new Set<Element>();
  let wasInside = false;
  let leftTheElement = false;
  try {
    before.focus();
    for (let press = 0; press < controls.length * 2 + 10; press++) {
      await sendKeys({ press: 'Tab' });
      const focused = focusedIn(host);
      if (focused) {
        wasInside = true;
        reached.add(focused);
      } else if (wasInside || document.activeElement === after) {
        leftTheElement = true;
        break;
      }
    }
  } finally {
    before.remove();
    after.remove();
  }
  const reachedGroups = new Set([...reached].map((el) => radioGroup(el as HTMLElement)).filter(Boolean));
  const missed = controls.filter((el) => !reached.has(el) && !reachedGroups.has(radioGroup(el)));
  return { missed, leftTheElement };
}

/** A control, described for a failure message. */
export function describeControl(el: Element): string {
  const part = el.getAttribute('part');
  const label = el.getAttribute('aria-label') ?? el.textContent?.replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${el.localName}${part ? ` part="${part}"` : ''}${el.id ? ` id="${el.id}"` : ''}>${label ? ` "${label}"` : ''}`;
}
