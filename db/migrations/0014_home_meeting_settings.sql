-- Team meeting settings (how many raters before a spread shows, how far apart raises a flag) belong to a
-- home, so a manager of two homes can set each, and a home file carries them. They were two app-wide
-- preferences: every existing home takes their values, where set, and the preferences go.
CREATE TABLE meeting_settings (
  home_id INTEGER PRIMARY KEY REFERENCES homes (id) ON DELETE CASCADE,
  min_raters INTEGER NOT NULL DEFAULT 3 CHECK (min_raters BETWEEN 3 AND 50),
  flag_margin INTEGER NOT NULL DEFAULT 1 CHECK (flag_margin BETWEEN 1 AND 3)
) STRICT;
-- A stored value the app would not have used (not a number, out of range) gives way to the default, as
-- it did when read; a fraction of a rater was rounded down.
INSERT INTO meeting_settings (home_id, min_raters, flag_margin)
SELECT h.id,
       coalesce((SELECT CAST(CAST(p.value AS REAL) AS INTEGER) FROM preferences p
                  WHERE p.key = 'meeting.minRaters'
                    AND CAST(p.value AS REAL) >= 3 AND CAST(p.value AS REAL) < 51
                    AND trim(p.value) GLOB '[0-9]*'), 3),
       coalesce((SELECT CAST(p.value AS INTEGER) FROM preferences p
                  WHERE p.key = 'meeting.flagMargin' AND trim(p.value) IN ('1', '2', '3')), 1)
  FROM homes h
 WHERE EXISTS (SELECT 1 FROM preferences WHERE key IN ('meeting.minRaters', 'meeting.flagMargin'));
DELETE FROM preferences WHERE key IN ('meeting.minRaters', 'meeting.flagMargin');
