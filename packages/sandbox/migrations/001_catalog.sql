-- Catalog: agencies, fields and procedures, plus what search needs.
-- Search runs in plain SQL with no extension, so PGlite and PostgreSQL rank identically:
-- the application folds text with fold() (NFD, strip marks, đ -> d, lowercase) when it writes a
-- row, and stores the folded words as arrays searched through a GIN index. Typo tolerance
-- looks up one-edit variants of each query word in the `search_terms` vocabulary.

CREATE TABLE agencies (
  id text PRIMARY KEY,            -- QCVN 102 code, e.g. 000.00.00.H56
  name text NOT NULL,
  level text NOT NULL CHECK (level IN ('ministry', 'province', 'commune', 'other')),
  parent_id text
);

CREATE TABLE fields (
  id text PRIMARY KEY,            -- slug, e.g. ho-tich
  name text NOT NULL
);

CREATE TABLE procedures (
  code text PRIMARY KEY,          -- 1.001193, or 1.001193.000.00.00.H56 for a local variant
  name text NOT NULL,
  field_id text NOT NULL REFERENCES fields (id),
  agency_id text NOT NULL REFERENCES agencies (id),
  levels text[] NOT NULL,
  online_level text NOT NULL CHECK (online_level IN ('full', 'partial', 'info')),
  decision_no text,
  document jsonb NOT NULL         -- the whole Procedure as the API serves it
);

-- One narrow row per procedure with only what search reads, kept apart from the large
-- documents so scanning and ranking many matches stays cheap.
CREATE TABLE procedure_search (
  code text PRIMARY KEY REFERENCES procedures (code) ON DELETE CASCADE,
  field_id text NOT NULL,
  agency_id text NOT NULL,
  levels text[] NOT NULL,
  online_level text NOT NULL,
  summary jsonb NOT NULL,         -- the ProcedureSummary a result list shows
  name_length integer NOT NULL,
  code_lower text NOT NULL,       -- lower(code), for typed-code prefix matches
  name_lower text NOT NULL,       -- lowercased words of the name, diacritics kept, one space apart
  name_folded text NOT NULL,      -- folded words of the name, one space apart
  name_terms text[] NOT NULL,     -- distinct folded words of the name
  name_words text[] NOT NULL,     -- distinct lowercased words of the name, diacritics kept
  terms text[] NOT NULL           -- distinct folded words of code, name, field and agency
);

CREATE INDEX procedure_search_terms_idx ON procedure_search USING gin (terms);
CREATE INDEX procedure_search_field_idx ON procedure_search (field_id);
CREATE INDEX procedure_search_agency_idx ON procedure_search (agency_id);
CREATE INDEX procedure_search_code_lower_idx ON procedure_search (code_lower text_pattern_ops);

-- Every folded word in the catalog with how many procedures contain it.
CREATE TABLE search_terms (
  term text PRIMARY KEY,
  doc_count integer NOT NULL
);
CREATE INDEX search_terms_prefix_idx ON search_terms (term text_pattern_ops);

-- Where the loaded catalog came from (seed, or an imported file with its size and mtime),
-- so a restart skips re-importing an unchanged file.
CREATE TABLE catalog_meta (
  key text PRIMARY KEY,
  value text NOT NULL
);
