import { defineElement } from '../base/define.js';
import { DvcIdNumberInput } from './dvc-id-number-input.component.js';

defineElement('dvc-id-number-input', DvcIdNumberInput);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-id-number-input': DvcIdNumberInput;
  }
}
