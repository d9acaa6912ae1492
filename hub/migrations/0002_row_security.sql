-- Row-level security: the second wall behind the service's own checks. Requests for a provider's people
-- run as hub_reader, a home's publications as hub_home_writer, each with its scope in transaction-local
-- settings (hub.provider_id, hub.role, hub.local_authority, hub.home_id). Unset settings match nothing.
-- The roles are cluster-wide, so another hub database on the same server reuses them.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hub_reader') THEN
    CREATE ROLE hub_reader NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hub_home_writer') THEN
    CREATE ROLE hub_home_writer NOLOGIN;
  END IF;
END
$$;
GRANT hub_reader, hub_home_writer TO CURRENT_USER;

CREATE FUNCTION hub_scope_provider() RETURNS bigint LANGUAGE sql STABLE AS
  $$ SELECT NULLIF(current_setting('hub.provider_id', true), '')::bigint $$;
CREATE FUNCTION hub_scope_role() RETURNS text LANGUAGE sql STABLE AS
  $$ SELECT NULLIF(current_setting('hub.role', true), '') $$;
CREATE FUNCTION hub_scope_local_authority() RETURNS text LANGUAGE sql STABLE AS
  $$ SELECT NULLIF(current_setting('hub.local_authority', true), '') $$;
CREATE FUNCTION hub_scope_home() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT NULLIF(current_setting('hub.home_id', true), '')::uuid $$;
-- The provider's own people (not a commissioner) read everything of their provider.
CREATE FUNCTION hub_scope_reads_all() RETURNS boolean LANGUAGE sql STABLE AS
  $$ SELECT coalesce(hub_scope_role() IN ('provider_admin', 'ri', 'quality_lead'), false) $$;

ALTER TABLE homes ENABLE ROW LEVEL SECURITY;
ALTER TABLE publications ENABLE ROW LEVEL SECURITY;
ALTER TABLE home_reviews ENABLE ROW LEVEL SECURITY;
ALTER TABLE home_actions ENABLE ROW LEVEL SECURITY;
ALTER TABLE home_statutory_items ENABLE ROW LEVEL SECURITY;

-- In the policies each setting is read in a sub-select: PostgreSQL then reads it once per query (an
-- init plan) instead of once per row, which kept a provider's dashboard well behind hand-written SQL.
GRANT SELECT ON homes, home_reviews, home_actions, home_statutory_items TO hub_reader;
GRANT SELECT, UPDATE (last_applied_seq, shares_with_local_authority) ON homes TO hub_home_writer;
GRANT SELECT, INSERT, UPDATE ON publications, home_reviews, home_actions, home_statutory_items
  TO hub_home_writer;

CREATE POLICY provider_reads ON homes FOR SELECT TO hub_reader USING (
  provider_id = (SELECT hub_scope_provider())
  AND ((SELECT hub_scope_reads_all())
       OR ((SELECT hub_scope_role()) = 'commissioner' AND shares_with_local_authority = (SELECT hub_scope_local_authority()))));
CREATE POLICY provider_reads ON home_reviews FOR SELECT TO hub_reader USING (
  provider_id = (SELECT hub_scope_provider())
  AND ((SELECT hub_scope_reads_all())
       OR ((SELECT hub_scope_role()) = 'commissioner' AND home_id IN (
             SELECT id FROM homes WHERE shares_with_local_authority = (SELECT hub_scope_local_authority())))));
-- Actions and statutory items are not shared with commissioners: judgements and figures only.
CREATE POLICY provider_reads ON home_actions FOR SELECT TO hub_reader USING (
  provider_id = (SELECT hub_scope_provider()) AND (SELECT hub_scope_reads_all()));
CREATE POLICY provider_reads ON home_statutory_items FOR SELECT TO hub_reader USING (
  provider_id = (SELECT hub_scope_provider()) AND (SELECT hub_scope_reads_all()));

CREATE POLICY own_home ON homes FOR ALL TO hub_home_writer
  USING (id = (SELECT hub_scope_home())) WITH CHECK (id = (SELECT hub_scope_home()));
CREATE POLICY own_home ON publications FOR ALL TO hub_home_writer
  USING (home_id = (SELECT hub_scope_home())) WITH CHECK (home_id = (SELECT hub_scope_home()));
CREATE POLICY own_home ON home_reviews FOR ALL TO hub_home_writer
  USING (home_id = (SELECT hub_scope_home())) WITH CHECK (home_id = (SELECT hub_scope_home()));
CREATE POLICY own_home ON home_actions FOR ALL TO hub_home_writer
  USING (home_id = (SELECT hub_scope_home())) WITH CHECK (home_id = (SELECT hub_scope_home()));
CREATE POLICY own_home ON home_statutory_items FOR ALL TO hub_home_writer
  USING (home_id = (SELECT hub_scope_home())) WITH CHECK (home_id = (SELECT hub_scope_home()));
