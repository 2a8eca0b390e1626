import * as React from 'react';
import { createComponent } from '@lit/react';
import { DvcPayment as DvcPaymentElement } from '@dvc-kit/elements/payment/component';
import '@dvc-kit/elements/payment';
import { dvcEvent } from './events.js';

/** `<dvc-payment>` as a React component: pay a dossier's fees through the payment platform. */
export const DvcPayment = createComponent({
  tagName: 'dvc-payment',
  elementClass: DvcPaymentElement,
  react: React,
  displayName: 'DvcPayment',
  events: {
    onDvcPaymentComplete: dvcEvent('dvc-payment-complete'),
    onDvcError: dvcEvent('dvc-error'),
  },
});
