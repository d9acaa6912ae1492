-- The hub's own tables. Every row a provider's people may read carries provider_id, copied from the
-- home at ingest (never taken from a publication), so row-level security needs no joins.

CREATE TABLE providers (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  provider_id bigint NOT NULL REFERENCES providers (id),
  email text NOT NULL UNIQUE CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('provider_admin', 'ri', 'quality_lead', 'commissioner')),
  -- A commissioner reads only homes that chose to share with this local authority.
  local_authority text CHECK ((role = 'commissioner') = (local_authority IS NOT NULL)),
  failed_attempts integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Only a hash of each session token is kept, so a copy of the database signs no one in.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE homes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  provider_id bigint NOT NULL REFERENCES providers (id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  -- SHA-256 of the home's credential (32 random bytes, so a slow hash adds nothing).
  credential_hash text UNIQUE,
  enrolled_at timestamptz,
  revoked_at timestamptz,
  -- The home's own choice, published by the home: the local authority it shares with, or none.
  shares_with_local_authority text,
  -- Publications apply in order: the last one applied, per home.
  last_applied_seq bigint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX homes_provider ON homes (provider_id);

CREATE TABLE enrolment_codes (
  code_hash text PRIMARY KEY,
  home_id uuid NOT NULL REFERENCES homes (id),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

-- Every publication as it arrived, stored once by its id; applied in seq order per home.
CREATE TABLE publications (
  id uuid PRIMARY KEY,
  home_id uuid NOT NULL REFERENCES homes (id),
  provider_id bigint NOT NULL REFERENCES providers (id),
  seq bigint NOT NULL CHECK (seq >= 1),
  kind text NOT NULL,
  payload jsonb NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  applied_at timestamptz,
  UNIQUE (home_id, seq)
);

CREATE TABLE home_reviews (
  home_id uuid NOT NULL REFERENCES homes (id),
  provider_id bigint NOT NULL REFERENCES providers (id),
  quarter text NOT NULL CHECK (quarter ~ '^[0-9]{4}-Q[1-4]$'),
  status text NOT NULL CHECK (status IN ('signed_off', 'reopened')),
  signed_on date,
  overall smallint CHECK (overall BETWEEN 1 AND 4),
  experiences_and_progress smallint CHECK (experiences_and_progress BETWEEN 1 AND 4),
  helped_and_protected smallint CHECK (helped_and_protected BETWEEN 1 AND 4),
  leaders_and_managers smallint CHECK (leaders_and_managers BETWEEN 1 AND 4),
  -- The judgements' reasons, the domains' judgements and reasons, the indicator ratings.
  detail jsonb NOT NULL,
  PRIMARY KEY (home_id, quarter)
);
CREATE INDEX home_reviews_provider ON home_reviews (provider_id, quarter);

CREATE TABLE home_actions (
  home_id uuid NOT NULL REFERENCES homes (id),
  provider_id bigint NOT NULL REFERENCES providers (id),
  ref bigint NOT NULL,
  title text NOT NULL,
  owner text NOT NULL,
  due_on date NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
  PRIMARY KEY (home_id, ref)
);
CREATE INDEX home_actions_provider ON home_actions (provider_id, status, due_on);

-- Reg 44 responses, Ofsted requirements and Reg 45 reports to Ofsted: what is due and when it was done.
CREATE TABLE home_statutory_items (
  home_id uuid NOT NULL REFERENCES homes (id),
  provider_id bigint NOT NULL REFERENCES providers (id),
  kind text NOT NULL CHECK (kind IN ('reg44_response', 'ofsted_requirement', 'reg45_report')),
  ref text NOT NULL,
  title text NOT NULL,
  due_on date NOT NULL,
  done_on date,
  PRIMARY KEY (home_id, kind, ref)
);
CREATE INDEX home_statutory_items_provider ON home_statutory_items (provider_id, due_on);
