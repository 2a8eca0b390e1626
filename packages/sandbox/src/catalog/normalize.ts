import { PROCEDURE_CODE_PATTERN } from '@dvc-kit/spec';
import { agencyFor } from './agencies.js';
import { toCases, type RawComponentGroup } from './components.js';
import { channelFees, cleanNote, parseDuration } from './fees.js';
import { slugify } from './slug.js';
import type { Channel, ChannelKind, Level, OnlineLevel, Procedure } from './types.js';

/** One line of procedures-national.jsonl, as published (every field may be messy). */
export interface RawProcedure {
  code?: string | null;
  name?: string | null;
  ministry_slug?: string | null;
  decision_no?: string | null;
  levels?: string[] | null;
  procedure_type?: string | null;
  field?: string | null;
  implementing_agency?: string | null;
  competent_authority?: string | null;
  receiving_address?: string | null;
  target_groups?: string[] | null;
  channels?: RawChannel[] | null;
  dossier_component_groups?: RawComponentGroup[] | null;
  result?: { name?: string | null; code?: string | null } | null;
  legal_basis_doc_numbers?: string[] | null;
  requirements?: string | null;
  steps_text?: string | null;
  source_url?: string | null;
}

export interface RawChannel {
  channel?: string | null; duration?: string | null; duration_unit?: string | null;
  fee?: string | null; fee_note?: string | null;
}

export type NormalizeResult = { ok: true; procedure: Procedure } | { ok: false; reason: string };

const LEVELS: Readonly<Record<string, Level>> = {
  'cấp bộ': 'ministry', 'cấp tỉnh': 'province', 'cấp xã': 'commune', 'cơ quan khác': 'other',
};
const CHANNELS: Readonly<Record<string, ChannelKind>> = {
  'trực tuyến': 'online', 'trực tiếp': 'in_person', 'dịch vụ bưu chính': 'postal',
};

/** Trimmed NFC text; empty and the portal's 'Không có thông tin' become null. */
function text(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.normalize('NFC').trim();
  return trimmed === '' || /^không có thông tin\.?$/i.test(trimmed) ? null : trimmed;
}

/**
 * A link the portal may show: only absolute http(s). A catalog is outside data, and elements put
 * this in an href, where 'javascript:...' would run in the agency's page when clicked.
 */
function webUrl(value: string | null | undefined): string | null {
  const candidate = text(value);
  if (candidate === null) return null;
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Arrays as published, or [] when the crawl put something else there. */
function array<T>(value: readonly T[] | null | undefined): readonly T[] {
  return Array.isArray(value) ? value : [];
}

function list(values: readonly unknown[] | null | undefined): string[] {
  const out: string[] = [];
  for (const value of array(values)) {
    const t = typeof value === 'string' ? text(value) : null;
    if (t !== null && !out.includes(t)) out.push(t);
  }
  return out;
}

/**
 * Online level is not in the source, so derive it (documented in seed/README.md):
 * no online channel -> 'info'; an online channel whose fees are all free or have a
 * parsed amount (so they can be paid online) -> 'full'; otherwise -> 'partial'.
 */
export function deriveOnlineLevel(channels: readonly Channel[]): OnlineLevel {
  const online = channels.filter((c) => c.channel === 'online');
  if (online.length === 0) return 'info';
  const payable = online.every((c) => c.fees.every((fee) => fee.free || fee.amount !== null));
  return payable ? 'full' : 'partial';
}

function toChannels(raw: readonly RawChannel[]): Channel[] | string {
  const channels: Channel[] = [];
  for (const item of raw) {
    if (item === null || typeof item !== 'object') return 'channel is not an object';
    const kind = CHANNELS[(item.channel ?? '').normalize('NFC').trim().toLowerCase()];
    if (!kind) return `unknown channel '${item.channel ?? ''}'`;
    const note = cleanNote(item.fee_note);
    channels.push({
      channel: kind,
      duration: parseDuration(item.duration, item.duration_unit),
      fees: channelFees(item.fee, note),
      note,
    });
  }
  return channels;
}

/** One raw record -> a contract Procedure, or the reason it cannot be one. */
export function normalizeProcedure(raw: unknown): NormalizeResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, reason: 'not a JSON object' };
  const record = raw as RawProcedure;
  const code = text(record.code);
  if (code === null) return { ok: false, reason: 'missing code' };
  if (!PROCEDURE_CODE_PATTERN.test(code)) return { ok: false, reason: `malformed code '${code}'` };
  const name = text(record.name);
  if (name === null) return { ok: false, reason: 'missing name' };

  const levels: Level[] = [];
  for (const label of array(record.levels)) {
    const level = LEVELS[String(label).normalize('NFC').trim().toLowerCase()];
    if (!level) return { ok: false, reason: `unknown level '${String(label)}'` };
    if (!levels.includes(level)) levels.push(level);
  }
  if (levels.length === 0) return { ok: false, reason: 'no level' };

  const agency = agencyFor(text(record.competent_authority) ?? '', text(record.ministry_slug) ?? '');
  if (!agency) return { ok: false, reason: `unknown ministry '${record.ministry_slug ?? ''}'` };

  const channels = toChannels(array(record.channels));
  if (typeof channels === 'string') return { ok: false, reason: channels };

  const fieldName = text(record.field) ?? 'Khác';
  const resultName = text(record.result?.name);
  return {
    ok: true,
    procedure: {
      code,
      name,
      field: { id: slugify(fieldName), name: fieldName },
      levels,
      onlineLevel: deriveOnlineLevel(channels),
      agency,
      decisionNo: text(record.decision_no),
      procedureType: text(record.procedure_type),
      implementingAgency: text(record.implementing_agency),
      targetGroups: list(record.target_groups),
      channels,
      cases: toCases(array(record.dossier_component_groups)),
      results: resultName === null ? [] : [{ code: text(record.result?.code), name: resultName }],
      legalBasis: list(record.legal_basis_doc_numbers),
      requirements: text(record.requirements),
      steps: text(record.steps_text),
      sourceUrl: webUrl(record.source_url),
    },
  };
}
