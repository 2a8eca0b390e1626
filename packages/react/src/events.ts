import type { EventName } from '@lit/react';
import type { DvcEventMap } from '@dvc-kit/elements';

/**
 * A dvc- event name typed with its `CustomEvent` detail, for the `events` option of
 * `createComponent`: the matching React prop then receives a typed event.
 */
export function dvcEvent<K extends keyof DvcEventMap>(name: K): EventName<CustomEvent<DvcEventMap[K]>> {
  return name as EventName<CustomEvent<DvcEventMap[K]>>;
}
