-- The home's choice to send its free-text evidence notes to its provider's hub with each signed-off
-- review. Off unless the manager turns it on in Settings; the outbox leaves the notes out otherwise.
ALTER TABLE hub_connections ADD COLUMN publish_notes INTEGER NOT NULL DEFAULT 0 CHECK (publish_notes IN (0, 1));

-- A team rating round whose sheets staff fill on their own phones through the hub: the hub's round, and
-- each person's one-use code, shown to the manager while the round is open. Deleted when it ends.
CREATE TABLE hub_phone_rounds (
  round_id INTEGER PRIMARY KEY REFERENCES team_rounds (id) ON DELETE CASCADE,
  hub_round_id TEXT NOT NULL,
  -- [{ "staffId": 3, "code": "K7MR-2QXH-9DPA-WNZ4" }, …]
  links TEXT NOT NULL CHECK (json_valid(links))
) STRICT;
