-- The home's staff team (issue 10). Numbered 0008 because the strict-tables work takes 0007; on a
-- branch without it the step runs as version 7 (see index.ts). Tables are STRICT from the start.

-- Who works in the home: used for action owners, team meetings and (later) appraisals and qualifications.
CREATE TABLE staff (
  id INTEGER PRIMARY KEY,
  home_id INTEGER NOT NULL REFERENCES homes (id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
  role TEXT NOT NULL DEFAULT '' CHECK (length(role) <= 200),
  started_on TEXT CHECK (started_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left')),
  left_on TEXT CHECK (left_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX staff_home ON staff (home_id, status, name);

-- The manager's PIN, which ends locked mode: only a salted scrypt hash is kept, never the PIN.
CREATE TABLE manager_pin (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  salt BLOB NOT NULL,
  hash BLOB NOT NULL,
  set_at TEXT NOT NULL
) STRICT;

-- Wrong PINs in a row, and until when the next try must wait: kept here so a restart does not reset them.
CREATE TABLE pin_attempts (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  wrong_in_a_row INTEGER NOT NULL DEFAULT 0,
  blocked_until TEXT
) STRICT;

-- Locked mode (private rating, children's surveys): while this row exists the app answers only what the
-- mode allows, even after a restart. The mode is checked by the contract, so new modes need no migration.
CREATE TABLE locked_mode (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  mode TEXT NOT NULL,
  home_id INTEGER NOT NULL REFERENCES homes (id) ON DELETE CASCADE,
  subject_id INTEGER,
  locked_at TEXT NOT NULL
) STRICT;
