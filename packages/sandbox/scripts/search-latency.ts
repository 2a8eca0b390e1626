/**
 * Search latency at the real catalog size: starts a sandbox with the real national catalog
 * (../shared/data/procedures-national.jsonl from the repo root), sends 200 fixed queries over
 * HTTP one after another and prints p50/p95 (plus p99, max, and p50 per kind of query).
 *
 *   node --conditions=source --import tsx packages/sandbox/scripts/search-latency.ts [--catalog FILE]
 *   DATABASE_URL=postgres://... (same, on PostgreSQL instead of the embedded PGlite)
 *
 * The queries are derived deterministically from the catalog (name openings with and without
 * diacritics, one-typo variants, codes and code prefixes) plus fixed everyday queries with filters.
 */
import { createReadStream, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fold } from '@dvc-kit/client/text';
import { startSandbox } from '../src/server.js';

const QUERY_COUNT = 200;
const WARM_UP = 20;

interface Query {
  kind: 'words' | 'folded' | 'typo' | 'code' | 'everyday';
  params: Record<string, string>;
}

const EVERYDAY: Record<string, string>[] = [
  { q: 'đăng ký khai sinh' }, { q: 'dang ky ket hon' }, { q: 'hộ chiếu' }, { q: 'can cuoc' },
  { q: 'lý lịch tư pháp' }, { q: 'giấy phép xây dựng' }, { q: 'thue dat' }, { q: 'đăng ký doanh nghiệp' },
  { q: 'cap lai' }, { q: 'chứng thực' }, { q: 'dang ky', level: 'commune' }, { q: 'cấp giấy phép', page: '3' },
  { q: 'thuế', pageSize: '50' }, { q: 'ngoai hoi' }, { q: 'xuat nhap khau' }, { q: 'bảo hiểm' },
  { pageSize: '20' }, { field: 'ho-tich' }, { q: 'dat dai', onlineLevel: 'partial' }, { q: 'khai sinh', page: '2' },
];

function typo(word: string): string {
  // Swap two neighbouring letters in the middle: a typical typing slip.
  if (word.length < 4) return `${word}${word.at(-1) ?? ''}`;
  const i = Math.floor(word.length / 2) - 1;
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

async function readProcedures(file: string): Promise<{ code: string; name: string }[]> {
  const out: { code: string; name: string }[] = [];
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { code?: unknown; name?: unknown };
    if (typeof row.code === 'string' && typeof row.name === 'string') out.push({ code: row.code, name: row.name });
  }
  return out;
}

function buildQueries(procedures: { code: string; name: string }[]): Query[] {
  const queries: Query[] = EVERYDAY.map((params) => ({ kind: 'everyday', params }));
  const derived = QUERY_COUNT - queries.length;
  for (let n = 0; n < derived; n += 1) {
    // Spread evenly over the catalog, so every ministry's vocabulary is in the mix.
    const procedure = procedures[Math.floor((n * procedures.length) / derived)];
    if (!procedure) break;
    const words = procedure.name.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    const opening = words.slice(1, 4).join(' ') || procedure.name;
    switch (n % 5) {
      case 0:
        queries.push({ kind: 'code', params: { q: n % 10 === 0 ? procedure.code : procedure.code.slice(0, 6) } });
        break;
      case 1:
      case 2:
        queries.push({ kind: 'words', params: { q: opening } });
        break;
      case 3:
        queries.push({ kind: 'folded', params: { q: fold(opening) } });
        break;
      default: {
        const folded = fold(opening).split(' ');
        const longest = folded.reduce((a, b) => (b.length > a.length ? b : a), '');
        queries.push({ kind: 'typo', params: { q: folded.map((w) => (w === longest ? typo(w) : w)).join(' ') } });
      }
    }
  }
  return queries.slice(0, QUERY_COUNT);
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;

async function main(): Promise<void> {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
  const { values } = parseArgs({ options: { catalog: { type: 'string' } } });
  const catalog = resolve(values.catalog ?? join(repoRoot, '../shared/data/procedures-national.jsonl'));
  if (!existsSync(catalog)) {
    console.error(`search-latency: the real catalog is missing: ${catalog}`);
    process.exit(1);
  }
  const procedures = await readProcedures(catalog);
  const queries = buildQueries(procedures);
  const dataDir = await mkdtemp(join(tmpdir(), 'dvc-latency-'));
  const sandbox = await startSandbox({
    port: 0, dataDir, catalog, databaseUrl: process.env.DATABASE_URL || undefined, officerSpeed: 0,
    log: (line) => console.log(line),
  });
  try {
    const run = async (query: Query): Promise<number> => {
      const started = performance.now();
      const response = await fetch(`${sandbox.url}/api/v1/procedures?${new URLSearchParams(query.params)}`);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${JSON.stringify(query.params)} -> ${response.status}`);
      return performance.now() - started;
    };
    for (const query of queries.slice(0, WARM_UP)) await run(query);
    const timings: { kind: Query['kind']; ms: number }[] = [];
    for (const query of queries) timings.push({ kind: query.kind, ms: await run(query) });

    const all = timings.map((t) => t.ms).sort((a, b) => a - b);
    const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
    console.log(
      `\nsearch latency, ${sandbox.deps.db.kind}, ${sandbox.catalog.procedures} procedures, ${all.length} queries over HTTP (sequential)`,
    );
    // Other work on the machine skews wall-clock numbers; say how busy it was.
    const load = loadavg().map((n) => n.toFixed(1)).join(' ');
    console.log(`  machine: ${cpus().length} cores, load average ${load}, node ${process.version}`);
    console.log(`  p50 ${fmt(percentile(all, 50))}   p95 ${fmt(percentile(all, 95))}   p99 ${fmt(percentile(all, 99))}   max ${fmt(all.at(-1) ?? NaN)}   mean ${fmt(all.reduce((a, b) => a + b, 0) / all.length)}`);
    for (const kind of ['everyday', 'words', 'folded', 'typo', 'code'] as const) {
      const list = timings.filter((t) => t.kind === kind).map((t) => t.ms).sort((a, b) => a - b);
      if (list.length) console.log(`  ${kind.padEnd(9)} n=${String(list.length).padStart(3)}  p50 ${fmt(percentile(list, 50))}  p95 ${fmt(percentile(list, 95))}`);
    }
  } finally {
    await sandbox.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
