// Statistics, webhooks, sandbox control, health and problem details.
import * as v from 'valibot';
import { DossierStatusSchema, WebhookEventTypeSchema } from './enums.js';
import { FormErrorSchema } from './forms.js';
import { boundedString, count, dateTime, int, nullableString, uniqueItems, uuid, webUrl } from './primitives.js';

export const StatusCountSchema = v.object({
  status: DossierStatusSchema,
  count: count(),
});

export const StatisticsSchema = v.object({
  total: count(),
  byStatus: v.array(StatusCountSchema),
  onTimeRate: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  overdue: count(),
});

const webhookEvents = () =>
  v.pipe(v.array(WebhookEventTypeSchema), v.minLength(1), v.check(uniqueItems, 'Events must not repeat'));

export const WebhookSubscriptionSchema = v.object({
  id: v.string(),
  url: webUrl(),
  events: webhookEvents(),
  createdAt: dateTime(),
  secret: v.optional(v.string()),
});

export const WebhookSubscriptionListSchema = v.object({
  items: v.array(WebhookSubscriptionSchema),
});

export const CreateWebhookRequestSchema = v.strictObject({
  url: v.pipe(webUrl(), v.maxLength(2000)),
  events: webhookEvents(),
});

export const DossierStatusChangeSchema = v.object({
  dossierId: uuid(),
  code: nullableString(),
  from: DossierStatusSchema,
  to: DossierStatusSchema,
  at: dateTime(),
});

export const WebhookEventSchema = v.object({
  id: v.string(),
  type: WebhookEventTypeSchema,
  createdAt: dateTime(),
  data: DossierStatusChangeSchema,
});

export const SandboxStatusRequestSchema = v.strictObject({
  status: DossierStatusSchema,
  note: v.optional(boundedString(2000)),
  componentIds: v.optional(v.array(v.string())),
  amount: v.optional(count()),
});

export const HealthSchema = v.object({
  status: v.literal('ok'),
  version: v.string(),
  database: v.picklist(['pglite', 'postgres']),
});

export const FieldErrorSchema = v.object({
  path: v.string(),
  message: v.string(),
});

// Lenient on `type` and `instance` (plain strings): a client must still be able to
// read a problem from a server that formats those slightly differently.
export const ProblemSchema = v.object({
  type: v.string(),
  title: v.string(),
  status: v.pipe(int(400), v.maxValue(599)),
  detail: v.string(),
  code: v.string(),
  instance: v.optional(v.string()),
  fieldErrors: v.optional(v.array(FieldErrorSchema)),
  errors: v.optional(v.array(FormErrorSchema)),
});
