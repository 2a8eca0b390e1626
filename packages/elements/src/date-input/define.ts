import { defineElement } from '../base/define.js';
import { DvcDateInput } from './dvc-date-input.component.js';

defineElement('dvc-date-input', DvcDateInput);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-date-input': DvcDateInput;
  }
}
