-- Private ratings keep no order of who rated when (issue 21, 0.4). A rating sheet was numbered in the
-- order people rated and stamped to the millisecond, so the data file, its backups and an export told,
-- while the round was open, which sheet came from whom (the manager could see names appear one by
-- one). The reveal needs only each sheet's ratings: the time goes, every sheet gets a random number,
-- and the ratings are held WITHOUT ROWID (in key order), so no hidden rowid keeps the order either.
CREATE TEMP TABLE sheet_numbers AS
  SELECT id AS old_id, abs(random() % 4503599627370496) + 1 AS new_id FROM team_sheets;

CREATE TABLE team_sheets__unordered (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL REFERENCES team_rounds (id) ON DELETE CASCADE,
  from_paper INTEGER NOT NULL DEFAULT 0 CHECK (from_paper IN (0, 1))
) STRICT;
INSERT INTO team_sheets__unordered (id, round_id, from_paper)
  SELECT n.new_id, s.round_id, s.from_paper FROM team_sheets s JOIN sheet_numbers n ON n.old_id = s.id
  ORDER BY n.new_id;

CREATE TABLE team_ratings__unordered (
  sheet_id INTEGER NOT NULL REFERENCES team_sheets (id) ON DELETE CASCADE,
  indicator_key TEXT NOT NULL,
  rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 4),
  PRIMARY KEY (sheet_id, indicator_key)
) STRICT, WITHOUT ROWID;
INSERT INTO team_ratings__unordered (sheet_id, indicator_key, rating)
  SELECT n.new_id, t.indicator_key, t.rating FROM team_ratings t JOIN sheet_numbers n ON n.old_id = t.sheet_id;

DROP TABLE team_ratings;
DROP TABLE team_sheets;
ALTER TABLE team_sheets__unordered RENAME TO team_sheets;
ALTER TABLE team_ratings__unordered RENAME TO team_ratings;
CREATE INDEX team_sheets_round ON team_sheets (round_id);
DROP TABLE temp.sheet_numbers;
