import { defineElement } from '../base/define.js';
import '../payment/define.js';
import { DvcDossierStatus } from './dvc-dossier-status.component.js';

defineElement('dvc-dossier-status', DvcDossierStatus);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-dossier-status': DvcDossierStatus;
  }
}
