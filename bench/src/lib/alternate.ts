/** Per-call timings of two competing calls, interleaved so drift on a busy machine hits both alike. */
export type Timings = { client: number[]; raw: number[] };

export async function alternate(
  clientCall: () => Promise<unknown>, rawCall: () => Promise<unknown>, calls: number, warmUp: number,
): Promise<Timings> {
  const t: Timings = { client: [], raw: [] };
  for (let i = 0; i < warmUp; i += 1) { await clientCall(); await rawCall(); }
  for (let i = 0; i < calls; i += 1) {
    // Alternate which goes first, so neither always inherits the other's garbage.
    const order = i % 2 === 0
      ? ([['client', clientCall], ['raw', rawCall]] as const)
      : ([['raw', rawCall], ['client', clientCall]] as const);
    for (const [name, call] of order) {
      const started = performance.now();
      await call();
      t[name].push(performance.now() - started);
    }
  }
  return t;
}
