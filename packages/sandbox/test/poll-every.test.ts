/**
 * The polling loop behind the officer and the webhook dispatcher: rounds one after another,
 * a failing round logged without ending the loop, and stop() that waits for the round in flight
 * and tells it to wind down.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { pollEvery } from '../src/poll-every.js';

/** A promise with its resolve function, to hold a round open from outside. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('pollEvery', () => {
  // The poller's own timers are unref'd: without a timer of the test's own, the process would
  // see nothing left to wait for between rounds and end the test early.
  let keepAlive: NodeJS.Timeout | undefined;
  beforeEach(() => {
    keepAlive = setInterval(() => undefined, 1000);
  });
  afterEach(() => clearInterval(keepAlive));

  it('stop() waits for the round in flight, which sees the stop, and no round follows', async () => {
    const started = deferred();
    const release = deferred();
    let rounds = 0;
    let sawStop = false;
    const stop = pollEvery(1, async (signal) => {
      rounds += 1;
      started.resolve();
      await release.promise;
      sawStop = signal.aborted;
    }, 'test');
    await started.promise;

    let stopped = false;
    const stopping = stop().then(() => (stopped = true));
    await new Promise((next) => setImmediate(next));
    assert.equal(stopped, false, 'stop() is still waiting for the round');
    release.resolve();
    await stopping;
    assert.equal(sawStop, true, 'the round saw the stop through its signal');
    await new Promise((next) => setTimeout(next, 20));
    assert.equal(rounds, 1, 'no round after stop');
  });

  it('never overlaps rounds, and goes on after a round that throws, logging it under its label', async (t) => {
    const logged = t.mock.method(console, 'error', () => undefined);
    let active = 0;
    let overlapped = false;
    let rounds = 0;
    const third = deferred();
    const stop = pollEvery(1, async () => {
      active += 1;
      overlapped ||= active > 1;
      rounds += 1;
      await new Promise((next) => setTimeout(next, 5));
      active -= 1;
      if (rounds === 1) throw new Error('database went away');
      if (rounds === 3) third.resolve();
    }, 'test poller');
    await third.promise;
    await stop();
    assert.equal(overlapped, false);
    assert.deepEqual(logged.mock.calls[0]?.arguments, ['[dvc-sandbox] test poller:', 'database went away']);
  });

  it('keeps quiet about a round that fails because of the stop', async (t) => {
    const logged = t.mock.method(console, 'error', () => undefined);
    const started = deferred();
    const stop = pollEvery(1, async (signal) => {
      started.resolve();
      await new Promise((next) => signal.addEventListener('abort', next));
      throw new Error('database closed');
    }, 'test');
    await started.promise;
    await stop();
    assert.equal(logged.mock.callCount(), 0);
  });
});
