/**
 * The dossier half of the fake portal: dossiers, tus uploads, payments and
 * /me, held in memory, answering through a fetch function so the REAL
 * `@dvc-kit/client` (and its tus uploader) runs unchanged in stories and
 * browser tests. `fake-portal.ts` delegates these routes here; tests may use
 * `createFakeDossierPortal()` alone (it also serves the two procedures below).
 *
 * Switches: latency, offline, stalled uploads (hold every PATCH until
 * released), failing or dropping the next answer of a route (a dropped answer
 * is processed by the server but never reaches the client, like a connection
 * that breaks on the way back).
 */
import {
  sniffUploadType,
  MAX_UPLOAD_BYTES,
  type Applicant,
  type AttachedFile,
  type Dossier,
  type DossierStatus,
  type Me,
  type Payment,
  type PaymentStatus,
  type Procedure,
} from '@dvc-kit/spec';
import { FakeAuth } from './fake-auth.js';

export const FAKE_ME: Me = {
  sub: 'citizen-038190001234',
  accountType: 'citizen',
  name: 'Lê Thị Hoa',
  idNumber: '038190001234',
  taxCode: null,
  birthDate: '1990-05-14',
  email: 'hoa.le@example.vn',
  phone: '0912345678',
  acr: 'LoA2',
};

const HA_NOI_COMMUNE = { id: '000.00.01.H26', name: 'UBND phường Hoàn Kiếm', level: 'commune' as const, parentId: '000.00.00.H26' };

/** Birth registration: one case, three components, a template, free online. */
export const BIRTH_REGISTRATION: Procedure = {
  code: '1.001193',
  name: 'Thủ tục đăng ký khai sinh',
  field: { id: 'ho-tich', name: 'Hộ tịch' },
  levels: ['commune'],
  onlineLevel: 'full',
  agency: HA_NOI_COMMUNE,
  decisionNo: '1872/QĐ-BTP',
  procedureType: 'TTHC được luật giao quy định chi tiết',
  implementingAgency: 'Ủy ban nhân dân cấp xã',
  targetGroups: ['Công dân Việt Nam'],
  channels: [
    { channel: 'online', duration: { value: 1, unit: 'working_day', text: null }, fees: [{ kind: 'charge', amount: null, currency: 'VND', free: true, text: 'Miễn lệ phí' }], note: null },
    { channel: 'in_person', duration: { value: 1, unit: 'working_day', text: null }, fees: [{ kind: 'charge', amount: null, currency: 'VND', free: true, text: 'Miễn lệ phí' }], note: null },
  ],
  cases: [
    {
      id: 'default',
      name: null,
      components: [
        { id: 'c1', name: 'Tờ khai đăng ký khai sinh theo mẫu', required: true, originals: 1, copies: 0, template: { name: 'Tờ khai đăng ký khai sinh.docx', url: '/templates/1.001193/to-khai-dang-ky-khai-sinh.docx' } },
        { id: 'c2', name: 'Giấy chứng sinh', required: true, originals: 1, copies: 0, template: null },
        { id: 'c3', name: 'Văn bản ủy quyền (nếu nộp thay)', required: false, originals: 1, copies: 0, template: null },
      ],
    },
  ],
  results: [{ code: 'KQ.G15.000031', name: 'Giấy khai sinh' }],
  legalBasis: ['60/2014/QH13', '123/2015/NĐ-CP'],
  requirements: null,
  steps: null,
  sourceUrl: null,
};

