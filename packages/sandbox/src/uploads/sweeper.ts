import type { SandboxDeps } from '../deps.js';
import { pollEvery } from '../poll-every.js';
import { sweepUploads } from './sweep.js';

/** A tenth of the period, from a second (short periods tried by hand) to 15 minutes (the default day). */
export function sweepIntervalMs(periodMs: number): number {
  return Math.min(15 * 60_000, Math.max(1000, periodMs / 10));
}

/**
 * Runs the upload sweep in the background, often enough that an expired upload outlives its
 * Upload-Expires by a small fraction of the period (a request for it is refused at once anyway).
 * No sweeper when expiry is off. Returns stop(), which waits for the sweep in flight.
 */
export function startUploadSweeper(deps: SandboxDeps): () => Promise<void> {
  const periodMs = deps.config.uploadExpiryMs;
  if (!(periodMs > 0)) return async () => undefined;
  return pollEvery(sweepIntervalMs(periodMs), async (signal) => {
    await sweepUploads(deps, signal);
  }, 'upload sweep');
}
