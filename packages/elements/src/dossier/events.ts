/**
 * Events of `<dvc-dossier-upload>`, `<dvc-dossier-status>` and `<dvc-payment>`,
 * added to the shared DvcEventMap by module augmentation.
 */
import type { DossierStatus, PaymentStatus } from '@dvc-kit/spec';

/** Which state an upload is in when `dvc-upload-progress` fires. */
export type UploadProgressState = 'uploading' | 'paused' | 'offline' | 'failed' | 'done' | 'missing';

declare module '../base/events.js' {
  interface DvcEventMap {
    /** A draft dossier was created, or restored after a reload (`restored: true`). Fired by `<dvc-dossier-upload>`. */
    'dvc-dossier-draft': { dossierId: string; procedureCode: string; restored: boolean };
    /** Bytes moved for one file (at most once per chunk), or its state changed. Fired by `<dvc-dossier-upload>` and `<dvc-dossier-status>`. */
    'dvc-upload-progress': {
      dossierId: string; componentId: string; fileName: string; sent: number; total: number; state: UploadProgressState;
    };
    /** The dossier was submitted and has a code. Fired by `<dvc-dossier-upload>`. */
    'dvc-dossier-submit': { dossierId: string; code: string; dueAt: string | null; status: DossierStatus };
    /** A supplement request was answered. Fired by `<dvc-dossier-status>`. */
    'dvc-supplement-submit': { dossierId: string; requestId: string };
    /** A dossier was loaded or reloaded. Fired by `<dvc-dossier-status>`. */
    'dvc-dossier-load': { dossierId: string; code: string | null; status: DossierStatus };
    /** A payment reached a final state. Fired by `<dvc-payment>`. */
    'dvc-payment-complete': { paymentId: string; dossierId: string; status: PaymentStatus; reference: string };
  }
}

export {};