/** Business registration change: two cases, so the person must choose; fees in VND. */
export const BUSINESS_CHANGE: Procedure = {
  code: '1.005383',
  name: 'Đăng ký thay đổi nội dung đăng ký doanh nghiệp',
  field: { id: 'thanh-lap-va-hoat-dong-doanh-nghiep', name: 'Thành lập và hoạt động doanh nghiệp' },
  levels: ['province'],
  onlineLevel: 'full',
  agency: { id: '000.00.00.H26', name: 'UBND Thành phố Hà Nội', level: 'province', parentId: null },
  decisionNo: '1523/QĐ-BKHĐT',
  procedureType: null,
  implementingAgency: 'Phòng Đăng ký kinh doanh',
  targetGroups: ['Doanh nghiệp'],
  channels: [
    { channel: 'online', duration: { value: 3, unit: 'working_day', text: null }, fees: [{ kind: 'charge', amount: 50000, currency: 'VND', free: false, text: '50.000 đồng/lần' }], note: null },
  ],
  cases: [
    {
      id: 'address',
      name: 'Thay đổi địa chỉ trụ sở chính',
      components: [
        { id: 'c1', name: 'Thông báo thay đổi nội dung đăng ký doanh nghiệp', required: true, originals: 1, copies: 0, template: { name: 'Phụ lục II-1.docx', url: '/templates/1.005383/phu-luc-ii-1.docx' } },
        { id: 'c2', name: 'Nghị quyết, quyết định của chủ sở hữu', required: true, originals: 1, copies: 0, template: null },
      ],
    },
    {
      id: 'name',
      name: 'Thay đổi tên doanh nghiệp',
      components: [
        { id: 'c1', name: 'Thông báo thay đổi nội dung đăng ký doanh nghiệp', required: true, originals: 1, copies: 0, template: { name: 'Phụ lục II-1.docx', url: '/templates/1.005383/phu-luc-ii-1.docx' } },
        { id: 'c4', name: 'Biên bản họp Hội đồng thành viên', required: false, originals: 1, copies: 1, template: null },
      ],
    },
  ],
  results: [{ code: null, name: 'Giấy xác nhận thay đổi nội dung đăng ký doanh nghiệp' }],
  legalBasis: ['59/2020/QH14'],
  requirements: null,
  steps: null,
  sourceUrl: null,
};

export interface FakeDossierOptions {
  /** Origin the fake answers on (default 'https://fake.dvc'). */
  origin?: string;
  /** Delay of every answer, ms (default 0). */
  latencyMs?: number;
  /** Delay of each upload PATCH, ms, so progress is visible (default latencyMs). */
  chunkLatencyMs?: number;
  /** Procedures served when no catalog fake answers first. */
  procedures?: Procedure[];
}

interface StoredUpload {
  id: string;
  length: number;
  offset: number;
  chunks: Uint8Array[];
  meta: Record<string, string>;
  file: AttachedFile | null;
  /** Settles when the PATCH in progress is done. */
  lock: Promise<void>;
}

type RouteKey = 'create' | 'submit' | 'attach' | 'upload' | 'payment' | 'supplement' | 'get';

const JSON_TYPE = 'application/json';

