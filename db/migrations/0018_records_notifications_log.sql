-- Rules stated as the regulations state them (issue 22, section 3).

-- The notifications log: each Regulation 40 serious event, Regulation 48 absence notice and Regulation 49
-- change notice, what happened and when, and each person told (Ofsted and every other relevant person)
-- with when. Moments are UTC timestamps, shown and counted in the home's time (Europe/London).
CREATE TABLE notifications (
  id INTEGER PRIMARY KEY,
  home_id INTEGER NOT NULL REFERENCES homes (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('reg40', 'reg48', 'reg49')),
  event_type TEXT NOT NULL CHECK (
    (kind = 'reg40' AND event_type IN
      ('death', 'dbs-referral', 'exploitation', 'police', 'allegation', 'child-protection', 'other'))
    OR (kind = 'reg48' AND event_type IN ('absence-planned', 'absence-unforeseen', 'return'))
    OR (kind = 'reg49' AND event_type IN ('manager-starts', 'manager-stops', 'other'))
  ),
  what TEXT NOT NULL CHECK (length(trim(what)) >= 1),
  event_at TEXT NOT NULL CHECK (event_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX notifications_home ON notifications (home_id, event_at);

CREATE TABLE notification_recipients (
  id INTEGER PRIMARY KEY,
  notification_id INTEGER NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
  recipient TEXT NOT NULL CHECK (recipient IN
    ('ofsted', 'placing-authority', 'host-authority', 'police', 'parent', 'other')),
  who TEXT NOT NULL DEFAULT '' CHECK (length(who) <= 200),
  notified_at TEXT NOT NULL CHECK (notified_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z')
) STRICT;
CREATE INDEX notification_recipients_entry ON notification_recipients (notification_id);

-- Regulation 35 has three clocks for every measure of control, discipline or restraint: recorded within
-- 24 hours; the registered or authorised person speaks to the staff member and signs within 48 hours; and
-- confirms within 5 days that they have spoken to the child. The old single figure ("recorded within 24
-- hours and talked through with the child") stays in its column, untouched, for the quarters it was kept.
ALTER TABLE quarterly_metrics ADD COLUMN control_measures INTEGER;
ALTER TABLE quarterly_metrics ADD COLUMN measures_recorded_in_time INTEGER;
ALTER TABLE quarterly_metrics ADD COLUMN measures_signed_in_time INTEGER;
ALTER TABLE quarterly_metrics ADD COLUMN measures_child_spoken_in_time INTEGER;

-- Return-home interviews: offered, held and declined, counted apart (a child may decline).
ALTER TABLE quarterly_metrics ADD COLUMN return_interviews_held INTEGER;
ALTER TABLE quarterly_metrics ADD COLUMN return_interviews_declined INTEGER;

-- Regulations 32 and 28: the date a qualification is due by can be deferred; the new date and why are kept.
ALTER TABLE staff_qualifications ADD COLUMN deferred_to TEXT
  CHECK (deferred_to GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
ALTER TABLE staff_qualifications ADD COLUMN deferral_reason TEXT NOT NULL DEFAULT '';
