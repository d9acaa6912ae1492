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