function problem(status: number, code: string, detail: string): Response {
  return new Response(JSON.stringify({ type: `urn:dvc-kit:problem:${code}`, title: code, status, detail, code }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': JSON_TYPE } });
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve();
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as unknown as ArrayBuffer);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function addWorkingDays(from: Date, days: number): Date {
  const d = new Date(from);
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return d;
}

/** A dossier in any status, for stories of the status element. */
export function makeDossier(status: DossierStatus, overrides: Partial<Dossier> = {}): Dossier {
  const created = '2026-11-16T02:10:00Z';
  const submitted = '2026-11-16T02:30:00Z';
  const base: Dossier = {
    id: '3f1c2a9e-7b4d-4c1a-9f2e-5d8b6a7c0e41',
    code: status === 'draft' ? null : '000.00.01.H26-261116-0042',
    procedureCode: BIRTH_REGISTRATION.code,
    procedureName: BIRTH_REGISTRATION.name,
    caseId: 'default',
    agencyId: HA_NOI_COMMUNE.id,
    status,
    channel: 'online',
    applicant: { type: 'citizen', name: FAKE_ME.name, idNumber: FAKE_ME.idNumber, taxCode: null, phone: FAKE_ME.phone, email: FAKE_ME.email, address: 'Số 12 Hàng Bài, phường Hoàn Kiếm, Hà Nội' },
    components: (BIRTH_REGISTRATION.cases[0]?.components ?? []).map((c) => ({
      componentId: c.id,
      name: c.name,
      required: c.required,
      files: c.id === 'c3' ? [] : [{ uploadId: `up-${c.id}`, fileName: c.id === 'c1' ? 'to-khai-khai-sinh.pdf' : 'giay-chung-sinh.jpg', contentType: c.id === 'c1' ? 'application/pdf' : 'image/jpeg', size: c.id === 'c1' ? 482133 : 1254000, sha256: null, uploadedAt: created }],
    })),
    events: [],
    supplementRequests: [],
    payments: [],
    fees: [],
    createdAt: created,
    updatedAt: submitted,
    submittedAt: status === 'draft' ? null : submitted,
    dueAt: status === 'draft' ? null : '2026-11-20T10:00:00Z',
  };
  const ev = (at: string, s: DossierStatus, actor: 'applicant' | 'officer' | 'system', note: string | null, dueAt: string | null) => ({ at, status: s, actor, note, dueAt });
  const events = [ev(submitted, 'submitted', 'applicant', null, '2026-11-20T10:00:00Z')];
  const later: Record<string, () => void> = {
    received: () => events.push(ev('2026-11-16T08:00:00Z', 'received', 'officer', 'Đã tiếp nhận hồ sơ.', '2026-11-20T10:00:00Z')),
    processing: () => events.push(ev('2026-11-17T03:00:00Z', 'processing', 'officer', null, '2026-11-20T10:00:00Z')),
  };
  if (status !== 'draft' && status !== 'submitted') later.received?.();
  if (['processing', 'awaiting_supplement', 'awaiting_payment', 'suspended', 'processed', 'returned'].includes(status)) later.processing?.();
  if (status === 'rejected') events.push(ev('2026-11-16T09:00:00Z', 'rejected', 'officer', 'Hồ sơ không thuộc thẩm quyền giải quyết của phường Hoàn Kiếm.', null));
  if (status === 'withdrawn') events.push(ev('2026-11-16T09:00:00Z', 'withdrawn', 'applicant', 'Tôi nộp nhầm thủ tục.', null));
  if (status === 'suspended') events.push(ev('2026-11-18T02:00:00Z', 'suspended', 'officer', 'Tạm dừng do cần xác minh thông tin.', null));
  if (status === 'awaiting_supplement') {
    events.push(ev('2026-11-17T04:00:00Z', 'awaiting_supplement', 'officer', 'Bản chụp Giấy chứng sinh bị mờ, đề nghị bổ sung bản rõ nét.', '2026-11-19T10:00:00Z'));
    base.supplementRequests = [{ id: 'sr-1', componentIds: ['c2'], note: 'Bản chụp Giấy chứng sinh bị mờ, đề nghị bổ sung bản rõ nét.', requestedAt: '2026-11-17T04:00:00Z', dueAt: '2026-11-19T10:00:00Z', answeredAt: null }];
    base.dueAt = '2026-11-19T10:00:00Z';
  }
  if (status === 'awaiting_payment') {
    events.push(ev('2026-11-17T04:00:00Z', 'awaiting_payment', 'officer', 'Đề nghị nộp lệ phí trích lục.', '2026-11-24T10:00:00Z'));
    base.fees = [{ name: 'Lệ phí cấp bản sao trích lục', amount: 8000, currency: 'VND' }];
  }
  if (status === 'processed' || status === 'returned') events.push(ev('2026-11-19T07:00:00Z', 'processed', 'officer', 'Đã ký Giấy khai sinh.', null));
  if (status === 'returned') events.push(ev('2026-11-19T09:00:00Z', 'returned', 'officer', 'Đã trả kết quả qua bưu chính.', null));
  base.events = events;
  return { ...base, ...overrides };
}

export interface FakeDossierPortal {
  /** Answers dossier, upload, payment and /me routes; null for anything else. */
  handle(request: Request): Promise<Response | null>;
  /** A fetch over `handle` (unknown routes: 404 problem). */
  fetch: typeof fetch;
  readonly origin: string;
  dossiers: Map<string, Dossier>;
  payments: Map<string, Payment>;
  uploads: Map<string, StoredUpload>;
  /** Requests seen, 'METHOD /path', for assertions. */
  log: string[];
  /** Stores a dossier (e.g. from makeDossier) so GET /dossiers/{ref} finds it. */
  put(dossier: Dossier): Dossier;
  /** Moves a dossier as an officer would. */
  setStatus(ref: string, status: DossierStatus, options?: { note?: string; componentIds?: string[]; amount?: number }): Dossier;
  /** Finishes a payment as the payment page would. */
  completePayment(id: string, status: Exclude<PaymentStatus, 'initiated'>): Payment;
  /** Fails the next call of a route with this problem code. */
  failNext(route: RouteKey, code: string, status: number): void;
  /** Processes the next call of a route but throws a network error instead of answering. */
  dropNext(route: RouteKey): void;
  /** While true, upload PATCHes wait (uploads look frozen mid-way). */
  stallUploads: boolean;
  /** While true, every call fails like a network without connection. */
  offline: boolean;
  latencyMs: number;
  chunkLatencyMs: number;
}

/** Creates an in-memory dossier portal. */
export function createFakeDossierPortal(options: FakeDossierOptions = {}): FakeDossierPortal {
  const origin = options.origin ?? 'https://fake.dvc';
  const procedures = new Map((options.procedures ?? [BIRTH_REGISTRATION, BUSINESS_CHANGE]).map((p) => [p.code, p]));
  const dossiers = new Map<string, Dossier>();
  const payments = new Map<string, Payment>();
  const uploads = new Map<string, StoredUpload>();
  const idempotent = new Map<string, { fingerprint: string; status: number; body: string }>();
  const failures = new Map<RouteKey, { code: string; status: number }>();
  const drops = new Set<RouteKey>();
  const stallWaiters: Array<() => void> = [];
  let sequence = 41;
  let uploadCounter = 0;
  const log: string[] = [];

  const portal: FakeDossierPortal = {
    handle,
    fetch: async (input, init) => {
      const request = input instanceof Request && !init ? input : new Request(input, init);
      return (await handle(request)) ?? problem(404, 'not_found', 'No such route in the fake portal.');
    },
    origin,
    dossiers,
    payments,
    uploads,
    log,
    put(dossier) {
      dossiers.set(dossier.id, structuredClone(dossier));
      return dossier;
    },
    setStatus(ref, status, extra = {}) {
      const d = find(ref);
      if (!d) throw new Error(`no dossier ${ref}`);
      const now = new Date().toISOString();
      const due = addWorkingDays(new Date(), 3).toISOString();
      d.status = status;
      d.updatedAt = now;
      d.events.push({ at: now, status, actor: 'officer', note: extra.note ?? null, dueAt: status === 'awaiting_supplement' || status === 'awaiting_payment' ? due : d.dueAt });
      if (status === 'awaiting_supplement') {
        d.supplementRequests.push({ id: `sr-${d.supplementRequests.length + 1}`, componentIds: extra.componentIds ?? [d.components[0]?.componentId ?? 'c1'], note: extra.note ?? 'Đề nghị bổ sung giấy tờ.', requestedAt: now, dueAt: due, answeredAt: null });
      }
      if (status === 'awaiting_payment') d.fees = [{ name: 'Lệ phí', amount: extra.amount ?? 50000, currency: 'VND' }];
      return structuredClone(d);
    },
    completePayment(id, status) {
      const p = payments.get(id);
      if (!p) throw new Error(`no payment ${id}`);
      p.status = status;
      p.completedAt = new Date().toISOString();
      if (status === 'succeeded') {
        const d = dossiers.get(p.dossierId);
        if (d) {
          d.status = 'processing';
          d.events.push({ at: p.completedAt, status: 'processing', actor: 'system', note: `Đã nhận thanh toán ${p.reference}.`, dueAt: d.dueAt });
        }
      }
      return structuredClone(p);
    },
    failNext(route, code, status) {
      failures.set(route, { code, status });
    },
    dropNext(route) {
      drops.add(route);
    },
    get stallUploads() {
      return stalled;
    },
    set stallUploads(value: boolean) {
      stalled = value;
      if (!value) stallWaiters.splice(0).forEach((w) => w());
    },
    offline: false,
    latencyMs: options.latencyMs ?? 0,
    chunkLatencyMs: options.chunkLatencyMs ?? options.latencyMs ?? 0,
  };
  let stalled = false;

  function find(ref: string): Dossier | undefined {
    return dossiers.get(ref) ?? [...dossiers.values()].find((d) => d.code === ref);
  }

  async function wrap(route: RouteKey, run: () => Promise<Response>): Promise<Response> {
    const failure = failures.get(route);
    if (failure) {
      failures.delete(route);
      return problem(failure.status, failure.code, `Injected failure: ${failure.code}`);
    }
    const response = await run();
    if (drops.has(route)) {
      drops.delete(route);
      throw new TypeError('Failed to fetch (the fake portal dropped the answer)');
    }
    return response;
  }

  async function once(request: Request, fingerprint: string, run: () => Promise<Response>): Promise<Response> {
    const key = request.headers.get('idempotency-key');
    if (!key) return problem(400, 'idempotency_key_required', 'Idempotency-Key header is required.');
    const seen = idempotent.get(key);
    if (seen) {
      if (seen.fingerprint !== fingerprint) return problem(422, 'idempotency_key_reused', 'This key was used for another request.');
      return new Response(seen.body, { status: seen.status, headers: { 'content-type': JSON_TYPE } });
    }
    const response = await run();
    const body = await response.clone().text();
    if (response.ok) idempotent.set(key, { fingerprint, status: response.status, body });
    return response;
  }

  function applicantOf(body: { applicant?: Applicant }): Applicant {
    return body.applicant ?? { type: 'citizen', name: FAKE_ME.name, idNumber: FAKE_ME.idNumber, taxCode: null, phone: FAKE_ME.phone, email: FAKE_ME.email, address: null };
  }

  async function handle(request: Request): Promise<Response | null> {
    const url = new URL(request.url);
    const path = url.pathname.replace(/^\/api\/v1/, '');
    const method = request.method.toUpperCase();
    const isOurs = /^\/(dossiers|uploads|payments|me)(\/|$)/.test(path) || (method === 'GET' && /^\/procedures\/[^/]+$/.test(path));
    if (!isOurs) return null;
    if (method === 'GET' && path.startsWith('/procedures/')) {
      const p = procedures.get(decodeURIComponent(path.split('/')[2] ?? ''));
      if (!p) return null; // let the catalog fake answer
      await sleep(portal.latencyMs);
      return json(p);
    }
    log.push(`${method} ${path}`);
    if (portal.offline) throw new TypeError('Failed to fetch (offline)');
    if (!path.startsWith('/uploads')) await sleep(portal.latencyMs);
    if (path === '/me' && method === 'GET') return json(FAKE_ME);

    // ---- tus ----
    if (path === '/uploads' && method === 'OPTIONS') {
      return new Response(null, { status: 204, headers: { 'Tus-Resumable': '1.0.0', 'Tus-Version': '1.0.0', 'Tus-Extension': 'creation,termination', 'Tus-Max-Size': String(MAX_UPLOAD_BYTES) } });
    }
    if (path === '/uploads' && method === 'POST') {
      return wrap('upload', async () => {
        const length = Number(request.headers.get('upload-length'));
        if (!(length > 0)) return problem(400, 'bad_request', 'Upload-Length is required.');
        if (length > MAX_UPLOAD_BYTES) return problem(413, 'payload_too_large', 'Larger than 20 MiB.');
        const meta: Record<string, string> = {};
        for (const pair of (request.headers.get('upload-metadata') ?? '').split(',')) {
          const [k, v] = pair.trim().split(' ');
          if (k) meta[k] = v ? new TextDecoder().decode(Uint8Array.from(atob(v), (c) => c.charCodeAt(0))) : '';
        }
        if (!meta.dossierId || !find(meta.dossierId)) return problem(404, 'dossier_not_found', 'No such dossier.');
        const id = `fake${(++uploadCounter).toString(16).padStart(8, '0')}`;
        uploads.set(id, { id, length, offset: 0, chunks: [], meta, file: null, lock: Promise.resolve() });
        return new Response(null, { status: 201, headers: { Location: `${origin}/api/v1/uploads/${id}`, 'Tus-Resumable': '1.0.0' } });
      });
    }
    const uploadMatch = /^\/uploads\/([^/]+)$/.exec(path);
    if (uploadMatch) {
      const upload = uploads.get(uploadMatch[1] ?? '');
      if (!upload) return method === 'HEAD' ? new Response(null, { status: 404 }) : problem(404, 'upload_not_found', 'No such upload.');
      if (method === 'HEAD') {
        return new Response(null, { status: 200, headers: { 'Upload-Offset': String(upload.offset), 'Upload-Length': String(upload.length), 'Tus-Resumable': '1.0.0', 'Cache-Control': 'no-store' } });
      }
      if (method === 'DELETE') {
        uploads.delete(upload.id);
        return new Response(null, { status: 204, headers: { 'Tus-Resumable': '1.0.0' } });
      }
      if (method === 'PATCH') {
        if (stalled) await new Promise<void>((r) => stallWaiters.push(r));
        await sleep(portal.chunkLatencyMs);
        if (portal.offline) throw new TypeError('Failed to fetch (offline)');
        // A request the client gave up on (pause) never reaches a real server's store.
        if (request.signal.aborted) throw new DOMException('The request was aborted.', 'AbortError');
        // One PATCH at a time per upload, as a real tus server locks it.
        const previous = upload.lock;
        let unlock!: () => void;
        upload.lock = new Promise<void>((r) => (unlock = r));
        await previous;
        return wrap('upload', async () => {
          const offset = Number(request.headers.get('upload-offset'));
          if (offset !== upload.offset) return problem(409, 'conflict', 'Offset mismatch.');
          const bytes = new Uint8Array(await request.arrayBuffer());
          if (request.signal.aborted) throw new DOMException('The request was aborted.', 'AbortError');
          if (offset + bytes.length > upload.length) return problem(400, 'bad_request', 'More bytes than Upload-Length.');
          upload.chunks.push(bytes);
          upload.offset += bytes.length;
          if (upload.offset >= upload.length) {
            const all = concat(upload.chunks);
            const type = sniffUploadType(all.subarray(0, 65536));
            const hash = await sha256Hex(all);
            if (!type) {
              uploads.delete(upload.id);
              return problem(415, 'upload_type_not_allowed', 'Nội dung tệp không phải PDF, JPEG, PNG, DOCX hoặc XLSX.');
            }
            if (upload.meta.sha256 && upload.meta.sha256 !== hash) {
              uploads.delete(upload.id);
              return problem(422, 'checksum_mismatch', 'SHA-256 không khớp.');
            }
            upload.file = { uploadId: upload.id, fileName: upload.meta.filename ?? 'file', contentType: type, size: upload.length, sha256: hash, uploadedAt: new Date().toISOString() };
          }
          return new Response(null, { status: 204, headers: { 'Upload-Offset': String(upload.offset), 'Tus-Resumable': '1.0.0' } });
        }).finally(unlock);
      }
    }

    // ---- dossiers ----
    if (path === '/dossiers' && method === 'POST') {
      const text = await request.text();
      return wrap('create', () =>
        once(request, text, async () => {
          const body = JSON.parse(text || '{}') as { procedureCode: string; caseId?: string; applicant?: Applicant; channel?: 'online' };
          const procedure = procedures.get(body.procedureCode);
          if (!procedure) return problem(404, 'procedure_not_found', 'No such procedure.');
          const chosen = procedure.cases.find((c) => c.id === body.caseId) ?? procedure.cases[0];
          const now = new Date().toISOString();
          const dossier: Dossier = {
            id: crypto.randomUUID(), code: null, procedureCode: procedure.code, procedureName: procedure.name,
            caseId: chosen?.id ?? 'default', agencyId: procedure.agency.id, status: 'draft', channel: body.channel ?? 'online',
            applicant: applicantOf(body),
            components: (chosen?.components ?? []).map((c) => ({ componentId: c.id, name: c.name, required: c.required, files: [] })),
            events: [], supplementRequests: [], payments: [], fees: [], createdAt: now, updatedAt: now, submittedAt: null, dueAt: null,
          };
          dossiers.set(dossier.id, dossier);
          return json(dossier, 201);
        }),
      );
    }
    if (path === '/dossiers' && method === 'GET') {
      const status = url.searchParams.get('status');
      const items = [...dossiers.values()].filter((d) => !status || d.status === status).reverse();
      const page = Number(url.searchParams.get('page') ?? 1);
      const pageSize = Number(url.searchParams.get('pageSize') ?? 20);
      return json({ items: items.slice((page - 1) * pageSize, page * pageSize), total: items.length, page, pageSize });
    }
    const dossierMatch = /^\/dossiers\/([^/]+)(?:\/(.+))?$/.exec(path);
    if (dossierMatch) {
      const d = find(decodeURIComponent(dossierMatch[1] ?? ''));
      const rest = dossierMatch[2] ?? '';
      if (!d) return problem(404, 'dossier_not_found', 'Không tìm thấy hồ sơ.');
      const now = new Date().toISOString();
      if (!rest && method === 'GET') return wrap('get', async () => json(d));
      if (!rest && method === 'PATCH') {
        if (d.status !== 'draft') return problem(409, 'invalid_state_transition', 'Only drafts can change.');
        const body = (await request.json()) as { caseId?: string; applicant?: Applicant };
        if (body.applicant) d.applicant = body.applicant;
        if (body.caseId && body.caseId !== d.caseId) {
          const procedure = procedures.get(d.procedureCode);
          const chosen = procedure?.cases.find((c) => c.id === body.caseId);
          if (!chosen) return problem(422, 'validation_failed', 'No such case.');
          d.caseId = chosen.id;
          d.components = chosen.components.map((c) => ({ componentId: c.id, name: c.name, required: c.required, files: d.components.find((x) => x.componentId === c.id)?.files ?? [] }));
        }
        d.updatedAt = now;
        return json(d);
      }
      if (rest === 'attachments' && method === 'POST') {
        const body = (await request.json()) as { componentId: string; uploadId: string };
        return wrap('attach', async () => {
          const upload = uploads.get(body.uploadId);
          const component = d.components.find((c) => c.componentId === body.componentId);
          if (!upload?.file) return problem(404, 'upload_not_found', 'Upload not finished.');
          if (!component) return problem(422, 'validation_failed', 'No such component.');
          if (!component.files.some((f) => f.uploadId === body.uploadId)) component.files.push(upload.file);
          d.updatedAt = now;
          return json(d);
        });
      }
      const detach = /^attachments\/([^/]+)$/.exec(rest);
      if (detach && method === 'DELETE') {
        for (const c of d.components) c.files = c.files.filter((f) => f.uploadId !== detach[1]);
        return json(d);
      }
      if (rest === 'submit' && method === 'POST') {
        return wrap('submit', () =>
          once(request, `submit:${d.id}`, async () => {
            if (d.status !== 'draft') return problem(409, 'invalid_state_transition', 'Already submitted.');
            const missing = d.components.filter((c) => c.required && c.files.length === 0);
            if (missing.length) return problem(422, 'missing_required_components', `Thiếu: ${missing.map((c) => c.name).join(', ')}`);
            const date = new Date();
            const yymmdd = date.toISOString().slice(2, 10).replace(/-/g, '');
            d.code = `${d.agencyId}-${yymmdd}-${String(++sequence).padStart(4, '0')}`;
            d.status = 'submitted';
            d.submittedAt = date.toISOString();
            d.dueAt = addWorkingDays(date, 3).toISOString();
            d.updatedAt = d.submittedAt;
            d.events.push({ at: d.submittedAt, status: 'submitted', actor: 'applicant', note: null, dueAt: d.dueAt });
            return json(d);
          }),
        );
      }
      const supplement = /^supplements\/([^/]+)\/response$/.exec(rest);
      if (supplement && method === 'POST') {
        const body = (await request.json()) as { attachments: Array<{ componentId: string; uploadId: string }>; note?: string };
        return wrap('supplement', async () => {
          const req = d.supplementRequests.find((r) => r.id === supplement[1]);
          if (!req || req.answeredAt) return problem(409, 'invalid_state_transition', 'Nothing to answer.');
          for (const a of body.attachments) {
            const file = uploads.get(a.uploadId)?.file;
            const component = d.components.find((c) => c.componentId === a.componentId);
            if (file && component) component.files.push(file);
          }
          req.answeredAt = now;
          d.status = 'processing';
          d.events.push({ at: now, status: 'processing', actor: 'applicant', note: body.note ?? null, dueAt: d.dueAt });
          return json(d);
        });
      }
    }

    // ---- payments ----
    if (path === '/payments' && method === 'POST') {
      const text = await request.text();
      return wrap('payment', () =>
        once(request, text, async () => {
          const body = JSON.parse(text) as { dossierId: string; returnUrl?: string };
          const d = find(body.dossierId);
          if (!d) return problem(404, 'dossier_not_found', 'No such dossier.');
          if (d.status !== 'awaiting_payment') return problem(409, 'invalid_state_transition', 'Nothing to pay.');
          const id = crypto.randomUUID();
          const payment: Payment = {
            id, dossierId: d.id, reference: `PAY-${Date.now().toString(36).toUpperCase()}`,
            amount: d.fees.reduce((n, f) => n + f.amount, 0), currency: 'VND', status: 'initiated',
            redirectUrl: `${origin}/sandbox/pay/${id}`, returnUrl: body.returnUrl ?? null,
            createdAt: new Date().toISOString(), completedAt: null,
          };
          payments.set(id, payment);
          d.payments.push(payment);
          return json(payment, 201);
        }),
      );
    }
    const paymentMatch = /^\/payments\/([^/]+)$/.exec(path);
    if (paymentMatch && method === 'GET') {
      const p = payments.get(paymentMatch[1] ?? '');
      return p ? json(p) : problem(404, 'payment_not_found', 'No such payment.');
    }
    return problem(404, 'not_found', `The fake portal has no ${method} ${path}.`);
  }

  return portal;
}

/**
 * The AuthApi of the dossier tests and stories: signed in as `me` (null: signed out), and
 * sign-in makes the person FAKE_ME. A FakeAuth, so a test can also make sign-in fail or hang.
 */
export function fakeAuth(me: Me | null = FAKE_ME): FakeAuth {
  return new FakeAuth({ me: FAKE_ME, expiresAt: null }, me ? { me, expiresAt: null } : null);
}
