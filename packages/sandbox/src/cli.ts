import { parseArgs } from 'node:util';
import { SANDBOX_VERSION } from './app.js';
import { TEST_ACCOUNTS } from './auth/accounts.js';
import type { RateLimit } from './http/token-buckets.js';
import { startSandbox, type RunningSandbox } from './server.js';
import { DEFAULT_UPLOAD_EXPIRY_HOURS } from './uploads/expiry.js';

const USAGE = `dvc-sandbox: a local emulator of the national public-service portal (API, e-ID sign-in, uploads, payments)

Usage: dvc-sandbox [options]

  --port N            port to listen on (default 4800; 0 picks a free one)
  --host HOST         interface to listen on (default 127.0.0.1)
  --data-dir DIR      folder for the embedded database and uploads (default .dvc-sandbox)
  --catalog FILE      import a procedure catalog (JSONL, e.g. ../shared/data/procedures-national.jsonl)
  --reset             delete all sandbox data before starting
  --officer-speed N   simulated working days per second for the officer (default 1; 0 stops it)
  --upload-expiry-hours N
                      hours before an unfinished or never-attached upload is deleted
                      (default 24; fractions allowed; 0 keeps uploads forever)
  --rate-limit N      API requests per minute per client before 429 rate_limited (default 1200,
                      bursts of N/6; 0 turns the limit off)
  --require-forms     refuse to submit a dossier whose online form was never answered
                      (default off: such a dossier may go file-only; saved answers are
                      always checked)
  -h, --help          show this help
  -v, --version       show the version

Environment: DATABASE_URL=postgres://... uses a real PostgreSQL instead of the embedded database.`;

/**
 * Per client and minute: far above what a person in a browser sends (search-as-you-type included)
 * and above any test journey, yet a runaway loop in an agency page meets 429 here, not in production.
 */
const DEFAULT_RATE_LIMIT = 1200;

function fail(message: string): never {
  console.error(`dvc-sandbox: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function toNumber(name: string, value: string | undefined, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0 || number > max) fail(`--${name} must be a number from 0 to ${max}, got "${value}"`);
  return number;
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'data-dir': { type: 'string' },
        catalog: { type: 'string' },
        reset: { type: 'boolean' },
        'officer-speed': { type: 'string' },
        'upload-expiry-hours': { type: 'string' },
        'rate-limit': { type: 'string' },
        'require-forms': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    }).values;
  } catch (error) {
    return fail((error as Error).message);
  }
}

function rateLimitLine(limit: RateLimit | undefined): string {
  if (!limit || limit.perMinute <= 0) return 'off';
  return `${limit.perMinute} API requests per minute per client, bursts of ${limit.burst} (--rate-limit 0 turns it off)`;
}

function banner(sandbox: RunningSandbox, seconds: number, dataDir: string): string {
  const { url } = sandbox;
  const db = sandbox.deps.db.kind === 'pglite' ? `embedded PostgreSQL (PGlite) in ${dataDir}` : 'PostgreSQL (DATABASE_URL)';
  const accounts = TEST_ACCOUNTS.map((a) => {
    const id = a.idNumber ? `CCCD ${a.idNumber}` : `MST ${a.taxCode ?? '-'}`;
    return `  ${a.sub.padEnd(22)} ${a.name} (${a.accountType}, ${id})`;
  });
  return [
    `dvc-sandbox ${SANDBOX_VERSION} is running`,
    `  Page        ${url}/`,
    `  API         ${url}/api/v1`,
    `  Health      ${url}/healthz`,
    `  OpenID      ${url}/oidc/.well-known/openid-configuration`,
    `  Database    ${db}`,
    `  Catalog     ${sandbox.catalog.procedures} procedures (${sandbox.catalog.source})`,
    `  Rate limit  ${rateLimitLine(sandbox.deps.config.rateLimit)}`,
    'Test accounts (pick one on the sign-in page):',
    ...accounts,
    `Ready in ${seconds.toFixed(1)} s. Press Ctrl-C to stop.`,
  ].join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  const args = parse(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return;
  }
  if (args.version) {
    console.log(SANDBOX_VERSION);
    return;
  }
  const dataDir = args['data-dir'] ?? '.dvc-sandbox';
  let sandbox: RunningSandbox;
  try {
    sandbox = await startSandbox({
      port: toNumber('port', args.port, 4800, 65535),
      host: args.host ?? '127.0.0.1',
      dataDir,
      databaseUrl: process.env.DATABASE_URL || undefined,
      catalog: args.catalog,
      reset: args.reset ?? false,
      officerSpeed: toNumber('officer-speed', args['officer-speed'], 1, 10_000),
      uploadExpiryHours: toNumber('upload-expiry-hours', args['upload-expiry-hours'], DEFAULT_UPLOAD_EXPIRY_HOURS, 24 * 365),
      rateLimit: toNumber('rate-limit', args['rate-limit'], DEFAULT_RATE_LIMIT, 1_000_000),
      requireForms: args['require-forms'] ?? false,
      log: (line) => console.log(line),
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE') console.error(`dvc-sandbox: port ${args.port ?? 4800} is already in use; pick another with --port.`);
    else console.error(`dvc-sandbox: could not start: ${(error as Error).message}`);
    process.exit(1);
  }
  console.log(banner(sandbox, (Date.now() - started) / 1000, dataDir));

  let stopping = 0;
  const stop = (signal: string) => {
    // A terminal's Ctrl-C can reach us twice (directly and forwarded by the bin wrapper):
    // a second signal only forces the exit when it comes well after the first.
    if (stopping) {
      if (Date.now() - stopping > 1000) process.exit(130);
      return;
    }
    stopping = Date.now();
    console.log(`\n${signal}: stopping dvc-sandbox...`);
    sandbox.close().then(
      () => {
        console.log('stopped.');
        process.exit(0);
      },
      (error: unknown) => {
        console.error('dvc-sandbox: error while stopping:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();
