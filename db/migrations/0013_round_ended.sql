-- When the manager ended a team rating round by hand, kept in the round's own row, so a home file
-- carries it (it was a preference named after the round, which stayed on this computer).
-- Null while the round is open, or when it ended only because the meeting was held or the review completed.
ALTER TABLE team_rounds ADD COLUMN ended_at TEXT
  CHECK (ended_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*');
-- A mark whose value is not a timestamp still ended its round: it takes the time of this step.
UPDATE team_rounds SET ended_at = (
  SELECT CASE WHEN p.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*' THEN p.value
              ELSE strftime('%Y-%m-%dT%H:%M:%fZ', 'now') END
    FROM preferences p
   WHERE p.key = 'teamRound.closed.' || team_rounds.id || '.' || team_rounds.created_at);
-- Every mark goes, including those of rounds since deleted: they named a round by id and creation time.
DELETE FROM preferences WHERE key GLOB 'teamRound.closed.*';
