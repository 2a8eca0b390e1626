// zod enums built from the const arrays in ../enums.ts.
import * as z from 'zod/mini';
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

export const LevelSchema = z.enum(LEVELS);
export const OnlineLevelSchema = z.enum(ONLINE_LEVELS);
export const ChannelKindSchema = z.enum(CHANNEL_KINDS);
export const DurationUnitSchema = z.enum(DURATION_UNITS);
export const DossierStatusSchema = z.enum(DOSSIER_STATUS_VALUES);
export const ApplicantTypeSchema = z.enum(APPLICANT_TYPES);
export const AccountTypeSchema = z.enum(ACCOUNT_TYPES);
export const AssuranceLevelSchema = z.enum(ASSURANCE_LEVELS);
export const PaymentStatusSchema = z.enum(PAYMENT_STATUSES);
export const EventActorSchema = z.enum(EVENT_ACTORS);
export const CurrencySchema = z.enum(CURRENCIES);
export const FeeKindSchema = z.enum(FEE_KINDS);
export const UploadContentTypeSchema = z.enum(ALLOWED_UPLOAD_MIME_TYPES);
export const WebhookEventTypeSchema = z.enum(WEBHOOK_EVENT_TYPES);
