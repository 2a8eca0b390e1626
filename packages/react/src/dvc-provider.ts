import * as React from 'react';
import { createComponent } from '@lit/react';
import { DvcProvider as DvcProviderElement } from '@dvc-kit/elements/provider/component';
import '@dvc-kit/elements/provider';

/**
 * `<dvc-provider>` as a React component: shares one portal client, the session and the
 * locale with every dvc- component inside it. Pass `client` and `auth` as props.
 */
export const DvcProvider = createComponent({
  tagName: 'dvc-provider',
  elementClass: DvcProviderElement,
  react: React,
  displayName: 'DvcProvider',
});
