-- The editor's desk: staff accounts, their sessions, sign-in throttling,
-- one-time setup tokens and the audit log. Secrets are stored
-- only as hashes (sessions, setup tokens) or argon2id (passwords).
CREATE TABLE users (
  id bigserial PRIMARY KEY,
  email text NOT NULL CHECK (email = btrim(email) AND email LIKE '%_@_%'),
  role text NOT NULL CHECK (role IN ('admin', 'editor', 'viewer')),
  -- argon2id (PHC string); null until the person sets a password on their setup link
  password_hash text,
  -- base32 TOTP secret; enrolled only once a code from it was accepted
  totp_secret text,
  totp_enabled_at timestamptz,
  -- the desk's language for this person (ko, en, ja); null follows the browser
  locale text,
  created_at timestamptz NOT NULL DEFAULT now(),
  disabled_at timestamptz
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE sessions (
  -- sha256 of the cookie's random value: a stolen table opens no session
  id_hash text PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  -- false while the second factor is still to be given
  verified boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  idle_expires_at timestamptz NOT NULL,
  absolute_expires_at timestamptz NOT NULL,
  address text,
  user_agent text
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Failed sign-ins per key ('account:<email>' or 'address:<ip>'), forgotten after a success
CREATE TABLE login_throttle (
  key text PRIMARY KEY,
  failures integer NOT NULL,
  last_failure_at timestamptz NOT NULL
);

CREATE TABLE setup_tokens (
  token_hash text PRIMARY KEY,
  -- null: the first admin's token, printed on the server's console while no user exists
  user_id bigint REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

-- Site settings (desk.requireTwoFactor …) live in the existing `settings` table (001).

-- Every desk and CLI action. Rows are only ever added.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  -- no foreign key: the row outlives the account
  actor_user_id bigint,
  -- the person's email, or 'cli', or 'setup'
  actor text NOT NULL,
  via text NOT NULL CHECK (via IN ('desk', 'cli')),
  action text NOT NULL,
  target_type text,
  target_id text,
  before jsonb,
  after jsonb
);
CREATE INDEX audit_log_at ON audit_log (id DESC);

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is insert-only: rows are never changed or removed';
END
$$;
CREATE TRIGGER audit_log_insert_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
