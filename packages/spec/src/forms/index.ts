// @dvc-kit/spec/forms: the checks of online forms, shared by the browser and the server.
export { checkForm } from './check.js';
export type { CheckFormOptions, FormCheckError } from './check.js';
export { CHOICE_STYLES, FORM_ERROR_CODES, FORM_PREFILLS, FORM_WIDGETS, type FormErrorCode } from './codes.js';
export { parseDate, todayInVietnam } from './date.js';
export { messageFor, type Message, type MessageParams } from './messages.js';
export { checkPersonalId, encodedBirth, PROVINCE_OF_BIRTH_CODES, type EncodedBirth, type PersonalIdContext, type Sex } from './personal-id.js';
export { isVietnamesePhone, normalizePhone } from './phone.js';
export { childPointer, escapeToken, pointerTokens, unescapeToken, valueAt } from './pointer.js';
export { checkTaxCode, taxCheckDigit } from './tax-code.js';
export { lintFormDefinition, subschemaAt } from './lint.js';
export type { SchemaNode } from './schema-node.js';
