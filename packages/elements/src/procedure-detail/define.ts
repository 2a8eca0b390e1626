import { defineElement } from '../base/define.js';
import { DvcProcedureDetail } from './dvc-procedure-detail.component.js';

defineElement('dvc-procedure-detail', DvcProcedureDetail);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-procedure-detail': DvcProcedureDetail;
  }
}
