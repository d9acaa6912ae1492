-- The home's staff team and its team meetings (issue 10). Tables are STRICT from the start.

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

-- A team rating round for one review: the domains staff rate in private before the team meeting
-- (an empty list means every domain).
CREATE TABLE team_rounds (
  id INTEGER PRIMARY KEY,
  review_id INTEGER NOT NULL UNIQUE REFERENCES reviews (id) ON DELETE CASCADE,
  domain_keys TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(domain_keys)),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

-- One finished rating sheet. staff_id is null for a rater who stayed anonymous; from_paper marks answers
-- the manager typed in from a printed sheet. Sheets are only ever shown as counts, never one by one.
CREATE TABLE team_sheets (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL REFERENCES team_rounds (id) ON DELETE CASCADE,
  staff_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,
  from_paper INTEGER NOT NULL DEFAULT 0 CHECK (from_paper IN (0, 1)),
  finished_at TEXT NOT NULL
) STRICT;
CREATE INDEX team_sheets_round ON team_sheets (round_id);

-- 0 is "don't know" (not enough evidence), left out of the median.
CREATE TABLE team_ratings (
  sheet_id INTEGER NOT NULL REFERENCES team_sheets (id) ON DELETE CASCADE,
  indicator_key TEXT NOT NULL,
  rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 4),
  PRIMARY KEY (sheet_id, indicator_key)
) STRICT;

-- The team meeting about one review: the agenda's order and added items, and the meeting's record.
CREATE TABLE team_meetings (
  review_id INTEGER PRIMARY KEY REFERENCES reviews (id) ON DELETE CASCADE,
  agenda_order TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(agenda_order)),
  added_items TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(added_items)),
  held_on TEXT CHECK (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  attendees TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT ''
) STRICT;

-- Ratings agreed in the meeting. Each agreement is kept, with the rating it replaced, so the review's
-- history shows what the manager had before the team agreed.
CREATE TABLE agreed_ratings (
  id INTEGER PRIMARY KEY,
  review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  indicator_key TEXT NOT NULL,
  rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 4),
  earlier_rating INTEGER CHECK (earlier_rating BETWEEN 0 AND 4),
  reasoning TEXT NOT NULL,
  agreed_at TEXT NOT NULL
) STRICT;
CREATE INDEX agreed_ratings_review ON agreed_ratings (review_id, indicator_key);
