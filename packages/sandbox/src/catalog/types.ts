// Catalog types come from the contract (@dvc-kit/spec); re-exported so catalog code has one import site.
export type {
  Agency, Channel, ChannelKind, Currency, DossierCase, DossierComponent, Duration, DurationUnit, Fee, Field,
  Level, OnlineLevel, Procedure, ProcedureSummary, ResultDocument, Template,
} from '@dvc-kit/spec';
