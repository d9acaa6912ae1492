-- A note on each agenda item of a team meeting (an indicator, an overdue action or an item the manager
-- added), keyed by the item's id ("indicator:<key>", "action:<id>", "added:<n>"): what the meeting said
-- about it, in a line or two. Never who rated what.
ALTER TABLE team_meetings ADD COLUMN item_notes TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(item_notes));
