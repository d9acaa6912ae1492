-- Figures that mean what they say: restraint, missing from care, movement, Level 3, health, family time,
-- familiar cover and Reg 40 notifications; and whether the manager in post is registered.
ALTER TABLE quarterly_metrics ADD COLUMN manager_status TEXT
  CHECK (manager_status IS NULL OR manager_status IN ('registered', 'pending', 'none'));
ALTER TABLE quarterly_metrics ADD COLUMN restraint_children INTEGER;
ALTER TABLE quarterly_metrics ADD COLUMN restraint_debriefed_in_time INTEGER;
ALTER TABLE quarterly_metrics ADD COLUMN return_interviews_offered INTEGER;
ALTER TABLE quarterly_metrics ADD COLUMN reg40_notifications INTEGER;
ALTER TABLE quarterly_metrics ADD COLUMN admissions INTEGER;
ALTER TABLE quarterly_metrics ADD COLUMN endings_planned INTEGER;
ALTER TABLE quarterly_metrics ADD COLUMN endings_unplanned INTEGER;
ALTER TABLE quarterly_metrics ADD COLUMN level3_staff INTEGER;
ALTER TABLE quarterly_metrics ADD COLUMN health_assessments_in_date INTEGER;
ALTER TABLE quarterly_metrics ADD COLUMN family_time_planned INTEGER;
ALTER TABLE quarterly_metrics ADD COLUMN family_time_held INTEGER;
ALTER TABLE quarterly_metrics ADD COLUMN familiar_cover_shifts INTEGER;
