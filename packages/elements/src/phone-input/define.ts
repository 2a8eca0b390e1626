import { defineElement } from '../base/define.js';
import { DvcPhoneInput } from './dvc-phone-input.component.js';

defineElement('dvc-phone-input', DvcPhoneInput);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-phone-input': DvcPhoneInput;
  }
}
