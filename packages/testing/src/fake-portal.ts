/**
 * A fake national portal as a fetch function: hand it to the REAL client
 * (`createPortalClient({ baseUrl: FAKE_PORTAL_BASE, fetch: portal.fetch })`)
 * and stories and browser tests run without a server, with realistic
 * Vietnamese data and switches for latency, errors and being offline.
 *
 * Routes: GET /api/v1/procedures (search with facets and pages),
 * GET /api/v1/procedures/{code}, GET /api/v1/fields, GET /api/v1/agencies,
 * GET /api/v1/me, GET /healthz. Extend `routes` for more (dossiers, uploads, payments).
 */
import type { FacetCount, Me, Procedure, ProcedureSearchResult, ProcedureSummary } from '@dvc-kit/spec';
import { fold, foldedWords } from '@dvc-kit/client/text';
import { PROCEDURES } from './fake-catalog.js';
import { answerFormDefinitions } from './fake-forms.js';
import { answerAdministrativeUnits } from './fake-administrative-units.js';

export const FAKE_PORTAL_BASE = 'https://dichvucong.fake.example';

/** Switches; change them at any time (the next request sees them). */
export interface FakePortalOptions {
  /** Milliseconds before each answer (default 0). Abort signals cut it short. */
  latencyMs?: number;
  /** 'offline': fetch rejects like a dropped network; 'server-error': 500 problem+json; 'rate-limited': 429. */
  failure?: 'offline' | 'server-error' | 'rate-limited' | null;
  /** The catalog to serve (default: the hand-written one). */
  procedures?: readonly Procedure[];
  /** Who GET /api/v1/me answers with; null or absent → 401 unauthenticated. */
  me?: Me | null;
}

export interface FakePortal {
  fetch: typeof fetch;
  options: FakePortalOptions;
  /** Every request seen, in order (URL and whether its signal was aborted before the answer). */
  log: Array<{ method: string; url: URL; aborted: boolean }>;
  /** Extra routes: return a Response to answer, or undefined to fall through. */
  routes: Array<(request: Request, url: URL) => Response | Promise<Response | undefined> | undefined>;
}

const LEVEL_LABELS: Record<string, string> = { ministry: 'Cấp bộ', province: 'Cấp tỉnh', commune: 'Cấp xã', other: 'Cơ quan khác' };
const ONLINE_LABELS: Record<string, string> = { full: 'Toàn trình', partial: 'Một phần', info: 'Cung cấp thông tin' };

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

function problem(status: number, code: string, title: string, detail: string): Response {
  return json({ type: `urn:dvc-kit:problem:${code}`, title, status, detail, code }, status);
}

function summary(p: Procedure): ProcedureSummary {
  const { code, name, field, levels, onlineLevel, agency, decisionNo } = p;
  return { code, name, field, levels, onlineLevel, agency, decisionNo };
}

/** Scores a procedure for the query: 0 = no match. Exact-diacritics words rank above folded-only ones. */
function score(p: Procedure, rawWords: string[], words: string[]): number {
  if (words.length === 0) return 1;
  const foldedName = fold(`${p.name} ${p.code} ${p.field.name}`);
  if (!words.every((w) => foldedName.includes(w))) return 0;
  const lowerName = p.name.toLocaleLowerCase('vi');
  const nameWords = new Set(fold(p.name).split(/[\s,.;:()]+/));
  let s = 1;
  for (const w of words) if (nameWords.has(w)) s += 1; // a whole word of the name beats a piece of one, or the field
  for (const w of rawWords) if (lowerName.includes(w)) s += 2;
  if (fold(p.name).startsWith(words.join(' '))) s += 3;
  return s - p.name.length / 10_000; // shorter names first among equals
}

