// Identity, dossiers, payments and the request bodies that change them.
import * as z from 'zod/mini';
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
  dateTime,
  DOSSIER_CODE_PATTERN,
  ID_NUMBER_PATTERN,
  nullableDateTime,
  nullableString,
  PROCEDURE_CODE_PATTERN,
  requiredText,
  SHA256_HEX_PATTERN,
  TAX_CODE_PATTERN,
  webUrl,
} from './primitives.js';

const idNumber = () => z.nullable(z.string().check(z.regex(ID_NUMBER_PATTERN)));
const taxCode = () => z.nullable(z.string().check(z.regex(TAX_CODE_PATTERN)));

export const MeSchema = z.object({
  sub: z.string(),
  accountType: AccountTypeSchema,
  name: z.string(),
  idNumber: idNumber(),
  taxCode: taxCode(),
  birthDate: z.nullable(z.iso.date()),
  email: z.nullable(z.email()),
  phone: z.nullable(boundedString(20)),
  acr: AssuranceLevelSchema,
});

export const ApplicantSchema = z.object({
  type: ApplicantTypeSchema,
  name: requiredText(200),
  idNumber: idNumber(),
  taxCode: taxCode(),
  phone: z.nullable(boundedString(20)),
  email: z.nullable(z.email()),
  address: z.nullable(boundedString(500)),
});

export const AttachedFileSchema = z.object({
  uploadId: z.string(),
  fileName: z.string(),
  contentType: UploadContentTypeSchema,
  size: z.int().check(z.minimum(1), z.maximum(MAX_UPLOAD_BYTES)),
  sha256: z.nullable(z.string().check(z.regex(SHA256_HEX_PATTERN))),
  uploadedAt: dateTime(),
});

export const ComponentFilesSchema = z.object({
  componentId: z.string(),
  name: z.string(),
  required: z.boolean(),
  files: z.array(AttachedFileSchema),
});

export const DossierEventSchema = z.object({
  at: dateTime(),
  status: DossierStatusSchema,
  actor: EventActorSchema,
  note: nullableString(),
  dueAt: nullableDateTime(),
});

export const SupplementRequestSchema = z.object({
  id: z.string(),
  componentIds: z.array(z.string()),
  note: z.string(),
  requestedAt: dateTime(),
  dueAt: nullableDateTime(),
  answeredAt: nullableDateTime(),
});

export const PaymentSchema = z.object({
  id: z.string(),
  dossierId: z.uuid(),
  reference: z.string(),
  amount: count(),
  currency: CurrencySchema,
  status: PaymentStatusSchema,
  redirectUrl: webUrl(),
  returnUrl: z.nullable(webUrl()),
  createdAt: dateTime(),
  completedAt: nullableDateTime(),
});

export const DossierFeeSchema = z.object({
  name: z.string(),
  amount: count(),
  currency: CurrencySchema,
});

export const DossierSchema = z.object({
  id: z.uuid(),
  code: z.nullable(z.string().check(z.regex(DOSSIER_CODE_PATTERN))),
  procedureCode: z.string(),
  procedureName: z.string(),
  caseId: z.string(),
  agencyId: z.string(),
  status: DossierStatusSchema,
  channel: ChannelKindSchema,
  applicant: ApplicantSchema,
  components: z.array(ComponentFilesSchema),
  events: z.array(DossierEventSchema),
  supplementRequests: z.array(SupplementRequestSchema),
  payments: z.array(PaymentSchema),
  fees: z.array(DossierFeeSchema),
  createdAt: dateTime(),
  updatedAt: dateTime(),
  submittedAt: nullableDateTime(),
  dueAt: nullableDateTime(),
  form: z.optional(DossierFormSchema),
});

export const DossierListSchema = z.object({
  items: z.array(DossierSchema),
  total: count(),
  page: z.int().check(z.minimum(1)),
  pageSize: z.int().check(z.minimum(1), z.maximum(100)),
});

// Request bodies are strict (the YAML says additionalProperties: false), so the
// sandbox refuses unknown members instead of silently dropping them.

export const CreateDossierRequestSchema = z.strictObject({
  procedureCode: z.string().check(z.regex(PROCEDURE_CODE_PATTERN)),
  caseId: z.optional(boundedString(100)),
  applicant: z.optional(ApplicantSchema),
  channel: z.optional(ChannelKindSchema),
});

export const UpdateDossierRequestSchema = z
  .strictObject({
    caseId: z.optional(boundedString(100)),
    applicant: z.optional(ApplicantSchema),
  })
  .check(
    z.refine((body) => body.caseId !== undefined || body.applicant !== undefined, {
      message: 'At least one of caseId, applicant is required',
    }),
  );

export const AttachmentRefSchema = z.strictObject({
  componentId: boundedString(100),
  uploadId: boundedString(100),
});

export const WithdrawDossierRequestSchema = z.strictObject({
  reason: requiredText(2000),
});

export const SupplementResponseRequestSchema = z.strictObject({
  attachments: z.array(AttachmentRefSchema).check(z.maxLength(50)),
  note: z.optional(boundedString(2000)),
});

export const CreatePaymentRequestSchema = z.strictObject({
  dossierId: z.uuid(),
  returnUrl: z.optional(webUrl().check(z.maxLength(2000))),
});
