import { defineElement } from '../base/define.js';
import { DvcProvider } from './dvc-provider.component.js';

defineElement('dvc-provider', DvcProvider);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-provider': DvcProvider;
  }
}
