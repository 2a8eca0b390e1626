import { defineElement } from '../base/define.js';
import { DvcAddressInput } from './dvc-address-input.component.js';

defineElement('dvc-address-input', DvcAddressInput);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-address-input': DvcAddressInput;
  }
}
