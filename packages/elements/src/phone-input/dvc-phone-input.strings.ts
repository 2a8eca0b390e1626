import { defineStrings } from '../i18n/strings.js';

export const phoneInputStrings = defineStrings(
  {
    label: 'Số điện thoại',
  },
  {
    label: 'Phone number',
  },
);
