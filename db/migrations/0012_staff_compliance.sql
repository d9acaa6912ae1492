-- Compliance dates tied to the staff list (issue 10, point 1): a qualification deadline names a member of
-- staff, and each member of staff has the date of their last appraisal (Reg 33(4): at least once a year).

-- Deadlines recorded before this step named a typed person. They keep that name; where it matches exactly
-- one member of the same home's staff list (ignoring case and spaces at the ends), they are linked to them.
ALTER TABLE staff_qualifications ADD COLUMN staff_id INTEGER REFERENCES staff (id) ON DELETE SET NULL;
UPDATE staff_qualifications SET staff_id = (
  SELECT s.id FROM staff s
  WHERE s.home_id = staff_qualifications.home_id
    AND lower(trim(s.name)) = lower(trim(staff_qualifications.person))
)
WHERE (
  SELECT count(*) FROM staff s
  WHERE s.home_id = staff_qualifications.home_id
    AND lower(trim(s.name)) = lower(trim(staff_qualifications.person))
) = 1;
CREATE INDEX staff_qualifications_staff ON staff_qualifications (staff_id);

ALTER TABLE staff ADD COLUMN last_appraisal_on TEXT
  CHECK (last_appraisal_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
