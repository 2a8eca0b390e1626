import type { PortalClient } from '@dvc-kit/client';
import { administrativeUnitsApi, type AdministrativeUnitsApi, type ProvinceDetail, type ProvinceList } from '@dvc-kit/client/forms';

const abortError = (signal: AbortSignal): unknown => signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');

/**
 * One answer several address inputs wait for: the request is made once, with a signal of its
 * own, and aborted only when every input waiting for it has given up (each passes its own
 * signal), so removing one input of two leaves the other's load running. A failure is not
 * kept: the next ask, a retry, requests again.
 */
class SharedAnswer<T> {
  private value: T | undefined;
  private pending: { promise: Promise<T>; controller: AbortController; waiters: number } | null = null;

  get(load: (signal: AbortSignal) => Promise<T>, signal: AbortSignal): Promise<T> {
    if (this.value !== undefined) return Promise.resolve(this.value);
    if (signal.aborted) return Promise.reject(abortError(signal));
    let pending = this.pending;
    if (!pending) {
      const controller = new AbortController();
      const promise = load(controller.signal).then(
        (value) => {
          this.value = value;
          if (this.pending === pending) this.pending = null;
          return value;
        },
        (error: unknown) => {
          if (this.pending === pending) this.pending = null;
          throw error;
        },
      );
      // Waiters see the outcome through their own promise; this one must not report it unhandled.
      promise.catch(() => undefined);
      pending = this.pending = { promise, controller, waiters: 0 };
    }
    const shared = pending;
    shared.waiters += 1;
    return new Promise<T>((resolve, reject) => {
      const giveUp = () => {
        shared.waiters -= 1;
        if (shared.waiters === 0) {
          if (this.pending === shared) this.pending = null;
          shared.controller.abort(signal.reason);
        }
        reject(abortError(signal));
      };
      signal.addEventListener('abort', giveUp, { once: true });
      shared.promise.then(
        (value) => {
          signal.removeEventListener('abort', giveUp);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', giveUp);
          reject(error);
        },
      );
    });
  }
}

/** The administrative units one client has fetched: the province list and each province asked for. */
export class UnitsCache {
  private readonly api: AdministrativeUnitsApi;
  private readonly list = new SharedAnswer<ProvinceList>();
  private readonly details = new Map<string, SharedAnswer<ProvinceDetail>>();

  constructor(client: PortalClient) {
    this.api = administrativeUnitsApi(client);
  }

  provinces(signal: AbortSignal): Promise<ProvinceList> {
    return this.list.get((own) => this.api.provinces({ signal: own }), signal);
  }

  /** One province with its communes, fetched once per client whatever the number of inputs. */
  province(code: string, signal: AbortSignal): Promise<ProvinceDetail> {
    let answer = this.details.get(code);
    if (!answer) this.details.set(code, (answer = new SharedAnswer()));
    return answer.get((own) => this.api.province(code, { signal: own }), signal);
  }
}

const caches = new WeakMap<PortalClient, UnitsCache>();

/** The cache of `client`, made on first use and dropped with the client. */
export function unitsCacheOf(client: PortalClient): UnitsCache {
  let cache = caches.get(client);
  if (!cache) caches.set(client, (cache = new UnitsCache(client)));
  return cache;
}
