// Statistics, webhooks, sandbox control, health and problem details.
import * as z from 'zod/mini';
import { DossierStatusSchema, WebhookEventTypeSchema } from './enums.js';
import { FormErrorSchema } from './forms.js';
import { boundedString, count, dateTime, nullableString, uniqueItems, webUrl } from './primitives.js';

export const StatusCountSchema = z.object({
  status: DossierStatusSchema,
  count: count(),
});

export const StatisticsSchema = z.object({
  total: count(),
  byStatus: z.array(StatusCountSchema),
  onTimeRate: z.number().check(z.minimum(0), z.maximum(1)),
  overdue: count(),
});

const webhookEvents = () =>
  z
    .array(WebhookEventTypeSchema)
    .check(z.minLength(1), z.refine(uniqueItems, { message: 'Events must not repeat' }));

export const WebhookSubscriptionSchema = z.object({
  id: z.string(),
  url: webUrl(),
  events: webhookEvents(),
  createdAt: dateTime(),
  secret: z.optional(z.string()),
});

export const WebhookSubscriptionListSchema = z.object({
  items: z.array(WebhookSubscriptionSchema),
});

export const CreateWebhookRequestSchema = z.strictObject({
  url: webUrl().check(z.maxLength(2000)),
  events: webhookEvents(),
});

export const DossierStatusChangeSchema = z.object({
  dossierId: z.uuid(),
  code: nullableString(),
  from: DossierStatusSchema,
  to: DossierStatusSchema,
  at: dateTime(),
});

export const WebhookEventSchema = z.object({
  id: z.string(),
  type: WebhookEventTypeSchema,
  createdAt: dateTime(),
  data: DossierStatusChangeSchema,
});

export const SandboxStatusRequestSchema = z.strictObject({
  status: DossierStatusSchema,
  note: z.optional(boundedString(2000)),
  componentIds: z.optional(z.array(z.string())),
  amount: z.optional(count()),
});

export const HealthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.enum(['pglite', 'postgres']),
});

export const FieldErrorSchema = z.object({
  path: z.string(),
  message: z.string(),
});

// Lenient on `type` and `instance` (plain strings): a client must still be able to
// read a problem from a server that formats those slightly differently.
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int().check(z.minimum(400), z.maximum(599)),
  detail: z.string(),
  code: z.string(),
  instance: z.optional(z.string()),
  fieldErrors: z.optional(z.array(FieldErrorSchema)),
  errors: z.optional(z.array(FormErrorSchema)),
});
