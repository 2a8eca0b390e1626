import { clientFor, type ClientFactory } from '../context/client-adapter.js';
import { DvcBaseElement } from './dvc-base-element.js';

export { DvcBaseElement };

/**
 * The base to extend for a dvc- element that calls the portal API: as
 * DvcBaseElement, and `api-base` / configure({ apiBase }) build the real
 * `@dvc-kit/client`.
 */
export class DvcElement extends DvcBaseElement {
  static override clientFactory: ClientFactory | null = clientFor;
}
