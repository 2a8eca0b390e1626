/** The spec's schemas the core routes use, gathered in one place. */
export {
  AgencyListSchema,
  FieldListSchema,
  HealthSchema,
  ProcedureSchema,
  ProcedureSearchResultSchema,
} from '@dvc-kit/spec';
