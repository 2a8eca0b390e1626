import * as React from 'react';
import { createComponent } from '@lit/react';
import { DvcDossierUpload as DvcDossierUploadElement } from '@dvc-kit/elements/upload/component';
import '@dvc-kit/elements/upload';
import { dvcEvent } from './events.js';

/** `<dvc-dossier-upload>` as a React component: a dossier draft, resumable uploads per document, review and submission. */
export const DvcDossierUpload = createComponent({
  tagName: 'dvc-dossier-upload',
  elementClass: DvcDossierUploadElement,
  react: React,
  displayName: 'DvcDossierUpload',
  events: {
    onDvcDossierDraft: dvcEvent('dvc-dossier-draft'),
    onDvcUploadProgress: dvcEvent('dvc-upload-progress'),
    onDvcDossierSubmit: dvcEvent('dvc-dossier-submit'),
    onDvcError: dvcEvent('dvc-error'),
  },
});
