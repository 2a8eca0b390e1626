// How hard to push: `npm test` runs the bounded smoke form; `npm run soak` sets
// RELIABILITY_SOAK=1 and the same tests run many times longer.
export const SOAK = process.env.RELIABILITY_SOAK === '1';

/** fast-check runs: `smoke` in npm test, `smoke * factor` under soak. */
export function runs(smoke: number, factor = 50): number {
  return SOAK ? smoke * factor : smoke;
}

/** fast-check seed: RELIABILITY_SEED replays a failure, else fast-check picks one and prints it on failure. */
export function fcSeed(): { seed?: number } {
  const fixed = process.env.RELIABILITY_SEED;
  return fixed ? { seed: Number(fixed) } : {};
}
