import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { createApp } from './app.js';
import { loadCatalog, type CatalogLoadResult } from './catalog-db/load.js';
import { createOidc, isOidcPath } from './auth/mount.js';
import { lockFolder } from './db/lock.js';
import { migrate } from './db/migrate.js';
import { openDatabase, type OpenedDatabase } from './db/open.js';
import type { SandboxConfig, SandboxDeps } from './deps.js';
import { closeIfAnsweredEarly } from './http/early-answer.js';
import { oncePerRequest } from './http/once-per-request.js';
import { ProblemError, problemResponse } from './http/problem.js';
import { rateLimitOf } from './http/token-buckets.js';
import { startOfficer } from './officer.js';
import { DEFAULT_UPLOAD_EXPIRY_HOURS } from './uploads/expiry.js';
import { startUploadSweeper } from './uploads/sweeper.js';
import { startWebhookDispatcher } from './webhooks/dispatcher.js';

export interface StartSandboxOptions {
  /** TCP port; 0 picks a free one (tests). Default 4800. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  /** Folder for the embedded database and uploads. Default `.dvc-sandbox` in the working directory. */
  dataDir?: string;
  /** postgres:// URL; when set, a real PostgreSQL is used instead of PGlite. */
  databaseUrl?: string | undefined;
  /** A JSONL catalog (the national export) to import; without it the seed catalog is used. */
  catalog?: string | undefined;
  /** Wipe the data folder (or the database's tables) before starting. */
  reset?: boolean;
  /** Simulated working days per real second for the officer; 0 stops it. Default 0. */
  officerSpeed?: number;
  /**
   * Requests per minute each client may send to /api/v1 before it gets 429 `rate_limited`; 0 or
   * absent: no limit (test suites send at machine speed; the CLI turns a limit on by default).
   */
  rateLimit?: number;
  /** Requests a client may send at once (the bucket's size). Default: ten seconds' worth of `rateLimit`. */
  rateLimitBurst?: number;
  /**
   * Hours an unfinished upload stays resumable (tus `Upload-Expires`) and a finished one may stay
   * unattached to any dossier, before it is deleted; fractions allowed. 0 keeps uploads forever.
   * Default 24.
   */
  uploadExpiryHours?: number;
  /**
   * Refuse to submit a dossier of a procedure with an online form whose form was never answered
   * (`form_invalid`); saved answers are checked whatever this says. Default false.
   */
  requireForms?: boolean;
  /** Origin the sandbox is reached at, when not http://host:port (e.g. behind a proxy). */
  publicUrl?: string;
  /** Progress lines (catalog import); default silent. */
  log?: (line: string) => void;
}

export interface RunningSandbox {
  /** http://127.0.0.1:PORT */
  url: string;
  deps: SandboxDeps;
  catalog: CatalogLoadResult;
  /** Stops accepting requests, finishes background work and closes the database. */
  close(): Promise<void>;
}

type Stop = () => Promise<void> | void;
type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen(server.address() as AddressInfo);
    });
  });
}

async function resetStorage(dataDir: string, databaseUrl: string | undefined, db?: OpenedDatabase): Promise<void> {
  if (!databaseUrl) {
    // Refuse to wipe a folder another sandbox is using (throws), then wipe it.
    const unlock = await lockFolder(join(dataDir, 'db.lock'));
    await unlock();
    await rm(dataDir, { recursive: true, force: true });
    return;
  }
  // On a real PostgreSQL the sandbox owns the schema it was given (public, or the first entry
  // of the connection's search_path): drop and recreate it.
  await db?.exec(`DO $$
    DECLARE target text := coalesce(current_schema(), 'public');
    BEGIN
      EXECUTE format('DROP SCHEMA IF EXISTS %I CASCADE', target);
      EXECUTE format('CREATE SCHEMA %I', target);
    END $$;`);
}

