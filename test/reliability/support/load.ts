// Load on the three reads agencies call most: procedure search, procedure detail and a dossier's
// status. autocannon against a sandbox on loopback, bounded by duration; one row per endpoint.
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';

export interface LoadRow {
  name: string;
  path: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

export interface LoadOptions {
  /** Seconds per endpoint. */
  duration: number;
  connections: number;
}

/** Makes a dossier to read back (the status endpoint needs one that exists). */
export async function prepareDossier(url: string, token: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/dossiers`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify({ procedureCode: '1.001193' }),
  });
  if (response.status !== 201) throw new Error(`could not create a dossier to load: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/** The endpoints under load; search rotates through realistic queries, with and without diacritics. */
export function endpoints(dossierId: string, procedureCode = '1.001193'): { name: string; path: string; paths?: string[]; auth: boolean }[] {
  const queries = ['khai sinh', 'đăng ký kết hôn', 'dang ky ket hon', 'giấy phép lái xe', 'thue', 'hộ tịch', 'cap ban sao'];
  return [
    { name: 'search', path: '/api/v1/procedures?q=…', paths: queries.map((q) => `/api/v1/procedures?q=${encodeURIComponent(q)}`), auth: false },
    { name: 'procedure detail', path: `/api/v1/procedures/${procedureCode}`, auth: false },
    { name: 'dossier status', path: `/api/v1/dossiers/${dossierId}`, auth: true },
  ];
}

export async function runLoad(url: string, token: string, dossierId: string, options: LoadOptions, procedureCode?: string): Promise<LoadRow[]> {
  const rows: LoadRow[] = [];
  for (const endpoint of endpoints(dossierId, procedureCode)) {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (endpoint.auth) headers.authorization = `Bearer ${token}`;
    const result = await autocannon({
      url,
      connections: options.connections,
      duration: options.duration,
      headers,
      requests: (endpoint.paths ?? [endpoint.path]).map((path) => ({ method: 'GET' as const, path })),
    });
    rows.push({
      name: endpoint.name,
      path: endpoint.path,
      requestsPerSecond: Math.round(result.requests.average),
      p50: result.latency.p50,
      p99: result.latency.p99,
      requests: result.requests.total,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
    });
  }
  return rows;
}

export function markdownTable(rows: LoadRow[]): string {
  const lines = [
    '| endpoint | path | req/s | p50 ms | p99 ms | requests | errors | non-2xx |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.name} | \`${r.path}\` | ${r.requestsPerSecond} | ${r.p50} | ${r.p99} | ${r.requests} | ${r.errors + r.timeouts} | ${r.non2xx} |`),
  ];
  return lines.join('\n');
}
