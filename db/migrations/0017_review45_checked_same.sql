-- "Same as last quarter, checked today": the home's date on which the manager confirmed that an indicator's
-- rating and evidence note still stand as they were in the last completed review. Null when not confirmed.
ALTER TABLE review_indicators ADD COLUMN checked_same_on TEXT
  CHECK (checked_same_on IS NULL OR checked_same_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');

-- A confirmation never outlives what it confirmed: any later change to the rating or the note that does not
-- itself set the date (typing in the review, or a rating agreed in a team meeting) clears it.
CREATE TRIGGER review_indicators_checked_same_cleared
AFTER UPDATE OF rating, note ON review_indicators
WHEN NEW.checked_same_on IS NOT NULL AND NEW.checked_same_on IS OLD.checked_same_on
  AND (NEW.rating IS NOT OLD.rating OR NEW.note IS NOT OLD.note)
BEGIN
  UPDATE review_indicators SET checked_same_on = NULL
   WHERE review_id = NEW.review_id AND indicator_key = NEW.indicator_key;
END;
