-- The registered provider and its responsible individual, as the home records them: the Reg 45 report
-- names both on its cover and in its signature block. Empty until the manager enters them.
ALTER TABLE homes ADD COLUMN provider TEXT;
ALTER TABLE homes ADD COLUMN responsible_individual TEXT;
