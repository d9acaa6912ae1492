-- Framework version 3 (issue 22 §4). The framework itself is data in the app; reviews keep the version
-- they were started with, so nothing here touches a review.

-- Figures an inspection asks for.
ALTER TABLE quarterly_metrics ADD COLUMN children_at_risk_exploitation INTEGER;
ALTER TABLE quarterly_metrics ADD COLUMN police_callouts INTEGER;
ALTER TABLE quarterly_metrics ADD COLUMN searches INTEGER;
ALTER TABLE quarterly_metrics ADD COLUMN self_harm_incidents INTEGER;
ALTER TABLE quarterly_metrics ADD COLUMN bullying_incidents INTEGER;
ALTER TABLE quarterly_metrics ADD COLUMN medication_errors INTEGER;
ALTER TABLE quarterly_metrics ADD COLUMN complaints_from_children INTEGER;
ALTER TABLE quarterly_metrics ADD COLUMN complaints_resolved_in_time INTEGER;
ALTER TABLE quarterly_metrics ADD COLUMN dental_checks_in_date INTEGER;
ALTER TABLE quarterly_metrics ADD COLUMN optician_checks_in_date INTEGER;

-- Each member of staff's supervision (Reg 33(4)) and DBS update-service check: the date of the last one and
-- the date the next is due, which the home's own policy sets.
ALTER TABLE staff ADD COLUMN last_supervision_on TEXT
  CHECK (last_supervision_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
ALTER TABLE staff ADD COLUMN supervision_due_on TEXT
  CHECK (supervision_due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
ALTER TABLE staff ADD COLUMN dbs_checked_on TEXT
  CHECK (dbs_checked_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
ALTER TABLE staff ADD COLUMN dbs_due_on TEXT
  CHECK (dbs_due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
