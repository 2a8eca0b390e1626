// valibot picklists built from the const arrays in ../enums.ts.
import * as v from 'valibot';
import {
  ACCOUNT_TYPES,
  APPLICANT_TYPES,
  ASSURANCE_LEVELS,
  CHANNEL_KINDS,
  CURRENCIES,
  DOSSIER_STATUS_VALUES,
  DURATION_UNITS,
  EVENT_ACTORS,
  FEE_KINDS,
  LEVELS,
  ONLINE_LEVELS,
  PAYMENT_STATUSES,
  WEBHOOK_EVENT_TYPES,
} from '../enums.js';
import { ALLOWED_UPLOAD_MIME_TYPES } from '../limits.js';

export const LevelSchema = v.picklist(LEVELS);
export const OnlineLevelSchema = v.picklist(ONLINE_LEVELS);
export const ChannelKindSchema = v.picklist(CHANNEL_KINDS);
export const DurationUnitSchema = v.picklist(DURATION_UNITS);
export const DossierStatusSchema = v.picklist(DOSSIER_STATUS_VALUES);
export const ApplicantTypeSchema = v.picklist(APPLICANT_TYPES);
export const AccountTypeSchema = v.picklist(ACCOUNT_TYPES);
export const AssuranceLevelSchema = v.picklist(ASSURANCE_LEVELS);
export const PaymentStatusSchema = v.picklist(PAYMENT_STATUSES);
export const EventActorSchema = v.picklist(EVENT_ACTORS);
export const CurrencySchema = v.picklist(CURRENCIES);
export const FeeKindSchema = v.picklist(FEE_KINDS);
export const UploadContentTypeSchema = v.picklist(ALLOWED_UPLOAD_MIME_TYPES);
export const WebhookEventTypeSchema = v.picklist(WEBHOOK_EVENT_TYPES);
