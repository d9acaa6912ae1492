-- Every existing table becomes STRICT: a value of the wrong type is refused instead of stored.
-- SQLite cannot change a table in place, so each is rebuilt (the documented steps): a STRICT copy with the
-- same columns, constraints and foreign keys, the rows copied, the old table dropped, the copy renamed,
-- its indexes made again. It covers every table of migrations 0001 to 0006; tables added after it are
-- created STRICT themselves. There are no triggers or views to make again. migrate() runs this with
-- foreign keys off and checks them all before COMMIT, and takes a backup first, as for every migration.

CREATE TABLE homes__strict (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  urn TEXT CHECK (urn IS NULL OR length(urn) <= 12),
  registered_manager TEXT CHECK (registered_manager IS NULL OR length(registered_manager) <= 120),
  places INTEGER NOT NULL CHECK (places BETWEEN 1 AND 99),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
INSERT INTO homes__strict SELECT * FROM homes;
DROP TABLE homes;
ALTER TABLE homes__strict RENAME TO homes;

CREATE TABLE preferences__strict (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
INSERT INTO preferences__strict SELECT * FROM preferences;
DROP TABLE preferences;
ALTER TABLE preferences__strict RENAME TO preferences;

CREATE TABLE custom_indicators__strict (
  id INTEGER PRIMARY KEY,
  home_id INTEGER NOT NULL REFERENCES homes (id) ON DELETE CASCADE,
  domain_key TEXT NOT NULL,
  statement TEXT NOT NULL CHECK (length(statement) BETWEEN 1 AND 500),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
INSERT INTO custom_indicators__strict SELECT * FROM custom_indicators;
DROP TABLE custom_indicators;
ALTER TABLE custom_indicators__strict RENAME TO custom_indicators;

CREATE TABLE reviews__strict (
  id INTEGER PRIMARY KEY,
  home_id INTEGER NOT NULL REFERENCES homes (id) ON DELETE CASCADE,
  quarter TEXT NOT NULL CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
  framework_version INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'completed')),
  strengths TEXT NOT NULL DEFAULT '',
  improvements TEXT NOT NULL DEFAULT '',
  overall INTEGER CHECK (overall BETWEEN 1 AND 4),
  signed_by_name TEXT,
  signed_by_role TEXT,
  signed_on TEXT,
  completed_at TEXT,
  position_domain TEXT,
  position_indicator TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (home_id, quarter)
) STRICT;
INSERT INTO reviews__strict SELECT * FROM reviews;
DROP TABLE reviews;
ALTER TABLE reviews__strict RENAME TO reviews;

CREATE TABLE review_indicators__strict (
  review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  indicator_key TEXT NOT NULL,
  domain_key TEXT NOT NULL,
  position INTEGER NOT NULL,
  custom_statement TEXT,
  rating INTEGER CHECK (rating BETWEEN 0 AND 4),
  note TEXT NOT NULL DEFAULT '',
  sources TEXT NOT NULL DEFAULT '[]',
  other_source TEXT NOT NULL DEFAULT '',
  discuss INTEGER NOT NULL DEFAULT 0 CHECK (discuss IN (0, 1)),
  updated_at TEXT,
  PRIMARY KEY (review_id, indicator_key)
) STRICT;
INSERT INTO review_indicators__strict SELECT * FROM review_indicators;
DROP TABLE review_indicators;
ALTER TABLE review_indicators__strict RENAME TO review_indicators;

CREATE TABLE review_domains__strict (
  review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  domain_key TEXT NOT NULL,
  judgement INTEGER CHECK (judgement BETWEEN 1 AND 4),
  rationale TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (review_id, domain_key)
) STRICT;
INSERT INTO review_domains__strict SELECT * FROM review_domains;
DROP TABLE review_domains;
ALTER TABLE review_domains__strict RENAME TO review_domains;

CREATE TABLE review_events__strict (
  id INTEGER PRIMARY KEY,
  review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('started', 'completed', 'reopened')),
  by_name TEXT,
  reason TEXT,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
INSERT INTO review_events__strict SELECT * FROM review_events;
DROP TABLE review_events;
ALTER TABLE review_events__strict RENAME TO review_events;

CREATE TABLE quarterly_metrics__strict (
  home_id INTEGER NOT NULL REFERENCES homes (id) ON DELETE CASCADE,
  quarter TEXT NOT NULL CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
  staff_at_start INTEGER, staff_at_end INTEGER, staff_joined INTEGER, staff_left INTEGER,
  staff_year_ago INTEGER, staff_year_ago_still_here INTEGER,
  fte_filled REAL, fte_vacant REAL,
  shifts_total INTEGER, shifts_agency INTEGER, shifts_bank INTEGER,
  manager_months_in_post INTEGER, days_without_manager INTEGER,
  supervisions_due INTEGER, supervisions_held INTEGER,
  training_required INTEGER, training_in_date INTEGER,
  children_at_start INTEGER, children_at_end INTEGER, keyworker_changes INTEGER, occupied_bed_nights INTEGER,
  sessions_possible INTEGER, sessions_attended INTEGER,
  missing_episodes INTEGER, children_missing INTEGER, restraint_incidents INTEGER,
  complaints INTEGER, complaints_upheld INTEGER, childrens_meetings INTEGER,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  -- Added by figures-v2, so after updated_at: the copy keeps the column order SELECT * relies on.
  manager_status TEXT
    CHECK (manager_status IS NULL OR manager_status IN ('registered', 'pending', 'none')),
  restraint_children INTEGER, restraint_debriefed_in_time INTEGER, return_interviews_offered INTEGER,
  reg40_notifications INTEGER, admissions INTEGER, endings_planned INTEGER, endings_unplanned INTEGER,
  level3_staff INTEGER, health_assessments_in_date INTEGER, family_time_planned INTEGER,
  family_time_held INTEGER, familiar_cover_shifts INTEGER,
  PRIMARY KEY (home_id, quarter)
) STRICT;
INSERT INTO quarterly_metrics__strict SELECT * FROM quarterly_metrics;
DROP TABLE quarterly_metrics;
ALTER TABLE quarterly_metrics__strict RENAME TO quarterly_metrics;

CREATE TABLE alert_acknowledgements__strict (
  home_id INTEGER NOT NULL REFERENCES homes (id) ON DELETE CASCADE,
  alert_key TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  acknowledged_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (home_id, alert_key)
) STRICT;
INSERT INTO alert_acknowledgements__strict SELECT * FROM alert_acknowledgements;
DROP TABLE alert_acknowledgements;
ALTER TABLE alert_acknowledgements__strict RENAME TO alert_acknowledgements;

CREATE TABLE reg44_visits__strict (
  id INTEGER PRIMARY KEY,
  home_id INTEGER NOT NULL REFERENCES homes (id) ON DELETE CASCADE,
  visited_on TEXT NOT NULL CHECK (visited_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  visitor TEXT NOT NULL DEFAULT '',
  report_received_on TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
INSERT INTO reg44_visits__strict SELECT * FROM reg44_visits;
DROP TABLE reg44_visits;
ALTER TABLE reg44_visits__strict RENAME TO reg44_visits;

CREATE TABLE reg44_recommendations__strict (
  id INTEGER PRIMARY KEY,
  visit_id INTEGER NOT NULL REFERENCES reg44_visits (id) ON DELETE CASCADE,
  text TEXT NOT NULL CHECK (length(text) >= 1),
  respond_by TEXT,
  response TEXT NOT NULL DEFAULT '',
  responded_on TEXT
) STRICT;
INSERT INTO reg44_recommendations__strict SELECT * FROM reg44_recommendations;
DROP TABLE reg44_recommendations;
ALTER TABLE reg44_recommendations__strict RENAME TO reg44_recommendations;

CREATE TABLE reg45_records__strict (
  id INTEGER PRIMARY KEY,
  home_id INTEGER NOT NULL REFERENCES homes (id) ON DELETE CASCADE,
  period_start TEXT,
  period_end TEXT,
  completed_on TEXT NOT NULL CHECK (completed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  sent_to_ofsted_on TEXT,
  placing_authorities TEXT NOT NULL DEFAULT 'unknown'
    CHECK (placing_authorities IN ('unknown', 'sent', 'not_sent')),
  placing_authorities_sent_on TEXT,
  UNIQUE (home_id, completed_on)
) STRICT;
INSERT INTO reg45_records__strict SELECT * FROM reg45_records;
DROP TABLE reg45_records;
ALTER TABLE reg45_records__strict RENAME TO reg45_records;

CREATE TABLE ofsted_inspections__strict (
  id INTEGER PRIMARY KEY,
  home_id INTEGER NOT NULL REFERENCES homes (id) ON DELETE CASCADE,
  inspected_on TEXT NOT NULL CHECK (inspected_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  kind TEXT NOT NULL CHECK (kind IN ('full', 'interim', 'monitoring', 'other')),
  experiences_and_progress INTEGER CHECK (experiences_and_progress BETWEEN 1 AND 4),
  helped_and_protected INTEGER CHECK (helped_and_protected BETWEEN 1 AND 4),
  leaders_and_managers INTEGER CHECK (leaders_and_managers BETWEEN 1 AND 4),
  interim_outcome TEXT CHECK (interim_outcome IN ('improved', 'sustained', 'declined')),
  report_url TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO ofsted_inspections__strict SELECT * FROM ofsted_inspections;
DROP TABLE ofsted_inspections;
ALTER TABLE ofsted_inspections__strict RENAME TO ofsted_inspections;

CREATE TABLE ofsted_items__strict (
  id INTEGER PRIMARY KEY,
  inspection_id INTEGER NOT NULL REFERENCES ofsted_inspections (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('requirement', 'recommendation')),
  regulation TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL CHECK (length(text) >= 1),
  comply_by TEXT
) STRICT;
INSERT INTO ofsted_items__strict SELECT * FROM ofsted_items;
DROP TABLE ofsted_items;
ALTER TABLE ofsted_items__strict RENAME TO ofsted_items;

CREATE TABLE actions__strict (
  id INTEGER PRIMARY KEY,
  home_id INTEGER NOT NULL REFERENCES homes (id) ON DELETE CASCADE,
  title TEXT NOT NULL CHECK (length(title) >= 1),
  -- What it serves: an indicator, a domain judgement, one of the three SCCIF judgements, or nothing.
  link_kind TEXT CHECK (link_kind IN ('indicator', 'domain', 'sccif')),
  link_key TEXT,
  owner TEXT NOT NULL DEFAULT '',
  due_on TEXT NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
  completed_on TEXT,
  evidence TEXT NOT NULL DEFAULT '',
  drop_reason TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL CHECK (source IN
    ('review', 'team_meeting', 'reg44', 'reg45', 'ofsted_requirement', 'ofsted_recommendation', 'complaint', 'other')),
  review_id INTEGER REFERENCES reviews (id) ON DELETE SET NULL,
  reg44_recommendation_id INTEGER REFERENCES reg44_recommendations (id) ON DELETE SET NULL,
  ofsted_item_id INTEGER REFERENCES ofsted_items (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (status <> 'done' OR completed_on IS NOT NULL),
  CHECK ((link_kind IS NULL) = (link_key IS NULL))
) STRICT;
INSERT INTO actions__strict SELECT * FROM actions;
DROP TABLE actions;
ALTER TABLE actions__strict RENAME TO actions;

CREATE TABLE action_events__strict (
  id INTEGER PRIMARY KEY,
  action_id INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
  by_name TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
INSERT INTO action_events__strict SELECT * FROM action_events;
DROP TABLE action_events;
ALTER TABLE action_events__strict RENAME TO action_events;

CREATE TABLE action_notes__strict (
  id INTEGER PRIMARY KEY,
  action_id INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
  noted_on TEXT NOT NULL,
  by_name TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL CHECK (length(text) >= 1),
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
INSERT INTO action_notes__strict SELECT * FROM action_notes;
DROP TABLE action_notes;
ALTER TABLE action_notes__strict RENAME TO action_notes;

CREATE TABLE duties__strict (
  id INTEGER PRIMARY KEY,
  home_id INTEGER NOT NULL REFERENCES homes (id) ON DELETE CASCADE,
  builtin_key TEXT,
  title TEXT NOT NULL DEFAULT '',
  every_months INTEGER CHECK (every_months BETWEEN 1 AND 120),
  last_done_on TEXT,
  -- For a one-off duty (such as the manager's registration): the date it must be done by.
  due_on TEXT,
  UNIQUE (home_id, builtin_key)
) STRICT;
INSERT INTO duties__strict SELECT * FROM duties;
DROP TABLE duties;
ALTER TABLE duties__strict RENAME TO duties;

CREATE TABLE staff_qualifications__strict (
  id INTEGER PRIMARY KEY,
  home_id INTEGER NOT NULL REFERENCES homes (id) ON DELETE CASCADE,
  person TEXT NOT NULL CHECK (length(person) >= 1),
  level INTEGER NOT NULL CHECK (level IN (3, 5)),
  started_on TEXT NOT NULL,
  achieved_on TEXT
) STRICT;
INSERT INTO staff_qualifications__strict SELECT * FROM staff_qualifications;
DROP TABLE staff_qualifications;
ALTER TABLE staff_qualifications__strict RENAME TO staff_qualifications;

CREATE TABLE review_judgements__strict (
  review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  area TEXT NOT NULL CHECK (area IN ('experiences', 'protection', 'leadership')),
  judgement INTEGER CHECK (judgement BETWEEN 1 AND 4),
  -- The app's suggestion when the manager last saved, so a change from it can be shown with its reason.
  suggested INTEGER CHECK (suggested BETWEEN 1 AND 4),
  reason TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (review_id, area)
) STRICT;
INSERT INTO review_judgements__strict SELECT * FROM review_judgements;
DROP TABLE review_judgements;
ALTER TABLE review_judgements__strict RENAME TO review_judgements;

CREATE INDEX custom_indicators_home ON custom_indicators (home_id);
CREATE INDEX review_events_review ON review_events (review_id);
CREATE INDEX reviews_home_status_quarter ON reviews (home_id, status, quarter);
CREATE INDEX reg44_visits_home ON reg44_visits (home_id, visited_on);
CREATE INDEX reg44_recommendations_visit ON reg44_recommendations (visit_id);
CREATE INDEX ofsted_inspections_home ON ofsted_inspections (home_id, inspected_on);
CREATE INDEX ofsted_items_inspection ON ofsted_items (inspection_id);
CREATE INDEX actions_home ON actions (home_id, status, due_on);
CREATE INDEX action_events_action ON action_events (action_id);
CREATE INDEX action_notes_action ON action_notes (action_id);
