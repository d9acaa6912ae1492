-- A password the provider admin set on a reset is temporary: it signs the person in only to choose
-- their own, and nothing else answers until they have.
ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
