import * as React from 'react';
import { createComponent } from '@lit/react';
import { DvcLogin as DvcLoginElement } from '@dvc-kit/elements/login/component';
import '@dvc-kit/elements/login';
import { dvcEvent } from './events.js';

/** `<dvc-login>` as a React component: sign in with the national e-ID, show who is signed in, sign out. */
export const DvcLogin = createComponent({
  tagName: 'dvc-login',
  elementClass: DvcLoginElement,
  react: React,
  displayName: 'DvcLogin',
  events: {
    onDvcSessionChange: dvcEvent('dvc-session-change'),
    onDvcAuthError: dvcEvent('dvc-auth-error'),
  },
});
