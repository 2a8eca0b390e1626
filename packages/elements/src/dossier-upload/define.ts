import { defineElement } from '../base/define.js';
import { DvcDossierUpload } from './dvc-dossier-upload.component.js';

defineElement('dvc-dossier-upload', DvcDossierUpload);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-dossier-upload': DvcDossierUpload;
  }
}
