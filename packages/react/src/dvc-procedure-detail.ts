import * as React from 'react';
import { createComponent } from '@lit/react';
import { DvcProcedureDetail as DvcProcedureDetailElement } from '@dvc-kit/elements/detail/component';
import '@dvc-kit/elements/detail';
import { dvcEvent } from './events.js';

/** `<dvc-procedure-detail>` as a React component: one procedure's channels, fees, documents and steps. */
export const DvcProcedureDetail = createComponent({
  tagName: 'dvc-procedure-detail',
  elementClass: DvcProcedureDetailElement,
  react: React,
  displayName: 'DvcProcedureDetail',
  events: {
    onDvcProcedureSelect: dvcEvent('dvc-procedure-select'),
  },
});