/**
 * Starts the whole sandbox on one Node HTTP server: /oidc goes to the OpenID provider's Node
 * handler, everything else to the Hono app. Listens first (so the public URL and port are known
 * before the provider is configured); requests arriving during start-up get 503 problem+json.
 */
export async function startSandbox(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const host = options.host ?? '127.0.0.1';
  const dataDir = resolve(options.dataDir ?? '.dvc-sandbox');
  const databaseUrl = options.databaseUrl;
  const log = options.log ?? (() => undefined);
  const uploadExpiryHours = options.uploadExpiryHours ?? DEFAULT_UPLOAD_EXPIRY_HOURS;
  if (!Number.isFinite(uploadExpiryHours) || uploadExpiryHours < 0) {
    throw new RangeError(`uploadExpiryHours must be 0 or more hours, got ${uploadExpiryHours}`);
  }

  let handler: NodeHandler = startingHandler;
  const server = createServer((req, res) => handler(req, res));
  const address = await listen(server, options.port ?? 4800, host);
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const url = `http://${shownHost}:${address.port}`;

  const stops: Stop[] = [];
  let db: OpenedDatabase | undefined;
  try {
    if (options.reset && !databaseUrl) await resetStorage(dataDir, databaseUrl);
    db = await openDatabase({ dataDir, url: databaseUrl });
    if (options.reset && databaseUrl) await resetStorage(dataDir, databaseUrl, db);
    await migrate(db);
    const catalog = await loadCatalog(db, { file: options.catalog, log });

    const config: SandboxConfig = {
      dataDir,
      publicUrl: (options.publicUrl ?? url).replace(/\/$/, ''),
      officerSpeed: options.officerSpeed ?? 0,
      uploadExpiryMs: Math.round(uploadExpiryHours * 3_600_000),
      rateLimit: rateLimitOf(options.rateLimit ?? 0, options.rateLimitBurst),
      requireForms: options.requireForms ?? false,
    };
    const oidc = await createOidc({ db, config });
    stops.push(() => oidc.close());
    const deps: SandboxDeps = { db, config, now: () => new Date(), authenticate: oncePerRequest((request) => oidc.authenticate(request)) };

    const honoListener = getRequestListener(createApp(deps).fetch);
    handler = (req, res) => {
      closeIfAnsweredEarly(req, res);
      if (isOidcPath(req.url)) oidc.handle(req, res);
      else void honoListener(req, res);
    };

    stops.push(startOfficer(deps));
    stops.push(startWebhookDispatcher(deps));
    stops.push(startUploadSweeper(deps));

    const openDb = db;
    let closing: Promise<void> | undefined;
    const close = (): Promise<void> => {
      closing ??= (async () => {
        await closeServer(server);
        for (const stop of stops.reverse()) await stop();
        await openDb.close();
      })();
      return closing;
    };
    return { url, deps, catalog, close };
  } catch (error) {
    await closeServer(server);
    for (const stop of stops.reverse()) await Promise.resolve(stop()).catch(() => undefined);
    await db?.close().catch(() => undefined);
    throw error;
  }
}

function startingHandler(req: IncomingMessage, res: ServerResponse): void {
  // Only the language matters for this answer; the URL is not parsed (it may be malformed).
  const request = new Request('http://localhost/', {
    headers: { 'accept-language': String(req.headers['accept-language'] ?? '') },
  });
  const problem = new ProblemError(503, 'internal_error', {
    vi: 'Sandbox đang khởi động, hãy thử lại sau vài giây.',
    en: 'The sandbox is starting; try again in a few seconds.',
  }, undefined, { 'retry-after': '2' });
  const response = problemResponse(request, problem);
  void response.text().then((body) => {
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(body);
  });
}

/** Stops listening, lets in-flight requests finish for a moment, then drops what is left. */
function closeServer(server: Server): Promise<void> {
  return new Promise((resolveClose) => {
    if (!server.listening) return resolveClose();
    const force = setTimeout(() => server.closeAllConnections(), 2000);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      resolveClose();
    });
    server.closeIdleConnections();
  });
}
