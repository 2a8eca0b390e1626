import { defineStrings } from '../i18n/strings.js';

/** What every checked input says alike. */
export const fieldStrings = defineStrings(
  {
    /** Read before the message, so a screen reader says it is an error (GOV.UK's pattern). */
    errorPrefix: 'Lỗi:',
  },
  {
    errorPrefix: 'Error:',
  },
);
