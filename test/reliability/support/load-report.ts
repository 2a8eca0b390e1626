// `npm run soak` step: the real CLI sandbox (with the real national catalog when present), loaded
// endpoint by endpoint with autocannon, printed as the markdown table docs/reliability.md quotes.
// Usage: node --conditions=source --import tsx test/reliability/support/load-report.ts [seconds] [connections]
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { signIn } from '../../../packages/sandbox/test/helpers/sign-in.js';
import { markdownTable, prepareDossier, runLoad } from './load.js';
import { startSandboxChild, tempDataDir } from './sandbox-child.js';

const seconds = Number(process.argv[2] ?? 20);
const connections = Number(process.argv[3] ?? 10);
const catalog = resolve(import.meta.dirname, '../../../../shared/data/procedures-national.jsonl');
const data = tempDataDir();
// --rate-limit 0: autocannon from one address is the load, not a client to slow down.
const server = await startSandboxChild(data.dir, { extraArgs: ['--rate-limit', '0', ...(existsSync(catalog) ? ['--catalog', catalog] : [])] });
let failed = false;
try {
  const token = (await signIn(server.url, 'citizen-an')).accessToken;
  const dossierId = await prepareDossier(server.url, token);
  // A procedure present in both the seed and the real catalog.
  const rows = await runLoad(server.url, token, dossierId, { duration: seconds, connections }, '1.001193');
  console.log(`\nLoad: ${seconds} s per endpoint, ${connections} connections, ${existsSync(catalog) ? 'real catalog' : 'seed catalog'}, ${cpus().length} CPUs, Node ${process.version}\n`);
  console.log(markdownTable(rows));
  failed = rows.some((r) => r.errors + r.timeouts + r.non2xx > 0);
  if (failed) console.error('\nload: errors or non-2xx answers (must be zero)');
} finally {
  await server.stop();
  data.remove();
}
process.exit(failed ? 1 : 0);
