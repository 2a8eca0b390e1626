// The check of the shown answers: checkForm(), the portal's own, with one step more for the page.
// An object nobody started (the mother's details) is one `required` error to the portal; the
// page names each of its questions instead, as a person fixes them one by one.
import { FORM_ERROR_CODES, checkForm, messageFor, valueAt, type FormErrorCode } from '@dvc-kit/spec/forms';
import { setAt, type Answers } from './answers.js';
import type { FormProblem } from './error-map.js';
import type { Slot } from './visibility.js';

const MAX_DEPTH = 8;

export function checkShown(schema: Record<string, unknown>, data: Answers, slots: readonly Slot[]): FormProblem[] {
  let probe = data;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const errors = checkForm(schema, probe);
    const unstarted = errors.filter(
      (e) =>
        e.code === 'required' &&
        valueAt(probe, e.pointer) === undefined &&
        !slots.some((s) => s.pointer === e.pointer) &&
        slots.some((s) => s.pointer.startsWith(`${e.pointer}/`)),
    );
    if (unstarted.length === 0) return errors;
    // Checked as started but empty, the object's own `required` says which of its answers are missing.
    for (const e of unstarted) probe = setAt(probe, e.pointer, {});
  }
  return checkForm(schema, probe);
}

/**
 * `problems`, and what only the kit's inputs know (`errorOf(pointer)`, their `errorCode`): a date or
 * ID number typed but not valid gives them no value, so the answers read it as missing, or, when
 * optional, as fine.
 */
export function withInputProblems(problems: readonly FormProblem[], slots: readonly Slot[], errorOf: (pointer: string) => unknown): FormProblem[] {
  const all = [...problems];
  for (const slot of slots) {
    const code = errorOf(slot.pointer);
    if (!isErrorCode(code) || code === 'required') continue;
    const own = { pointer: slot.pointer, code, message: messageFor(code) };
    const at = all.findIndex((p) => p.pointer === slot.pointer || p.pointer.startsWith(`${slot.pointer}/`));
    if (at < 0) all.push(own);
    else if (all[at]?.code === 'required') all[at] = own;
  }
  return all;
}

const isErrorCode = (code: unknown): code is FormErrorCode => (FORM_ERROR_CODES as readonly unknown[]).includes(code);
