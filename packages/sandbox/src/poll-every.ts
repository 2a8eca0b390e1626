/**
 * The sandbox's background workers (the simulated officer, the webhook dispatcher) poll the
 * database: one round every `ms`, counted from the end of the previous round so rounds never
 * overlap. The timers are unref'd, so a poller alone never keeps the process alive.
 * A failing round is logged under `label` and the next one runs as usual; once stopping, errors
 * are expected (the database closes under the round) and stay quiet.
 * Returns stop(), which waits for the round in flight. The round's signal aborts at stop, so a
 * long round can end early between steps.
 */
export function pollEvery(ms: number, round: (signal: AbortSignal) => Promise<void>, label: string): () => Promise<void> {
  const stopping = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  async function guarded(): Promise<void> {
    try {
      await round(stopping.signal);
    } catch (error) {
      if (!stopping.signal.aborted) console.error(`[dvc-sandbox] ${label}:`, (error as Error).message);
    }
  }

  function schedule(): void {
    if (stopping.signal.aborted) return;
    timer = setTimeout(() => {
      running = guarded().then(schedule);
    }, ms);
    timer.unref();
  }

  schedule();
  return async () => {
    stopping.abort();
    clearTimeout(timer);
    await running;
  };
}
