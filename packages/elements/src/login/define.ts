import { defineElement } from '../base/define.js';
import { DvcLogin } from './dvc-login.component.js';

defineElement('dvc-login', DvcLogin);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-login': DvcLogin;
  }
}
