import { defineElement } from '../base/define.js';
import { DvcPayment } from './dvc-payment.component.js';

defineElement('dvc-payment', DvcPayment);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-payment': DvcPayment;
  }
}
