-- The answers of a dossier's online form: {id, version, data}, saved as the applicant goes
-- (partial answers too) and checked in full on submit. NULL for a procedure without a form.
ALTER TABLE dossiers ADD COLUMN form jsonb;
