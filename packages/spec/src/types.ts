// Named TypeScript types for every component schema of portal.openapi.yaml.
// They are aliases of the generated types, so they can never drift from the document.
import type { components, operations, paths, webhooks } from './generated/portal.js';

export type { components, operations, paths, webhooks };

type Schemas = components['schemas'];

export type Level = Schemas['Level'];
export type OnlineLevel = Schemas['OnlineLevel'];
export type ChannelKind = Schemas['ChannelKind'];
export type DurationUnit = Schemas['DurationUnit'];
export type DossierStatus = Schemas['DossierStatus'];
export type ApplicantType = Schemas['ApplicantType'];
export type AccountType = Schemas['AccountType'];
export type AssuranceLevel = Schemas['AssuranceLevel'];
export type PaymentStatus = Schemas['PaymentStatus'];
export type EventActor = Schemas['EventActor'];
export type Currency = Schemas['Currency'];
export type FeeKind = Schemas['FeeKind'];
export type UploadContentType = Schemas['UploadContentType'];
export type WebhookEventType = Schemas['WebhookEventType'];
export type ProvinceType = Schemas['ProvinceType'];
export type CommuneType = Schemas['CommuneType'];

export type Agency = Schemas['Agency'];
export type AgencyList = Schemas['AgencyList'];
export type Field = Schemas['Field'];
export type FieldList = Schemas['FieldList'];
export type Duration = Schemas['Duration'];
export type Fee = Schemas['Fee'];
export type Channel = Schemas['Channel'];
export type Template = Schemas['Template'];
export type DossierComponent = Schemas['DossierComponent'];
export type DossierCase = Schemas['DossierCase'];
export type ResultDocument = Schemas['ResultDocument'];
export type ProcedureSummary = Schemas['ProcedureSummary'];
export type Procedure = Schemas['Procedure'];
export type FacetCount = Schemas['FacetCount'];
export type ProcedureFacets = Schemas['ProcedureFacets'];
export type ProcedureSearchResult = Schemas['ProcedureSearchResult'];

export type Province = Schemas['Province'];
export type Commune = Schemas['Commune'];
export type ProvinceList = Schemas['ProvinceList'];
export type ProvinceDetail = Schemas['ProvinceDetail'];

export type LocalizedTextValue = Schemas['LocalizedText'];
export type FormWidget = Schemas['FormWidget'];
export type ChoiceStyle = Schemas['ChoiceStyle'];
export type FormPrefill = Schemas['FormPrefill'];
export type FormOption = Schemas['FormOption'];
export type FormCondition = Schemas['FormCondition'];
export type FormInput = Schemas['FormInput'];
export type FormField = Schemas['FormField'];
export type FormSection = Schemas['FormSection'];
export type FormLayout = Schemas['FormLayout'];
export type FormDefinition = Schemas['FormDefinition'];
export type FormSummary = Schemas['FormSummary'];
export type FormList = Schemas['FormList'];
export type DossierForm = Schemas['DossierForm'];
export type SaveFormRequest = Schemas['SaveFormRequest'];
export type FormErrorCode = Schemas['FormErrorCode'];
export type FormError = Schemas['FormError'];
export type FormCheck = Schemas['FormCheck'];

export type Me = Schemas['Me'];
export type ResidenceAddress = Schemas['ResidenceAddress'];

export type Applicant = Schemas['Applicant'];
export type AttachedFile = Schemas['AttachedFile'];
export type ComponentFiles = Schemas['ComponentFiles'];
export type DossierEvent = Schemas['DossierEvent'];
export type SupplementRequest = Schemas['SupplementRequest'];
export type Payment = Schemas['Payment'];
export type DossierFee = Schemas['DossierFee'];
export type Dossier = Schemas['Dossier'];
export type DossierList = Schemas['DossierList'];

export type CreateDossierRequest = Schemas['CreateDossierRequest'];
export type UpdateDossierRequest = Schemas['UpdateDossierRequest'];
export type AttachmentRef = Schemas['AttachmentRef'];
export type WithdrawDossierRequest = Schemas['WithdrawDossierRequest'];
export type SupplementResponseRequest = Schemas['SupplementResponseRequest'];
export type CreatePaymentRequest = Schemas['CreatePaymentRequest'];

export type StatusCount = Schemas['StatusCount'];
export type Statistics = Schemas['Statistics'];

export type WebhookSubscription = Schemas['WebhookSubscription'];
export type WebhookSubscriptionList = Schemas['WebhookSubscriptionList'];
export type CreateWebhookRequest = Schemas['CreateWebhookRequest'];
export type DossierStatusChange = Schemas['DossierStatusChange'];
export type WebhookEvent = Schemas['WebhookEvent'];

export type SandboxStatusRequest = Schemas['SandboxStatusRequest'];
export type Health = Schemas['Health'];

export type FieldError = Schemas['FieldError'];
export type Problem = Schemas['Problem'];

/** Every operationId in the document. */
export type OperationId = keyof operations;
/** Name of every component schema. */
export type SchemaName = keyof Schemas;
