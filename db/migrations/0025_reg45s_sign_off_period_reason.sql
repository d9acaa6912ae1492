-- Signing off a Reg 45 draft whose two quarters overlap a recorded Reg 45 period, or leave a gap after
-- one, is allowed (a report for Ofsted is never blocked), but the registered person gives a reason and
-- it is kept with the sign-off. NULL when the period followed on, or the draft is not signed.
ALTER TABLE reg45_drafts ADD COLUMN period_reason TEXT CHECK (period_reason IS NULL OR length(period_reason) <= 2000);
