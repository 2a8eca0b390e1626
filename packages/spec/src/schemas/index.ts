// All valibot schemas, one per component schema of portal.openapi.yaml, plus the
// compile-time check that each one produces exactly the generated type.
import type * as v from 'valibot';
import type { components } from '../generated/portal.js';
import { expectNever, type Equal } from '../type-equality.js';
import * as catalog from './catalog.js';
import * as dossierForm from './dossier-form.js';
import * as dossiers from './dossiers.js';
import * as enums from './enums.js';
import * as forms from './forms.js';
import * as platform from './platform.js';
import * as reference from './reference.js';

export * from './catalog.js';
export * from './dossier-form.js';
export * from './dossiers.js';
export * from './enums.js';
export * from './forms.js';
export * from './platform.js';
export * from './reference.js';
export {
  DOSSIER_CODE_PATTERN,
  FIELD_ID_PATTERN,
  ID_NUMBER_PATTERN,
  PROCEDURE_CODE_PATTERN,
  SHA256_HEX_PATTERN,
  TAX_CODE_PATTERN,
} from './primitives.js';

type Schemas = components['schemas'];

/** Schema by component name, e.g. `componentSchemas.Dossier`; tests iterate it against the document. */
export const componentSchemas = {
  Level: enums.LevelSchema,
  OnlineLevel: enums.OnlineLevelSchema,
  ChannelKind: enums.ChannelKindSchema,
  DurationUnit: enums.DurationUnitSchema,
  DossierStatus: enums.DossierStatusSchema,
  ApplicantType: enums.ApplicantTypeSchema,
  AccountType: enums.AccountTypeSchema,
  AssuranceLevel: enums.AssuranceLevelSchema,
  PaymentStatus: enums.PaymentStatusSchema,
  EventActor: enums.EventActorSchema,
  Currency: enums.CurrencySchema,
  FeeKind: enums.FeeKindSchema,
  UploadContentType: enums.UploadContentTypeSchema,
  WebhookEventType: enums.WebhookEventTypeSchema,
  ProvinceType: reference.ProvinceTypeSchema,
  CommuneType: reference.CommuneTypeSchema,
  Province: reference.ProvinceSchema,
  Commune: reference.CommuneSchema,
  ProvinceList: reference.ProvinceListSchema,
  ProvinceDetail: reference.ProvinceDetailSchema,
  Agency: catalog.AgencySchema,
  AgencyList: catalog.AgencyListSchema,
  Field: catalog.FieldSchema,
  FieldList: catalog.FieldListSchema,
  Duration: catalog.DurationSchema,
  Fee: catalog.FeeSchema,
  Channel: catalog.ChannelSchema,
  Template: catalog.TemplateSchema,
  DossierComponent: catalog.DossierComponentSchema,
  DossierCase: catalog.DossierCaseSchema,
  ResultDocument: catalog.ResultDocumentSchema,
  ProcedureSummary: catalog.ProcedureSummarySchema,
  Procedure: catalog.ProcedureSchema,
  FacetCount: catalog.FacetCountSchema,
  ProcedureFacets: catalog.ProcedureFacetsSchema,
  ProcedureSearchResult: catalog.ProcedureSearchResultSchema,
  LocalizedText: forms.LocalizedTextSchema,
  FormWidget: forms.FormWidgetSchema,
  ChoiceStyle: forms.ChoiceStyleSchema,
  FormPrefill: forms.FormPrefillSchema,
  FormOption: forms.FormOptionSchema,
  FormCondition: forms.FormConditionSchema,
  FormInput: forms.FormInputSchema,
  FormField: forms.FormFieldSchema,
  FormSection: forms.FormSectionSchema,
  FormLayout: forms.FormLayoutSchema,
  FormDefinition: forms.FormDefinitionSchema,
  FormSummary: forms.FormSummarySchema,
  FormList: forms.FormListSchema,
  DossierForm: dossierForm.DossierFormSchema,
  SaveFormRequest: forms.SaveFormRequestSchema,
  FormErrorCode: forms.FormErrorCodeSchema,
  FormError: forms.FormErrorSchema,
  FormCheck: forms.FormCheckSchema,
  Me: dossiers.MeSchema,
  ResidenceAddress: dossiers.ResidenceAddressSchema,
  Applicant: dossiers.ApplicantSchema,
  AttachedFile: dossiers.AttachedFileSchema,
  ComponentFiles: dossiers.ComponentFilesSchema,
  DossierEvent: dossiers.DossierEventSchema,
  SupplementRequest: dossiers.SupplementRequestSchema,
  Payment: dossiers.PaymentSchema,
  DossierFee: dossiers.DossierFeeSchema,
  Dossier: dossiers.DossierSchema,
  DossierList: dossiers.DossierListSchema,
  CreateDossierRequest: dossiers.CreateDossierRequestSchema,
  UpdateDossierRequest: dossiers.UpdateDossierRequestSchema,
  AttachmentRef: dossiers.AttachmentRefSchema,
  WithdrawDossierRequest: dossiers.WithdrawDossierRequestSchema,
  SupplementResponseRequest: dossiers.SupplementResponseRequestSchema,
  CreatePaymentRequest: dossiers.CreatePaymentRequestSchema,
  StatusCount: platform.StatusCountSchema,
  Statistics: platform.StatisticsSchema,
  WebhookSubscription: platform.WebhookSubscriptionSchema,
  WebhookSubscriptionList: platform.WebhookSubscriptionListSchema,
  CreateWebhookRequest: platform.CreateWebhookRequestSchema,
  DossierStatusChange: platform.DossierStatusChangeSchema,
  WebhookEvent: platform.WebhookEventSchema,
  SandboxStatusRequest: platform.SandboxStatusRequestSchema,
  Health: platform.HealthSchema,
  FieldError: platform.FieldErrorSchema,
  Problem: platform.ProblemSchema,
} as const satisfies { readonly [K in keyof Schemas]: v.GenericSchema };

type ComponentSchemas = typeof componentSchemas;

/**
 * Names of component schemas whose valibot output differs from the generated type
 * (both directions, optional members included). Must be `never`.
 */
export type SchemaDrift = {
  [K in keyof Schemas]: Equal<v.InferOutput<ComponentSchemas[K]>, Schemas[K]> extends true ? never : K;
}[keyof Schemas];

/** Names registered here but absent from the document. Must be `never`. */
export type UnknownSchemaNames = Exclude<keyof ComponentSchemas, keyof Schemas>;

// A drifting schema fails here with its name: `Type '"Dossier"' does not satisfy the constraint 'never'`.
expectNever<SchemaDrift>();
expectNever<UnknownSchemaNames>();
