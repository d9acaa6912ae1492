-- The home's improvement work and inspection records: actions (with status history and progress notes),
-- Reg 44 visits and recommendations, Reg 45 records, Ofsted inspections, recurring duties and
-- qualification deadlines for named staff.

CREATE TABLE reg44_visits (
  id INTEGER PRIMARY KEY,
  home_id INTEGER NOT NULL REFERENCES homes (id) ON DELETE CASCADE,
  visited_on TEXT NOT NULL CHECK (visited_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  visitor TEXT NOT NULL DEFAULT '',
  report_received_on TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX reg44_visits_home ON reg44_visits (home_id, visited_on);

CREATE TABLE reg44_recommendations (
  id INTEGER PRIMARY KEY,
  visit_id INTEGER NOT NULL REFERENCES reg44_visits (id) ON DELETE CASCADE,
  text TEXT NOT NULL CHECK (length(text) >= 1),
  respond_by TEXT,
  response TEXT NOT NULL DEFAULT '',
  responded_on TEXT
);
CREATE INDEX reg44_recommendations_visit ON reg44_recommendations (visit_id);

-- Replaces reg45_reviews: the bare completion dates move into full records.
CREATE TABLE reg45_records (
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
);
INSERT INTO reg45_records (home_id, completed_on) SELECT home_id, completed_on FROM reg45_reviews;
DROP TABLE reg45_reviews;

CREATE TABLE ofsted_inspections (
  id INTEGER PRIMARY KEY,
  home_id INTEGER NOT NULL REFERENCES homes (id) ON DELETE CASCADE,
  inspected_on TEXT NOT NULL CHECK (inspected_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  kind TEXT NOT NULL CHECK (kind IN ('full', 'interim', 'monitoring', 'other')),
  experiences_and_progress INTEGER CHECK (experiences_and_progress BETWEEN 1 AND 4),
  helped_and_protected INTEGER CHECK (helped_and_protected BETWEEN 1 AND 4),
  leaders_and_managers INTEGER CHECK (leaders_and_managers BETWEEN 1 AND 4),
  interim_outcome TEXT CHECK (interim_outcome IN ('improved', 'sustained', 'declined')),
  report_url TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ofsted_inspections_home ON ofsted_inspections (home_id, inspected_on);

CREATE TABLE ofsted_items (
  id INTEGER PRIMARY KEY,
  inspection_id INTEGER NOT NULL REFERENCES ofsted_inspections (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('requirement', 'recommendation')),
  regulation TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL CHECK (length(text) >= 1),
  comply_by TEXT
);
CREATE INDEX ofsted_items_inspection ON ofsted_items (inspection_id);

CREATE TABLE actions (
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
);
CREATE INDEX actions_home ON actions (home_id, status, due_on);

-- Every change of status, when and by whom.
CREATE TABLE action_events (
  id INTEGER PRIMARY KEY,
  action_id INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
  by_name TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX action_events_action ON action_events (action_id);

CREATE TABLE action_notes (
  id INTEGER PRIMARY KEY,
  action_id INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
  noted_on TEXT NOT NULL,
  by_name TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL CHECK (length(text) >= 1),
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX action_notes_action ON action_notes (action_id);

-- Recurring duties: the built-in ones (key set, defined in code) and the home's own (key NULL).
CREATE TABLE duties (
  id INTEGER PRIMARY KEY,
  home_id INTEGER NOT NULL REFERENCES homes (id) ON DELETE CASCADE,
  builtin_key TEXT,
  title TEXT NOT NULL DEFAULT '',
  every_months INTEGER CHECK (every_months BETWEEN 1 AND 120),
  last_done_on TEXT,
  -- For a one-off duty (such as the manager's registration): the date it must be done by.
  due_on TEXT,
  UNIQUE (home_id, builtin_key)
);

-- Level 3 / Level 5 deadlines for named staff. Kept apart so a staff list can replace the names later.
CREATE TABLE staff_qualifications (
  id INTEGER PRIMARY KEY,
  home_id INTEGER NOT NULL REFERENCES homes (id) ON DELETE CASCADE,
  person TEXT NOT NULL CHECK (length(person) >= 1),
  level INTEGER NOT NULL CHECK (level IN (3, 5)),
  started_on TEXT NOT NULL,
  achieved_on TEXT
);
