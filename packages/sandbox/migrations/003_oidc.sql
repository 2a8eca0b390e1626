-- State of the sandbox's OpenID provider (oidc-provider): sessions, interactions, grants, codes and
-- tokens, one row per stored model instance, so sign-ins and issued tokens survive a restart and are
-- shared by every instance on the same database.
CREATE TABLE IF NOT EXISTS oidc_models (
  model      text        NOT NULL,  -- oidc-provider model name: 'Session', 'AccessToken', ...
  id         text        NOT NULL,  -- the instance's id (for opaque tokens, the token value)
  payload    jsonb       NOT NULL,
  expires_at timestamptz,           -- null: no expiry
  grant_id   text,                  -- lets a grant's codes and tokens be revoked together
  uid        text,                  -- sessions are also looked up by uid
  user_code  text,                  -- device flow codes are looked up by user code
  PRIMARY KEY (model, id)
);
CREATE INDEX IF NOT EXISTS oidc_models_grant_id ON oidc_models (model, grant_id) WHERE grant_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS oidc_models_uid ON oidc_models (model, uid) WHERE uid IS NOT NULL;
CREATE INDEX IF NOT EXISTS oidc_models_user_code ON oidc_models (model, user_code) WHERE user_code IS NOT NULL;
CREATE INDEX IF NOT EXISTS oidc_models_expires_at ON oidc_models (expires_at) WHERE expires_at IS NOT NULL;

-- Secrets the provider generates once: cookie signing keys and the token signing key set. Kept in
-- the database (which PGlite keeps in the data folder) so every instance signs with the same keys.
CREATE TABLE IF NOT EXISTS oidc_secrets (
  name       text        PRIMARY KEY,
  value      jsonb       NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
