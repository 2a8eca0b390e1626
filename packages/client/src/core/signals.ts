/**
 * A signal that fires when any of `signals` fires. Uses `AbortSignal.any` where
 * the platform has it (Node 20.3+, current browsers) and a listener fallback
 * elsewhere.
 *
 * @param signals - signals to follow; `undefined` entries are ignored
 */
export function anySignal(signals: readonly (AbortSignal | undefined | null)[]): AbortSignal {
  const present = signals.filter((s): s is AbortSignal => s != null);
  const native = (AbortSignal as { any?: (s: AbortSignal[]) => AbortSignal }).any;
  if (native) return native.call(AbortSignal, present);
  const controller = new AbortController();
  for (const signal of present) {
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
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