function facet(matches: readonly Procedure[], pick: (p: Procedure) => Array<[string, string]>): FacetCount[] {
  const counts = new Map<string, FacetCount>();
  for (const p of matches) {
    for (const [value, label] of pick(p)) {
      const entry = counts.get(value) ?? { value, label, count: 0 };
      entry.count += 1;
      counts.set(value, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'vi'));
}

function search(all: readonly Procedure[], params: URLSearchParams): ProcedureSearchResult | Response {
  const q = params.get('q') ?? '';
  const page = Number(params.get('page') ?? '1');
  const pageSize = Number(params.get('pageSize') ?? '20');
  if (!Number.isInteger(page) || page < 1 || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) {
    return problem(400, 'validation_failed', 'Dữ liệu không hợp lệ', 'page phải từ 1; pageSize từ 1 đến 100.');
  }
  const words = foldedWords(q);
  const rawWords = q.toLocaleLowerCase('vi').split(/\s+/).filter(Boolean);
  const filters = {
    field: params.get('field'), level: params.get('level'), onlineLevel: params.get('onlineLevel'), agency: params.get('agency'),
  };
  const scored = all.map((p) => ({ p, s: score(p, rawWords, words) })).filter((x) => x.s > 0);
  const keep = (p: Procedure, except?: keyof typeof filters) =>
    (except === 'field' || !filters.field || p.field.id === filters.field) &&
    (except === 'level' || !filters.level || p.levels.includes(filters.level as Procedure['levels'][number])) &&
    (except === 'onlineLevel' || !filters.onlineLevel || p.onlineLevel === filters.onlineLevel) &&
    (except === 'agency' || !filters.agency || p.agency.id === filters.agency);
  const matches = scored.filter((x) => keep(x.p)).sort((a, b) => b.s - a.s).map((x) => x.p);
  const base = scored.map((x) => x.p);
  return {
    items: matches.slice((page - 1) * pageSize, page * pageSize).map(summary),
    total: matches.length,
    page,
    pageSize,
    facets: {
      // Each facet counts with the other filters applied, so choosing one value still shows its siblings.
      field: facet(base.filter((p) => keep(p, 'field')), (p) => [[p.field.id, p.field.name]]),
      level: facet(base.filter((p) => keep(p, 'level')), (p) => p.levels.map((l) => [l, LEVEL_LABELS[l] ?? l])),
      onlineLevel: facet(base.filter((p) => keep(p, 'onlineLevel')), (p) => [[p.onlineLevel, ONLINE_LABELS[p.onlineLevel] ?? p.onlineLevel]]),
      agency: facet(base.filter((p) => keep(p, 'agency')), (p) => [[p.agency.id, p.agency.name]]),
    },
  };
}

function wait(ms: number, signal: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal?.reason ?? new DOMException('The operation was aborted.', 'AbortError'));
    if (signal?.aborted) return abort();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => { clearTimeout(timer); abort(); }, { once: true });
  });
}

/** Creates a fake portal. Each call has its own switches and log. */
export function createFakePortal(options: FakePortalOptions = {}): FakePortal {
  const portal: FakePortal = {
    options,
    log: [],
    routes: [],
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      const entry = { method: request.method, url, aborted: false };
      portal.log.push(entry);
      try {
        await wait(portal.options.latencyMs ?? 0, request.signal);
      } catch (error) {
        entry.aborted = true;
        throw error;
      }
      if (portal.options.failure === 'offline') throw new TypeError('Failed to fetch');
      if (portal.options.failure === 'server-error') {
        return problem(500, 'internal_error', 'Lỗi máy chủ', 'Hệ thống đang gặp sự cố, vui lòng thử lại sau.');
      }
      if (portal.options.failure === 'rate-limited') {
        return problem(429, 'rate_limited', 'Quá nhiều yêu cầu', 'Vui lòng thử lại sau ít phút.');
      }
      for (const route of portal.routes) {
        const answer = await route(request, url);
        if (answer) return answer;
      }
      // GET /api/v1/administrative-units and /{provinceCode}: a few real provinces and communes.
      const units = answerAdministrativeUnits(request, url);
      if (units) return units;
      // GET /api/v1/forms and /procedures/{code}/form: the sandbox's own form definitions.
      const form = answerFormDefinitions(request, url);
      if (form) return form;
      if (request.method === 'GET' && url.pathname === '/api/v1/me') {
        return portal.options.me
          ? json(portal.options.me)
          : problem(401, 'unauthenticated', 'Chưa đăng nhập', 'Cần đăng nhập để thực hiện yêu cầu này.');
      }
      return answerCatalog(request, url, portal.options.procedures ?? PROCEDURES);
    },
  };
  return portal;
}

function answerCatalog(request: Request, url: URL, all: readonly Procedure[]): Response {
  const path = url.pathname.replace(/\/+$/, '');
  if (request.method === 'GET' && path === '/healthz') return json({ status: 'ok', version: 'fake', database: 'pglite' });
  if (request.method === 'GET' && path === '/api/v1/procedures') {
    const result = search(all, url.searchParams);
    return result instanceof Response ? result : json(result);
  }
  const detail = /^\/api\/v1\/procedures\/([^/]+)$/.exec(path);
  if (request.method === 'GET' && detail) {
    const code = decodeURIComponent(detail[1] ?? '');
    const found = all.find((p) => p.code === code);
    return found ? json(found) : problem(404, 'procedure_not_found', 'Không tìm thấy thủ tục', `Không có thủ tục mã ${code}.`);
  }
  if (request.method === 'GET' && path === '/api/v1/fields') {
    const fields = new Map(all.map((p) => [p.field.id, p.field]));
    return json({ items: [...fields.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi')) });
  }
  if (request.method === 'GET' && path === '/api/v1/agencies') {
    const agencies = new Map(all.map((p) => [p.agency.id, p.agency]));
    const level = url.searchParams.get('level');
    return json({ items: [...agencies.values()].filter((a) => !level || a.level === level) });
  }
  return problem(404, 'not_found', 'Không tìm thấy', `Không có ${request.method} ${path}.`);
}
