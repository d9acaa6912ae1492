-- Tracking over time: the home's quarterly figures, Reg 45 review dates and acknowledged alerts.

CREATE TABLE quarterly_metrics (
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
  PRIMARY KEY (home_id, quarter)
);

CREATE TABLE reg45_reviews (
  id INTEGER PRIMARY KEY,
  home_id INTEGER NOT NULL REFERENCES homes (id) ON DELETE CASCADE,
  completed_on TEXT NOT NULL CHECK (completed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  UNIQUE (home_id, completed_on)
);

CREATE TABLE alert_acknowledgements (
  home_id INTEGER NOT NULL REFERENCES homes (id) ON DELETE CASCADE,
  alert_key TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  acknowledged_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (home_id, alert_key)
);

-- Completed reviews are read by home and quarter for every dashboard.
CREATE INDEX reviews_home_status_quarter ON reviews (home_id, status, quarter);
