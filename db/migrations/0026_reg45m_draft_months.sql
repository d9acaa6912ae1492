-- A Reg 45 draft covers the home's own Reg 45 period, which may start in any month (a February to July
-- cycle is allowed), not always two whole quarters. Each draft now names its first and last month
-- ("2026-02" and "2026-07"); a draft written before keeps its two quarters, worked out from last_quarter.
-- last_quarter stays as the quarter of the last month (the Reports page still chooses by quarter), but
-- is no longer unique: a February to July draft and an April to September one both end in 2026-Q3.
-- SQLite cannot drop a UNIQUE constraint in place, so the table is rebuilt (no table refers to it).
CREATE TABLE reg45_drafts_by_month (
  id INTEGER PRIMARY KEY,
  home_id INTEGER NOT NULL REFERENCES homes (id) ON DELETE CASCADE,
  last_quarter TEXT NOT NULL CHECK (last_quarter GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
  first_month TEXT NOT NULL CHECK (first_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  last_month TEXT NOT NULL CHECK (last_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  analysis TEXT NOT NULL DEFAULT '' CHECK (length(analysis) <= 100000),
  standards TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(standards) AND json_type(standards) = 'object'),
  signed_by TEXT CHECK (signed_by IS NULL OR length(trim(signed_by)) BETWEEN 1 AND 200),
  signed_on TEXT CHECK (signed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  period_reason TEXT CHECK (period_reason IS NULL OR length(period_reason) <= 2000),
  updated_at TEXT NOT NULL,
  UNIQUE (home_id, first_month, last_month),
  -- At most six months, first to last, and the last month falls in last_quarter.
  CHECK (first_month <= last_month AND last_month <= strftime('%Y-%m', first_month || '-01', '+5 months')),
  CHECK (last_quarter = substr(last_month, 1, 4) || '-Q' || ((CAST(substr(last_month, 6, 2) AS INTEGER) + 2) / 3)),
  CHECK ((signed_by IS NULL) = (signed_on IS NULL)),
  CHECK (signed_by IS NULL OR length(trim(analysis)) > 0)
) STRICT;

INSERT INTO reg45_drafts_by_month (id, home_id, last_quarter, first_month, last_month, analysis, standards,
  signed_by, signed_on, period_reason, updated_at)
SELECT id, home_id, last_quarter,
  strftime('%Y-%m', substr(last_quarter, 1, 4) || '-01-01',
    printf('%+d months', CAST(substr(last_quarter, 7, 1) AS INTEGER) * 3 - 6)),
  strftime('%Y-%m', substr(last_quarter, 1, 4) || '-01-01',
    printf('%+d months', CAST(substr(last_quarter, 7, 1) AS INTEGER) * 3 - 1)),
  analysis, standards, signed_by, signed_on, period_reason, updated_at
FROM reg45_drafts;

DROP TABLE reg45_drafts;
ALTER TABLE reg45_drafts_by_month RENAME TO reg45_drafts;
