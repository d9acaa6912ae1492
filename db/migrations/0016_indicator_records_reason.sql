-- "Your records say...": one sentence on why an indicator is rated above what the home's own records
-- suggest (an overdue Reg 44 recommendation, a late Reg 45 report, young people's answers), asked before
-- sign-off. Empty until the manager writes it.
ALTER TABLE review_indicators ADD COLUMN records_reason TEXT NOT NULL DEFAULT '';
