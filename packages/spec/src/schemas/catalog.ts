// Procedure catalogue: agencies, fields, procedures and search results.
import * as v from 'valibot';
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
  int,
  nullableString,
  patterned,
  PROCEDURE_CODE_PATTERN,
  webUrl,
  webUrlReference,
} from './primitives.js';

export const AgencySchema = v.object({
  id: boundedString(50),
  name: v.string(),
  level: LevelSchema,
  parentId: v.nullable(boundedString(50)),
});

export const AgencyListSchema = v.object({ items: v.array(AgencySchema) });

export const FieldSchema = v.object({
  id: v.pipe(v.string(), v.regex(FIELD_ID_PATTERN), v.maxLength(100)),
  name: v.string(),
});

export const FieldListSchema = v.object({ items: v.array(FieldSchema) });

export const DurationSchema = v.object({
  value: v.nullable(v.pipe(v.number(), v.minValue(0))),
  unit: v.nullable(DurationUnitSchema),
  text: nullableString(),
});

export const FeeSchema = v.object({
  kind: FeeKindSchema,
  amount: v.nullable(count()),
  currency: CurrencySchema,
  free: v.boolean(),
  text: v.string(),
});

export const ChannelSchema = v.object({
  channel: ChannelKindSchema,
  duration: DurationSchema,
  fees: v.array(FeeSchema),
  note: nullableString(),
});

export const TemplateSchema = v.object({
  name: v.string(),
  // uri-reference: relative links are fine, but never another scheme than http(s).
  url: v.nullable(webUrlReference()),
});

export const DossierComponentSchema = v.object({
  id: boundedString(100),
  name: v.string(),
  required: v.boolean(),
  originals: count(),
  copies: count(),
  template: v.nullable(TemplateSchema),
});

export const DossierCaseSchema = v.object({
  id: boundedString(100),
  name: nullableString(),
  components: v.array(DossierComponentSchema),
});

export const ResultDocumentSchema = v.object({
  code: nullableString(),
  name: v.string(),
});

const procedureSummaryShape = {
  code: patterned(PROCEDURE_CODE_PATTERN),
  name: v.string(),
  field: FieldSchema,
  levels: v.array(LevelSchema),
  onlineLevel: OnlineLevelSchema,
  agency: AgencySchema,
  decisionNo: nullableString(),
};

export const ProcedureSummarySchema = v.object(procedureSummaryShape);

export const ProcedureSchema = v.object({
  ...procedureSummaryShape,
  procedureType: nullableString(),
  implementingAgency: nullableString(),
  targetGroups: v.array(v.string()),
  channels: v.array(ChannelSchema),
  cases: v.array(DossierCaseSchema),
  results: v.array(ResultDocumentSchema),
  legalBasis: v.array(v.string()),
  requirements: nullableString(),
  steps: nullableString(),
  sourceUrl: v.nullable(webUrl()),
});

export const FacetCountSchema = v.object({
  value: v.string(),
  label: v.string(),
  count: count(),
});

export const ProcedureFacetsSchema = v.object({
  field: v.array(FacetCountSchema),
  level: v.array(FacetCountSchema),
  onlineLevel: v.array(FacetCountSchema),
  agency: v.array(FacetCountSchema),
});

export const ProcedureSearchResultSchema = v.object({
  items: v.array(ProcedureSummarySchema),
  total: count(),
  page: int(1),
  pageSize: v.pipe(int(1), v.maxValue(100)),
  facets: ProcedureFacetsSchema,
});
