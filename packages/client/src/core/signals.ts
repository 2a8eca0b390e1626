/**
 * A signal that fires when any of `signals` fires.
 *
 * Deliberately not `AbortSignal.any`: its result is held only weakly by its
 * sources, and a Request made with it does not keep it alive either, so
 * under garbage collection a timeout could fire into nothing and the request
 * would hang (seen on Node 20). Plain listeners make each source hold the
 * combined signal strongly for as long as the source lives.
 *
 * @param signals - signals to follow; `undefined` entries are ignored
 */
export function anySignal(signals: readonly (AbortSignal | undefined | null)[]): AbortSignal {
  const controller = new AbortController();
  for (const signal of signals) {
    if (!signal) continue;
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true, signal: controller.signal });
  }
  return controller.signal;
}

/**
 * Waits `ms` milliseconds unless `signal` fires first, in which case it
 * rejects with the signal's reason.
 *
 * @param ms - how long to wait
 * @param signal - cancels the wait
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
