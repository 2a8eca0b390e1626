import type { ChannelKind } from '../catalog/types.js';
import type { ProcessingTime } from './due-date.js';
import type { DossierStatus } from './status.js';

/** API shapes come from the contract (@dvc-kit/spec), so what the sandbox builds cannot drift from it. */
export type {
  Applicant, ApplicantType, AttachedFile, ComponentFiles, Currency, Dossier, DossierEvent, DossierFee, Payment,
  PaymentStatus, SupplementRequest, UploadContentType,
} from '@dvc-kit/spec';
import type { Applicant, Currency, DossierFee, DossierForm, UploadContentType } from '@dvc-kit/spec';

/** A component of the dossier's case as snapshotted when the case was chosen. */
export interface ComponentSnapshot { id: string; name: string; required: boolean }

/** One `dossiers` row as the drivers return it. */
export interface DossierRow extends Record<string, unknown> {
  id: string;
  code: string | null;
  owner_sub: string;
  procedure_code: string;
  procedure_name: string;
  case_id: string;
  agency_id: string;
  status: DossierStatus;
  channel: ChannelKind;
  applicant: Applicant;
  components: ComponentSnapshot[];
  fees: DossierFee[];
  processing_time: ProcessingTime | null;
  payment_amount: number | null;
  payment_currency: Currency | null;
  created_at: Date;
  updated_at: Date;
  status_changed_at: Date;
  submitted_at: Date | null;
  due_at: Date | null;
  completed_at: Date | null;
  /** The online form's saved answers; null for a procedure without a form. */
  form: DossierForm | null;
}

export interface UploadRow extends Record<string, unknown> {
  id: string;
  owner_sub: string;
  dossier_id: string | null;
  component_id: string | null;
  file_name: string;
  declared_type: string | null;
  content_type: UploadContentType | null;
  size: number;
  upload_offset: number;
  expected_sha256: string | null;
  sha256: string | null;
  state: 'uploading' | 'complete';
  created_at: Date;
  completed_at: Date | null;
  attached_at: Date | null;
}
