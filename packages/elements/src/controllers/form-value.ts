import type { PropertyValues, ReactiveController, ReactiveControllerHost, ReactiveElement } from 'lit';

/** What a form-associated element submits: a string, a file, several entries, or nothing. */
export type FormSubmission = string | File | FormData | null;

/** Why the browser restores a value: session history / bfcache ('restore') or autofill ('autocomplete'). */
export type FormRestoreMode = 'restore' | 'autocomplete';

/**
 * An invalid value as the host describes it. `message` must not be empty (the
 * platform refuses an invalid state without one); `anchor` is the element the
 * browser points at in reportValidity() (inside the host's shadow root; it may
 * not exist before the first render, so it is read at each sync).
 */
export interface FieldValidity {
  flags: ValidityStateFlags;
  message: string;
  anchor?: HTMLElement | null;
}

export interface FormValueOptions {
  /** The value to submit under the host's `name` attribute. */
  value: () => FormSubmission;
  /** The host's validity now; null (or no flag set) means valid. */
  validity?: () => FieldValidity | null;
}

type FormValueHost = ReactiveControllerHost & HTMLElement;

/**
 * Holds a form-associated element's part in its form, over ElementInternals:
 * after every host update it hands the host's value and validity to the form,
 * so FormData, `:invalid`, checkValidity() and reportValidity() follow what
 * the element shows. Use it through `FormAssociated(Base)`, which also routes
 * the form's reset, disabled and restore callbacks.
 */
export class FormValueController implements ReactiveController {
  /** The host's ElementInternals (attach them nowhere else: a host gets one). */
  readonly internals: ElementInternals;
  /** True while a disabled `<fieldset>` (or the host's own `disabled` attribute) disables the host. */
  formDisabled = false;

  constructor(
    private readonly host: FormValueHost,
    private readonly options: FormValueOptions,
  ) {
    this.internals = host.attachInternals();
    host.addController(this);
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Hands the current value and validity to the form now (hosts call it for changes made outside an update). */
  sync(): void {
    this.internals.setFormValue(this.options.value());
    const invalid = this.options.validity?.() ?? null;
    if (invalid && Object.values(invalid.flags).some(Boolean)) {
      this.internals.setValidity(invalid.flags, invalid.message, invalid.anchor ?? undefined);
    } else {
      this.internals.setValidity({});
    }
  }
}

/** The surface `FormAssociated(Base)` adds; `declare class` lets it name the protected hooks. */
export declare class FormAssociatedMembers {
  /** The form the element belongs to, if any. */
  readonly form: HTMLFormElement | null;
  /** The element's validity as the form sees it. */
  readonly validity: ValidityState;
  /** Why the element is invalid ('' while valid), in the element's language. */
  readonly validationMessage: string;
  /** Whether the form validates this element (false while disabled). */
  readonly willValidate: boolean;
  /** True while a disabled `<fieldset>` around it (or its own `disabled` attribute) disables it. */
  readonly formDisabled: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  /** Called by the form's reset(): runs the host's `formReset()`. */
  formResetCallback(): void;
  /** Called when an ancestor fieldset (or the element itself) is disabled or enabled. */
  formDisabledCallback(disabled: boolean): void;
  /** Called by the browser restoring a value (back/forward, autofill): runs the host's `formRestore()`. */
  formStateRestoreCallback(state: FormSubmission, mode: FormRestoreMode): void;
  protected readonly formValueController: FormValueController;
  /** The value to submit; override it (default: nothing). */
  protected formValue(): FormSubmission;
  /** The element's validity; override it (default: always valid). */
  protected formValidity(): FieldValidity | null;
  /** Puts the element back to its initial value; override it. */
  protected formReset(): void;
  /** Takes a value the browser restores; override it. */
  protected formRestore(state: FormSubmission, mode: FormRestoreMode): void;
}

// A mixin's constructor must take `...args: any[]` (TypeScript rule TS2545).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = new (...args: any[]) => T;

/**
 * Makes a Lit element form-associated: `static formAssociated = true`, a
 * FormValueController, and the platform's form callbacks routed to protected
 * hooks the element overrides (`formValue`, `formValidity`, `formReset`,
 * `formRestore`). The element keeps its own `name`, `value` and `required`
 * properties; the browser submits under the `name` attribute.
 */
export function FormAssociated<T extends Constructor<ReactiveElement>>(Base: T) {
  class FormAssociatedElement extends Base {
    static formAssociated = true;

    protected readonly formValueController = new FormValueController(this, {
      value: () => this.formValue(),
      validity: () => this.formValidity(),
    });

    get form(): HTMLFormElement | null {
      return this.formValueController.internals.form;
    }

    get validity(): ValidityState {
      return this.formValueController.internals.validity;
    }

    get validationMessage(): string {
      return this.formValueController.internals.validationMessage;
    }

    get willValidate(): boolean {
      return this.formValueController.internals.willValidate;
    }

    get formDisabled(): boolean {
      return this.formValueController.formDisabled;
    }

    checkValidity(): boolean {
      return this.formValueController.internals.checkValidity();
    }

    reportValidity(): boolean {
      return this.formValueController.internals.reportValidity();
    }

    formResetCallback(): void {
      this.formReset();
      this.requestUpdate();
    }

    formDisabledCallback(disabled: boolean): void {
      this.formValueController.formDisabled = disabled;
      this.requestUpdate();
    }

    protected override willUpdate(changed: PropertyValues): void {
      super.willUpdate(changed);
      // Lit reflects a property to its attribute after render() has run, and the platform
      // calls formDisabledCallback() when the `disabled` attribute changes: a host's own
      // `disabled` set from code would render with the old formDisabled, and the update
      // asked for then is dropped. Setting the attribute first makes this render current.
      const own = this as { disabled?: unknown };
      if (changed.has('disabled') && typeof own.disabled === 'boolean') this.toggleAttribute('disabled', own.disabled);
    }

    formStateRestoreCallback(state: FormSubmission, mode: FormRestoreMode): void {
      this.formRestore(state, mode);
      this.requestUpdate();
    }

    protected formValue(): FormSubmission {
      return null;
    }

    protected formValidity(): FieldValidity | null {
      return null;
    }

    protected formReset(): void {}

    protected formRestore(_state: FormSubmission, _mode: FormRestoreMode): void {}
  }
  return FormAssociatedElement as unknown as Constructor<FormAssociatedMembers> & { formAssociated: boolean } & T;
}
