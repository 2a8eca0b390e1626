/**
 * The contract's shapes the elements read, re-exported from @dvc-kit/spec so
 * every element imports them from one place.
 */
export type {
  AccountType, Agency, Channel, ChannelKind, Currency, DossierCase, DossierComponent, Duration, DurationUnit,
  FacetCount, Fee, Field, Level, Me, OnlineLevel, Procedure, ProcedureFacets, ProcedureSearchResult,
  ProcedureSummary, ResultDocument, Template,
} from '@dvc-kit/spec';
export type { PortalClient, ProcedureQuery } from '@dvc-kit/client';
