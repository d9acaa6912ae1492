-- The home's choice to send its free-text evidence notes to its provider's hub with each signed-off
-- review. Off unless the manager turns it on in Settings; the outbox leaves the notes out otherwise.
ALTER TABLE hub_connections ADD COLUMN publish_notes INTEGER NOT NULL DEFAULT 0 CHECK (publish_notes IN (0, 1));
