-- The three SCCIF judgements, recorded in every review made against framework version 2 or later:
-- overall experiences and progress, helped and protected, leaders and managers. Reviews made against
-- version 1 have no rows here: they recorded one overall judgement, kept as it is in reviews.overall.
-- This step only adds a table; it reads and changes no existing row.
CREATE TABLE review_judgements (
  review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  area TEXT NOT NULL CHECK (area IN ('experiences', 'protection', 'leadership')),
  judgement INTEGER CHECK (judgement BETWEEN 1 AND 4),
  -- The app's suggestion when the manager last saved, so a change from it can be shown with its reason.
  suggested INTEGER CHECK (suggested BETWEEN 1 AND 4),
  reason TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (review_id, area)
);
