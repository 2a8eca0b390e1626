/**
 * The contract's shapes the elements read (see packages/spec/portal.openapi.yaml).
 *
 * Kept as one module so that every element imports them from the same place;
 * it re-exports @dvc-kit/spec's types once that package publishes them, so
 * nothing else needs to change.
 */
export type Level = 'ministry' | 'province' | 'commune' | 'other';
export type OnlineLevel = 'full' | 'partial' | 'info';
export type ChannelKind = 'online' | 'in_person' | 'postal';
export type DurationUnit = 'working_day' | 'day' | 'hour' | 'month';
export type Currency = 'VND' | 'USD';
export type AccountType = 'citizen' | 'business';

export interface Agency { id: string; name: string; level: Level; parentId: string | null }
export interface Field { id: string; name: string }
export interface Duration { value: number | null; unit: DurationUnit | null; text: string | null }
export interface Fee { kind: 'fee' | 'charge' | 'unknown'; amount: number | null; currency: Currency; free: boolean; text: string }
export interface Channel { channel: ChannelKind; duration: Duration; fees: Fee[]; note: string | null }
export interface Template { name: string; url: string | null }
export interface DossierComponent {
  id: string; name: string; required: boolean; originals: number; copies: number; template: Template | null;
}
export interface DossierCase { id: string; name: string | null; components: DossierComponent[] }
export interface ResultDocument { code: string | null; name: string }
export interface ProcedureSummary {
  code: string; name: string; field: Field; levels: Level[]; onlineLevel: OnlineLevel; agency: Agency;
  decisionNo: string | null;
}
export interface Procedure extends ProcedureSummary {
  procedureType: string | null; implementingAgency: string | null; targetGroups: string[];
  channels: Channel[]; cases: DossierCase[]; results: ResultDocument[]; legalBasis: string[];
  requirements: string | null; steps: string | null; sourceUrl: string | null;
}
export interface FacetCount { value: string; label: string; count: number }
export interface ProcedureFacets { field: FacetCount[]; level: FacetCount[]; onlineLevel: FacetCount[]; agency: FacetCount[] }
export interface ProcedureSearchResult {
  items: ProcedureSummary[]; total: number; page: number; pageSize: number; facets: ProcedureFacets;
}
/** The signed-in person (GET /me). */
export interface Me {
  sub: string; accountType: AccountType; name: string; idNumber: string | null; taxCode: string | null;
  birthDate: string | null; email: string | null; phone: string | null; acr: 'LoA1' | 'LoA2';
}
/** Query of GET /procedures. Absent or empty filters mean "any". */
export interface ProcedureSearchParams {
  q?: string; page?: number; pageSize?: number; field?: string; level?: string; onlineLevel?: string; agency?: string;
}
