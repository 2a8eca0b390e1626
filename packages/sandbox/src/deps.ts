import type { ResidenceAddress } from '@dvc-kit/spec';
import type { Database } from './db/database.js';
import type { RateLimit } from './http/token-buckets.js';

/** Settings of one running sandbox, from CLI flags or tests. */
export interface SandboxConfig {
  /** Folder for the embedded database and uploaded files. */
  dataDir: string;
  /** Origin the sandbox is reached at, e.g. http://127.0.0.1:4800 (used in redirects and links). */
  publicUrl: string;
  /** Per-client limit on /api/v1 (see http/rate-limit.ts); absent or 0 per minute: no limit. */
  rateLimit?: RateLimit;
  /**
   * How fast the simulated officer moves submitted dossiers along: simulated working days per real
   * second. 0 stops the officer (tests drive states through the control route instead).
   */
  officerSpeed: number;
  /**
   * How long an unfinished upload stays resumable (tus `expiration`, announced in
   * `Upload-Expires`), and how long a finished one may stay unattached, before the sweep deletes
   * it. 0 keeps every upload forever.
   */
  uploadExpiryMs: number;
  /**
   * Whether submit refuses a dossier of a procedure with an online form when no answer was saved
   * (`form_invalid`). Off by default while file-only clients (the citizen UI before its form step)
   * still submit such procedures with the scanned paper form; answers that were saved are checked
   * either way.
   */
  requireForms: boolean;
}

/** The signed-in account behind a request's bearer token. */
export interface Principal {
  sub: string;
  accountType: 'citizen' | 'business';
  name: string;
  idNumber: string | null;
  taxCode: string | null;
  birthDate: string | null;
  email: string | null;
  phone: string | null;
  /** The place of residence the e-ID gives (2025 units), when it gives one. */
  address?: ResidenceAddress;
  acr: 'LoA1' | 'LoA2';
}

/** Everything a route module needs, passed in so tests can build an app around any database. */
export interface SandboxDeps {
  db: Database;
  config: SandboxConfig;
  /** The clock, injectable so due dates and the officer are testable. */
  now(): Date;
  /** Resolves the request's `Authorization: Bearer` token to its account, or null. */
  authenticate(request: Request): Promise<Principal | null>;
}
