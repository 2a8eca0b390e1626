// Procedure catalogue: agencies, fields, procedures and search results.
import * as z from 'zod/mini';
import {
  ChannelKindSchema,
  CurrencySchema,
  DurationUnitSchema,
  FeeKindSchema,
  LevelSchema,
  OnlineLevelSchema,
} from './enums.js';
import {
  boundedString,
  count,
  FIELD_ID_PATTERN,
  nullableString,
  PROCEDURE_CODE_PATTERN,
  webUrl,
  webUrlReference,
} from './primitives.js';

export const AgencySchema = z.object({
  id: boundedString(50),
  name: z.string(),
  level: LevelSchema,
  parentId: z.nullable(boundedString(50)),
});

export const AgencyListSchema = z.object({ items: z.array(AgencySchema) });

export const FieldSchema = z.object({
  id: z.string().check(z.regex(FIELD_ID_PATTERN), z.maxLength(100)),
  name: z.string(),
});

export const FieldListSchema = z.object({ items: z.array(FieldSchema) });

export const DurationSchema = z.object({
  value: z.nullable(z.number().check(z.minimum(0))),
  unit: z.nullable(DurationUnitSchema),
  text: nullableString(),
});

export const FeeSchema = z.object({
  kind: FeeKindSchema,
  amount: z.nullable(count()),
  currency: CurrencySchema,
  free: z.boolean(),
  text: z.string(),
});

export const ChannelSchema = z.object({
  channel: ChannelKindSchema,
  duration: DurationSchema,
  fees: z.array(FeeSchema),
  note: nullableString(),
});

export const TemplateSchema = z.object({
  name: z.string(),
  // uri-reference: relative links are fine, but never another scheme than http(s).
  url: z.nullable(webUrlReference()),
});

export const DossierComponentSchema = z.object({
  id: boundedString(100),
  name: z.string(),
  required: z.boolean(),
  originals: count(),
  copies: count(),
  template: z.nullable(TemplateSchema),
});

export const DossierCaseSchema = z.object({
  id: boundedString(100),
  name: nullableString(),
  components: z.array(DossierComponentSchema),
});

export const ResultDocumentSchema = z.object({
  code: nullableString(),
  name: z.string(),
});

const procedureSummaryShape = {
  code: z.string().check(z.regex(PROCEDURE_CODE_PATTERN)),
  name: z.string(),
  field: FieldSchema,
  levels: z.array(LevelSchema),
  onlineLevel: OnlineLevelSchema,
  agency: AgencySchema,
  decisionNo: nullableString(),
};

export const ProcedureSummarySchema = z.object(procedureSummaryShape);

export const ProcedureSchema = z.object({
  ...procedureSummaryShape,
  procedureType: nullableString(),
  implementingAgency: nullableString(),
  targetGroups: z.array(z.string()),
  channels: z.array(ChannelSchema),
  cases: z.array(DossierCaseSchema),
  results: z.array(ResultDocumentSchema),
  legalBasis: z.array(z.string()),
  requirements: nullableString(),
  steps: nullableString(),
  sourceUrl: z.nullable(webUrl()),
});

export const FacetCountSchema = z.object({
  value: z.string(),
  label: z.string(),
  count: count(),
});

export const ProcedureFacetsSchema = z.object({
  field: z.array(FacetCountSchema),
  level: z.array(FacetCountSchema),
  onlineLevel: z.array(FacetCountSchema),
  agency: z.array(FacetCountSchema),
});

export const ProcedureSearchResultSchema = z.object({
  items: z.array(ProcedureSummarySchema),
  total: count(),
  page: z.int().check(z.minimum(1)),
  pageSize: z.int().check(z.minimum(1), z.maximum(100)),
  facets: ProcedureFacetsSchema,
});
