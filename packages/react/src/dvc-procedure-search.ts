import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { DvcProcedureSearch as DvcProcedureSearchElement } from '@dvc-kit/elements/search/component';
import '@dvc-kit/elements/search';
import { dvcEvent } from './events.js';

/** `<dvc-procedure-search>` as a React component: search the procedure catalog, see a procedure's detail. */
export const DvcProcedureSearch = createComponent({
  tagName: 'dvc-procedure-search',
  elementClass: DvcProcedureSearchElement,
  react: React,
  displayName: 'DvcProcedureSearch',
  events: {
    onDvcProcedureOpen: dvcEvent('dvc-procedure-open'),
    onDvcProcedureSelect: dvcEvent('dvc-procedure-select'),
    onDvcSearch: dvcEvent('dvc-search'),
    // The element's own `change` (its form value changed); React's onChange is for native inputs.
    onValueChange: 'change' as EventName<Event>,
  },
});
