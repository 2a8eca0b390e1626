import { defineElement } from '../base/define.js';
import { DvcProcedureSearch } from './dvc-procedure-search.component.js';
import '../procedure-detail/define.js';

defineElement('dvc-procedure-search', DvcProcedureSearch);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-procedure-search': DvcProcedureSearch;
  }
}
