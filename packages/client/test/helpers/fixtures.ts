// Valid payloads, typed with the generated contract types so a contract change
// that makes them invalid fails the build rather than the tests.
import type { Dossier, ProcedureSearchResult, ProcedureSummary } from '@dvc-kit/spec';

export const summary = (code: string): ProcedureSummary => ({
  code,
  name: 'Thủ tục đăng ký khai sinh',
  field: { id: 'ho-tich', name: 'Hộ tịch' },
  levels: ['commune'],
  onlineLevel: 'full',
  agency: { id: '000.00.00.G15', name: 'Bộ Tư pháp', level: 'ministry', parentId: null },
  decisionNo: '163/QĐ-BTP',
});

export function searchPage(page: number, pageSize: number, total: number): ProcedureSearchResult {
  const count = Math.max(0, Math.min(pageSize, total - (page - 1) * pageSize));
  const items = Array.from({ length: count }, (_, i) => summary(`1.${String(100000 + (page - 1) * pageSize + i)}`));
  return { items, total, page, pageSize, facets: { field: [], level: [], onlineLevel: [], agency: [] } };
}

export const dossier = (): Dossier => ({
  id: '3f1c2a9e-7b4d-4c1a-9f2e-5d8b6a7c0e41',
  code: null,
  procedureCode: '1.001193',
  procedureName: 'Thủ tục đăng ký khai sinh',
  caseId: 'default',
  agencyId: '000.00.00.G15',
  status: 'draft',
  channel: 'online',
  applicant: { type: 'citizen', name: 'Nguyễn Văn A', idNumber: '038090001234', taxCode: null, phone: null, email: null, address: null },
  components: [],
  events: [],
  supplementRequests: [],
  payments: [],
  fees: [],
  createdAt: '2026-11-22T08:00:00Z',
  updatedAt: '2026-11-22T08:00:00Z',
  submittedAt: null,
  dueAt: null,
});
