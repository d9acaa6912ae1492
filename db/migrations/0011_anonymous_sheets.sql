-- Nothing links a rater to their ratings (issue 10; "never store who rated what"). A rating sheet kept
-- the staff id of a rater who gave their name; it no longer does. Who took part is kept, if they gave
-- a name, as a list per round with no link to any sheet: it tells the manager who has rated and stops
-- the same person rating twice. WITHOUT ROWID, so the list is held in key order and never records the
-- order people rated in (which, beside the sheets' order, would link names to sheets again).
CREATE TABLE team_round_raters (
  round_id INTEGER NOT NULL REFERENCES team_rounds (id) ON DELETE CASCADE,
  staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  PRIMARY KEY (round_id, staff_id)
) STRICT, WITHOUT ROWID;
INSERT INTO team_round_raters (round_id, staff_id)
  SELECT DISTINCT round_id, staff_id FROM team_sheets WHERE staff_id IS NOT NULL;

-- The sheets keep their ids (their ratings point at them), from_paper and finished_at; staff_id goes.
CREATE TABLE team_sheets__anonymous (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL REFERENCES team_rounds (id) ON DELETE CASCADE,
  from_paper INTEGER NOT NULL DEFAULT 0 CHECK (from_paper IN (0, 1)),
  finished_at TEXT NOT NULL
) STRICT;
INSERT INTO team_sheets__anonymous (id, round_id, from_paper, finished_at)
  SELECT id, round_id, from_paper, finished_at FROM team_sheets;
DROP TABLE team_sheets;
ALTER TABLE team_sheets__anonymous RENAME TO team_sheets;
CREATE INDEX team_sheets_round ON team_sheets (round_id);
