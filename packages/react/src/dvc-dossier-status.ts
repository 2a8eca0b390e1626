import * as React from 'react';
import { createComponent } from '@lit/react';
import { DvcDossierStatus as DvcDossierStatusElement } from '@dvc-kit/elements/status/component';
import '@dvc-kit/elements/status';
import { dvcEvent } from './events.js';

/** `<dvc-dossier-status>` as a React component: a dossier's status, history, supplement requests and payments. */
export const DvcDossierStatus = createComponent({
  tagName: 'dvc-dossier-status',
  elementClass: DvcDossierStatusElement,
  react: React,
  displayName: 'DvcDossierStatus',
  events: {
    onDvcDossierLoad: dvcEvent('dvc-dossier-load'),
    onDvcSupplementSubmit: dvcEvent('dvc-supplement-submit'),
    onDvcUploadProgress: dvcEvent('dvc-upload-progress'),
    onDvcError: dvcEvent('dvc-error'),
  },
});
