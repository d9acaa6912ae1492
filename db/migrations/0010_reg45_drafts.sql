-- The registered person's own words in the Reg 45 review draft (issue 12): one draft per home and
-- six-month period, named by the last of its two quarters (the Reports page's choice), saved with the
-- draft and printed in it. Signing it off records who and when; a signed draft is no longer a draft.
CREATE TABLE reg45_drafts (
  id INTEGER PRIMARY KEY,
  home_id INTEGER NOT NULL REFERENCES homes (id) ON DELETE CASCADE,
  -- The period is the quarter before this one and this one: "2026-Q3" is 1 April to 30 September 2026.
  last_quarter TEXT NOT NULL CHECK (last_quarter GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
  -- The overall analysis: honest, in the registered person's words. Long text is allowed.
  analysis TEXT NOT NULL DEFAULT '' CHECK (length(analysis) <= 100000),
  -- Comments per Quality Standard, by regulation number ("5" to "14"): {"7": "…"}.
  standards TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(standards) AND json_type(standards) = 'object'),
  signed_by TEXT CHECK (signed_by IS NULL OR length(trim(signed_by)) BETWEEN 1 AND 200),
  signed_on TEXT CHECK (signed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  updated_at TEXT NOT NULL,
  UNIQUE (home_id, last_quarter),
  CHECK ((signed_by IS NULL) = (signed_on IS NULL)),
  -- Signing needs the analysis written: the app checks first, and this keeps it true.
  CHECK (signed_by IS NULL OR length(trim(analysis)) > 0)
) STRICT;
