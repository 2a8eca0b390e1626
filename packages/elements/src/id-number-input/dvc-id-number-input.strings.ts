import { defineStrings } from '../i18n/strings.js';

/** The labels used when no `label` is given, by `mode`. */
export const idNumberInputStrings = defineStrings(
  {
    labelPersonalId: 'Số định danh cá nhân',
    labelTaxCode: 'Mã số thuế',
  },
  {
    labelPersonalId: 'Personal identification number',
    labelTaxCode: 'Tax code',
  },
);
