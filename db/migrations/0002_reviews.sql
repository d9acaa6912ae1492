-- Quarterly self-assessment reviews against a versioned framework.

-- Indicators a home adds for itself; copied into each review started after they were added.
CREATE TABLE custom_indicators (
  id INTEGER PRIMARY KEY,
  home_id INTEGER NOT NULL REFERENCES homes (id) ON DELETE CASCADE,
  domain_key TEXT NOT NULL,
  statement TEXT NOT NULL CHECK (length(statement) BETWEEN 1 AND 500),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX custom_indicators_home ON custom_indicators (home_id);

CREATE TABLE reviews (
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
);

-- One row per indicator in the review: the set is fixed when the review starts, so later framework
-- versions and later home-specific indicators never change it.
CREATE TABLE review_indicators (
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
);

CREATE TABLE review_domains (
  review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  domain_key TEXT NOT NULL,
  judgement INTEGER CHECK (judgement BETWEEN 1 AND 4),
  rationale TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (review_id, domain_key)
);

-- The review's history: started, completed, reopened (with the reason).
CREATE TABLE review_events (
  id INTEGER PRIMARY KEY,
  review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('started', 'completed', 'reopened')),
  by_name TEXT,
  reason TEXT,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX review_events_review ON review_events (review_id);
