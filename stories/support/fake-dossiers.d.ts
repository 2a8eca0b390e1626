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
import { type AttachedFile, type Dossier, type DossierStatus, type Me, type Payment, type PaymentStatus, type Procedure } from '@dvc-kit/spec';
export declare const FAKE_ME: Me;
/** Birth registration: one case, three components, a template, free online. */
export declare const BIRTH_REGISTRATION: Procedure;
/** Business registration change: two cases, so the person must choose; fees in VND. */
export declare const BUSINESS_CHANGE: Procedure;
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
}
type RouteKey = 'create' | 'submit' | 'attach' | 'upload' | 'payment' | 'supplement' | 'get';
/** A dossier in any status, for stories of the status element. */
export declare function makeDossier(status: DossierStatus, overrides?: Partial<Dossier>): Dossier;
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
    setStatus(ref: string, status: DossierStatus, options?: {
        note?: string;
        componentIds?: string[];
        amount?: number;
    }): Dossier;
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
export declare function createFakeDossierPortal(options?: FakeDossierOptions): FakeDossierPortal;
/** A signed-in AuthApi stand-in for stories and tests (sign-in itself is `<dvc-login>`'s business). */
export declare function fakeAuth(me?: Me | null): {
    readonly session: {
        me: Me;
        expiresAt: string | null;
    } | null;
    signIn(): Promise<{
        me: Me;
        expiresAt: string | null;
    } | null>;
    signOut(): Promise<void>;
    subscribe(listener: (session: {
        me: Me;
        expiresAt: string | null;
    } | null) => void): () => void;
};
export {};
