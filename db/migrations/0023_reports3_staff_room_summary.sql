-- The staff-room page goes on the wall, so it prints a summary written for the wall, never the review's
-- strengths and areas to improve (which may name a child). Empty until the manager writes it.
ALTER TABLE reviews ADD COLUMN staff_room_summary TEXT NOT NULL DEFAULT '';
