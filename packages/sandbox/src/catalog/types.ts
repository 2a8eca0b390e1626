/**
 * Catalog shapes from the contract sketch (/tmp/plan/contract.md).
 * Temporary local copy: once @dvc-kit/spec exports its generated types,
 * re-export them from here so the rest of the catalog code does not change.
 */
export type Level = 'ministry' | 'province' | 'commune' | 'other';
export type OnlineLevel = 'full' | 'partial' | 'info';
export type ChannelKind = 'online' | 'in_person' | 'postal';
export type DurationUnit = 'working_day' | 'day' | 'hour' | 'month';
export type Currency = 'VND' | 'USD';

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
