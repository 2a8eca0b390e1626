/**
 * The one wait helper of the tests: polls `check` until it returns something truthy (a promise
 * is awaited), or fails after `timeout` ms with `message`. Room for a busy machine (two cores
 * shared with other work) by default. `wait` is the same function under the name the catalog
 * and login tests use.
 */
export type Check = () => unknown;

/** A timeout in ms, or open-wc waitUntil's options object (its `interval` is ignored). */
export type UntilTimeout = number | { timeout?: number };

export const DEFAULT_TIMEOUT_MS = 10_000;
const POLL_MS = 20;

export async function until(check: Check, message?: string | (() => string), timeout: UntilTimeout = DEFAULT_TIMEOUT_MS): Promise<void> {
  const ms = typeof timeout === 'number' ? timeout : (timeout.timeout ?? DEFAULT_TIMEOUT_MS);
  const end = Date.now() + ms;
  // The stack of the caller, not of the last poll, is the useful one when it times out.
  const { stack } = new Error();
  while (!(await check())) {
    if (Date.now() > end) {
      const said = typeof message === 'function' ? message() : message;
      const error = new Error(`Timed out after ${ms} ms: ${said ?? 'the condition never held'}`);
      error.stack = `${error.message}\n${stack?.split('\n').slice(1).join('\n') ?? ''}`;
      throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export { until as wait };
