-- Dossiers, their status history, uploads, supplement requests, payments, idempotency keys and
-- webhooks. Times are written by the application from its injectable clock (never now()), so
-- tests and the simulated officer control time.

CREATE TABLE dossiers (
  id uuid PRIMARY KEY,
  code text UNIQUE,                       -- {agency}-{yyMMdd}-{NNNN}, set on submit
  owner_sub text NOT NULL,                -- the signed-in account that created it (owner-only access)
  procedure_code text NOT NULL,
  procedure_name text NOT NULL,
  case_id text NOT NULL,
  agency_id text NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'submitted', 'received', 'rejected', 'processing',
    'awaiting_supplement', 'awaiting_payment', 'withdrawn', 'suspended', 'processed', 'returned')),
  channel text NOT NULL CHECK (channel IN ('online', 'in_person', 'postal')),
  applicant jsonb NOT NULL,
  components jsonb NOT NULL,              -- the chosen case's components [{id, name, required}], a snapshot
  fees jsonb NOT NULL,                    -- [{name, amount, currency}] of the chosen channel
  processing_time jsonb,                  -- Duration {value, unit, text} of the chosen channel
  payment_amount bigint,                  -- what an awaiting_payment request asks for
  payment_currency text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  status_changed_at timestamptz NOT NULL, -- the officer's clock runs from here
  submitted_at timestamptz,
  due_at timestamptz,
  completed_at timestamptz                -- first time it reached 'processed' (on-time statistics)
);
CREATE INDEX dossiers_owner_idx ON dossiers (owner_sub, created_at DESC);
CREATE INDEX dossiers_status_idx ON dossiers (status, status_changed_at);
CREATE INDEX dossiers_agency_idx ON dossiers (agency_id);

-- Every status change, written in the same transaction as the change itself.
CREATE TABLE dossier_events (
  id bigserial PRIMARY KEY,
  dossier_id uuid NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
  status text NOT NULL,
  actor text NOT NULL CHECK (actor IN ('applicant', 'officer', 'system')),
  note text,
  at timestamptz NOT NULL,
  due_at timestamptz
);
CREATE INDEX dossier_events_dossier_idx ON dossier_events (dossier_id, id);

-- One row per agency and day: the last sequence number handed out in dossier codes.
CREATE TABLE dossier_code_sequences (
  agency_id text NOT NULL,
  day text NOT NULL,                      -- yyMMdd in Vietnam time
  last_value integer NOT NULL,
  PRIMARY KEY (agency_id, day)
);

-- tus uploads. The bytes live in <dataDir>/uploads; this row is who owns them and what they are.
CREATE TABLE uploads (
  id uuid PRIMARY KEY,
  owner_sub text NOT NULL,
  dossier_id uuid REFERENCES dossiers (id) ON DELETE SET NULL,
  component_id text,
  file_name text NOT NULL,                -- sanitised, never a path
  declared_type text,                     -- what the client said (metadata filetype)
  content_type text,                      -- what the magic bytes say, once complete
  size bigint NOT NULL,
  upload_offset bigint NOT NULL DEFAULT 0,
  expected_sha256 text,                   -- metadata sha256 from the client
  sha256 text,                            -- recomputed on completion
  state text NOT NULL CHECK (state IN ('uploading', 'complete')),
  created_at timestamptz NOT NULL,
  completed_at timestamptz,
  attached_at timestamptz                 -- set while attached to dossier_id / component_id
);
CREATE INDEX uploads_dossier_idx ON uploads (dossier_id);

CREATE TABLE supplement_requests (
  id uuid PRIMARY KEY,
  dossier_id uuid NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
  component_ids jsonb NOT NULL,
  note text NOT NULL,
  requested_at timestamptz NOT NULL,
  due_at timestamptz,
  answered_at timestamptz,
  answer_note text
);
CREATE INDEX supplement_requests_dossier_idx ON supplement_requests (dossier_id, requested_at);

CREATE TABLE payments (
  id uuid PRIMARY KEY,
  dossier_id uuid NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
  owner_sub text NOT NULL,
  reference text NOT NULL UNIQUE,
  amount bigint NOT NULL,
  currency text NOT NULL CHECK (currency IN ('VND', 'USD')),
  status text NOT NULL CHECK (status IN ('initiated', 'succeeded', 'failed', 'cancelled')),
  return_url text,
  created_at timestamptz NOT NULL,
  completed_at timestamptz
);
CREATE INDEX payments_dossier_idx ON payments (dossier_id, created_at);

-- A retried POST with the same key and body gets the first response back; a different body is refused.
CREATE TABLE idempotency_keys (
  owner_sub text NOT NULL,
  key text NOT NULL,
  fingerprint text NOT NULL,              -- sha256 of method, path and canonical body
  status_code integer NOT NULL,
  response text NOT NULL,                 -- the exact JSON body first sent
  created_at timestamptz NOT NULL,
  PRIMARY KEY (owner_sub, key)
);

CREATE TABLE webhook_subscriptions (
  id uuid PRIMARY KEY,
  owner_sub text NOT NULL,
  url text NOT NULL,
  events jsonb NOT NULL,
  secret text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX webhook_subscriptions_owner_idx ON webhook_subscriptions (owner_sub);

-- Outbox: one row per subscription and event, written with the status change, sent by the dispatcher.
CREATE TABLE webhook_deliveries (
  id uuid PRIMARY KEY,
  subscription_id uuid NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
  event_id uuid NOT NULL,
  payload text NOT NULL,                  -- the exact JSON body, signed at send time
  state text NOT NULL CHECK (state IN ('pending', 'delivered', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  last_status integer,
  last_error text,
  created_at timestamptz NOT NULL,
  delivered_at timestamptz
);
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (state, next_attempt_at);
