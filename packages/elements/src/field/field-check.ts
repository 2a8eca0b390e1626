import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FormErrorCode, Message } from '@dvc-kit/spec/forms';
import type { FieldValidity } from '../controllers/form-value.js';
import type { Locale } from '../i18n/locale.js';

/** What is wrong with an input's answer now. */
export interface FieldProblem<Part extends string = string> {
  /** The stable code, shared with the server's checks. */
  code: FormErrorCode;
  message: Message;
  /** The validity flag the form sees. */
  flag: keyof ValidityStateFlags;
  /** The sub-fields in error; empty when the answer as a whole is wrong. */
  parts: readonly Part[];
}

type CheckedHost = ReactiveControllerHost & HTMLElement;

/**
 * When an input shows its problem: after the person leaves it having changed it, when
 * `validate()` asks, and when the form reports it invalid (submit, reportValidity()); never
 * while they type a first time. Once shown, it follows their typing, so it goes as soon as
 * the answer is right, and the next mistake waits for the next leave again.
 *
 * An input nobody changed stays quiet when Tab only passes through it: a form read by
 * keyboard must not fill with errors before anyone typed.
 */
export class FieldCheck<Part extends string> implements ReactiveController {
  private shown = false;
  private changed = false;

  constructor(
    private readonly host: CheckedHost,
    private readonly problem: () => FieldProblem<Part> | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('focusout', this.onFocusOut);
    this.host.addEventListener('invalid', this.show);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('focusout', this.onFocusOut);
    this.host.removeEventListener('invalid', this.show);
  }

  /** The problem to show beside the input now, or null. */
  get visible(): FieldProblem<Part> | null {
    return this.shown ? this.problem() : null;
  }

  /** The person changed the answer. */
  edited(): void {
    this.changed = true;
    if (this.shown && !this.problem()) this.shown = false;
    this.host.requestUpdate();
  }

  /** Shows the problem, if any; true when there is none. */
  validate(): boolean {
    this.show();
    return this.problem() === null;
  }

  /** Back to the untouched state (the form's reset). */
  reset(): void {
    this.shown = false;
    this.changed = false;
    this.host.requestUpdate();
  }

  private readonly show = (): void => {
    this.shown = true;
    this.host.requestUpdate();
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    // Moving between sub-fields is not leaving: inside the shadow root the target is retargeted to the host.
    const to = event.relatedTarget;
    if (to === this.host || (to instanceof Node && this.host.shadowRoot?.contains(to))) return;
    // Switching to another window (to copy a number) is not leaving the field either.
    if (to === null && !this.host.ownerDocument.hasFocus()) return;
    if (this.changed) this.show();
  };
}

/** The problem as the form sees it, in the element's language, pointing at `anchor`. */
export function fieldValidity(problem: FieldProblem | null, locale: Locale, anchor: HTMLElement | null): FieldValidity | null {
  return problem ? { flags: { [problem.flag]: true }, message: problem.message[locale], anchor } : null;
}

/** Fires the platform's `input` or `change` from the host, as a native control does (bubbles, composed). */
export function fireValueEvent(host: HTMLElement, type: 'input' | 'change'): void {
  host.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
}
