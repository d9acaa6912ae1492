-- The provider hub (opt-in). A home with no hub_connections row is not connected, and nothing is ever
-- queued for it: the app behaves exactly as without a hub.
CREATE TABLE hub_connections (
  home_id INTEGER PRIMARY KEY REFERENCES homes (id) ON DELETE CASCADE,
  hub_url TEXT NOT NULL CHECK (length(hub_url) BETWEEN 8 AND 500),
  -- The hub's id for this home, and the credential the hub gave it at enrolment (it can write only
  -- this home's publications). The database is encrypted with the data key.
  hub_home_id TEXT NOT NULL,
  credential TEXT NOT NULL,
  connected_at TEXT NOT NULL,
  -- The first failed send since the last success, so the screen can say "offline since".
  offline_since TEXT,
  last_sent_at TEXT,
  last_error TEXT NOT NULL DEFAULT '',
  -- The local authority this home chose to share its judgements with, or NULL: the hub lets only that
  -- authority's commissioners see the home.
  shares_with TEXT CHECK (shares_with IS NULL OR length(shares_with) BETWEEN 1 AND 200)
) STRICT;

-- What is waiting to go, and what went. Written in the same transaction as the record it publishes.
CREATE TABLE hub_outbox (
  -- The publication's id (a UUID): the hub stores a publication once however often it arrives.
  id TEXT PRIMARY KEY,
  home_id INTEGER NOT NULL REFERENCES homes (id) ON DELETE CASCADE,
  -- 1, 2, 3… per home: the hub applies them in this order.
  seq INTEGER NOT NULL CHECK (seq >= 1),
  kind TEXT NOT NULL,
  body TEXT NOT NULL CHECK (json_valid(body)),
  created_at TEXT NOT NULL,
  sent_at TEXT,
  UNIQUE (home_id, seq)
) STRICT;
CREATE INDEX hub_outbox_waiting ON hub_outbox (home_id, seq) WHERE sent_at IS NULL;
