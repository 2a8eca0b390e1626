import { defineElement } from '../base/define.js';
// The form renders these inputs by tag: registering the form registers them.
import '../date-input/define.js';
import '../id-number-input/define.js';
import '../phone-input/define.js';
import '../address-input/define.js';
import { DvcDossierForm } from './dvc-dossier-form.component.js';

defineElement('dvc-dossier-form', DvcDossierForm);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-dossier-form': DvcDossierForm;
  }
}
