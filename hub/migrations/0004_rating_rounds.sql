-- Staff rating on their own phones. The hub keeps the sheet to show, one link per person (only its
-- fingerprint, and only until it is used or the round ends), whether each person has finished (no time),
-- and per indicator how many chose each grade. Nothing records who chose what.
CREATE TABLE rating_rounds (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  home_id uuid NOT NULL REFERENCES homes (id),
  provider_id bigint NOT NULL REFERENCES providers (id),
  sheet jsonb NOT NULL,
  min_raters integer NOT NULL CHECK (min_raters >= 3),
  closed boolean NOT NULL DEFAULT false
);
CREATE INDEX rating_rounds_home ON rating_rounds (home_id);

CREATE TABLE rating_links (
  round_id uuid NOT NULL REFERENCES rating_rounds (id) ON DELETE CASCADE,
  -- The home's own number for the person: the hub never holds a name.
  person_ref bigint NOT NULL CHECK (person_ref >= 1),
  -- SHA-256 of the one-use code; NULL once used or once the round ended.
  code_hash text UNIQUE,
  finished boolean NOT NULL DEFAULT false,
  PRIMARY KEY (round_id, person_ref)
);

CREATE TABLE rating_tallies (
  round_id uuid NOT NULL REFERENCES rating_rounds (id) ON DELETE CASCADE,
  indicator_key text NOT NULL,
  rating smallint NOT NULL CHECK (rating BETWEEN 0 AND 4),
  count integer NOT NULL CHECK (count >= 0),
  PRIMARY KEY (round_id, indicator_key, rating)
);

-- Only the home's own credential reaches its rounds; the provider's people are granted nothing here, so
-- no one at the provider sees even the tallies. Phones are served by the service after checking the code.
ALTER TABLE rating_rounds ENABLE ROW LEVEL SECURITY;
ALTER TABLE rating_links ENABLE ROW LEVEL SECURITY;
ALTER TABLE rating_tallies ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE, DELETE ON rating_rounds, rating_links, rating_tallies TO hub_home_writer;
CREATE POLICY own_home ON rating_rounds FOR ALL TO hub_home_writer
  USING (home_id = (SELECT hub_scope_home())) WITH CHECK (home_id = (SELECT hub_scope_home()));
CREATE POLICY own_home ON rating_links FOR ALL TO hub_home_writer
  USING (round_id IN (SELECT id FROM rating_rounds WHERE home_id = (SELECT hub_scope_home())))
  WITH CHECK (round_id IN (SELECT id FROM rating_rounds WHERE home_id = (SELECT hub_scope_home())));
CREATE POLICY own_home ON rating_tallies FOR ALL TO hub_home_writer
  USING (round_id IN (SELECT id FROM rating_rounds WHERE home_id = (SELECT hub_scope_home())))
  WITH CHECK (round_id IN (SELECT id FROM rating_rounds WHERE home_id = (SELECT hub_scope_home())));
