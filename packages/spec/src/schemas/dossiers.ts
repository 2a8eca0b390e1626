// Identity, dossiers, payments and the request bodies that change them.
import * as v from 'valibot';
import {
  AccountTypeSchema,
  ApplicantTypeSchema,
  AssuranceLevelSchema,
  ChannelKindSchema,
  CurrencySchema,
  DossierStatusSchema,
  EventActorSchema,
  PaymentStatusSchema,
  UploadContentTypeSchema,
} from './enums.js';
import { MAX_UPLOAD_BYTES } from '../limits.js';
import { DossierFormSchema } from './dossier-form.js';
import {
  boundedString,
  count,
  date,
  dateTime,
  DOSSIER_CODE_PATTERN,
  email,
  ID_NUMBER_PATTERN,
  int,
  nullableDateTime,
  nullableString,
  patterned,
  PROCEDURE_CODE_PATTERN,
  requiredText,
  SHA256_HEX_PATTERN,
  TAX_CODE_PATTERN,
  uuid,
  webUrl,
} from './primitives.js';

const idNumber = () => v.nullable(patterned(ID_NUMBER_PATTERN));
const taxCode = () => v.nullable(patterned(TAX_CODE_PATTERN));

export const ResidenceAddressSchema = v.object({
  provinceCode: v.pipe(v.string(), v.regex(/^[0-9]{2}$/)),
  provinceName: v.string(),
  communeCode: v.pipe(v.string(), v.regex(/^[0-9]{5}$/)),
  communeName: v.string(),
  street: boundedString(200),
});

export const MeSchema = v.object({
  sub: v.string(),
  accountType: AccountTypeSchema,
  name: v.string(),
  idNumber: idNumber(),
  taxCode: taxCode(),
  birthDate: v.nullable(date()),
  email: v.nullable(email()),
  phone: v.nullable(boundedString(20)),
  address: v.optional(ResidenceAddressSchema),
  acr: AssuranceLevelSchema,
});

export const ApplicantSchema = v.object({
  type: ApplicantTypeSchema,
  name: requiredText(200),
  idNumber: idNumber(),
  taxCode: taxCode(),
  phone: v.nullable(boundedString(20)),
  email: v.nullable(email()),
  address: v.nullable(boundedString(500)),
});

export const AttachedFileSchema = v.object({
  uploadId: v.string(),
  fileName: v.string(),
  contentType: UploadContentTypeSchema,
  size: v.pipe(int(1), v.maxValue(MAX_UPLOAD_BYTES)),
  sha256: v.nullable(patterned(SHA256_HEX_PATTERN)),
  uploadedAt: dateTime(),
});

export const ComponentFilesSchema = v.object({
  componentId: v.string(),
  name: v.string(),
  required: v.boolean(),
  files: v.array(AttachedFileSchema),
});

export const DossierEventSchema = v.object({
  at: dateTime(),
  status: DossierStatusSchema,
  actor: EventActorSchema,
  note: nullableString(),
  dueAt: nullableDateTime(),
});

export const SupplementRequestSchema = v.object({
  id: v.string(),
  componentIds: v.array(v.string()),
  note: v.string(),
  requestedAt: dateTime(),
  dueAt: nullableDateTime(),
  answeredAt: nullableDateTime(),
});

export const PaymentSchema = v.object({
  id: v.string(),
  dossierId: uuid(),
  reference: v.string(),
  amount: count(),
  currency: CurrencySchema,
  status: PaymentStatusSchema,
  redirectUrl: webUrl(),
  returnUrl: v.nullable(webUrl()),
  createdAt: dateTime(),
  completedAt: nullableDateTime(),
});

export const DossierFeeSchema = v.object({
  name: v.string(),
  amount: count(),
  currency: CurrencySchema,
});

export const DossierSchema = v.object({
  id: uuid(),
  code: v.nullable(patterned(DOSSIER_CODE_PATTERN)),
  procedureCode: v.string(),
  procedureName: v.string(),
  caseId: v.string(),
  agencyId: v.string(),
  status: DossierStatusSchema,
  channel: ChannelKindSchema,
  applicant: ApplicantSchema,
  components: v.array(ComponentFilesSchema),
  events: v.array(DossierEventSchema),
  supplementRequests: v.array(SupplementRequestSchema),
  payments: v.array(PaymentSchema),
  fees: v.array(DossierFeeSchema),
  createdAt: dateTime(),
  updatedAt: dateTime(),
  submittedAt: nullableDateTime(),
  dueAt: nullableDateTime(),
  form: v.optional(DossierFormSchema),
});

export const DossierListSchema = v.object({
  items: v.array(DossierSchema),
  total: count(),
  page: int(1),
  pageSize: v.pipe(int(1), v.maxValue(100)),
});

// Request bodies are strict (the YAML says additionalProperties: false), so the
// sandbox refuses unknown members instead of silently dropping them.

export const CreateDossierRequestSchema = v.strictObject({
  procedureCode: patterned(PROCEDURE_CODE_PATTERN),
  caseId: v.optional(boundedString(100)),
  applicant: v.optional(ApplicantSchema),
  channel: v.optional(ChannelKindSchema),
});

export const UpdateDossierRequestSchema = v.pipe(
  v.strictObject({
    caseId: v.optional(boundedString(100)),
    applicant: v.optional(ApplicantSchema),
  }),
  v.check(
    (body) => body.caseId !== undefined || body.applicant !== undefined,
    'At least one of caseId, applicant is required',
  ),
);

export const AttachmentRefSchema = v.strictObject({
  componentId: boundedString(100),
  uploadId: boundedString(100),
});

export const WithdrawDossierRequestSchema = v.strictObject({
  reason: requiredText(2000),
});

export const SupplementResponseRequestSchema = v.strictObject({
  attachments: v.pipe(v.array(AttachmentRefSchema), v.maxLength(50)),
  note: v.optional(boundedString(2000)),
});

export const CreatePaymentRequestSchema = v.strictObject({
  dossierId: uuid(),
  returnUrl: v.optional(v.pipe(webUrl(), v.maxLength(2000))),
});
