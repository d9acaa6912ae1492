-- A home's inspection records, sent whole per kind (Reg 44 visits, Reg 45 reviews, Ofsted inspections,
-- compliance dates): the latest replaces what was held, so an edit or a removal at the home reaches here.
CREATE TABLE home_records (
  home_id uuid NOT NULL REFERENCES homes (id),
  provider_id bigint NOT NULL REFERENCES providers (id),
  kind text NOT NULL CHECK (kind IN ('reg44', 'reg45', 'inspections', 'compliance')),
  body jsonb NOT NULL,
  PRIMARY KEY (home_id, kind)
);
CREATE INDEX home_records_provider ON home_records (provider_id, kind);

-- One quarter's figures, by the app's figure names.
CREATE TABLE home_figures (
  home_id uuid NOT NULL REFERENCES homes (id),
  provider_id bigint NOT NULL REFERENCES providers (id),
  quarter text NOT NULL CHECK (quarter ~ '^[0-9]{4}-Q[1-4]$'),
  figures jsonb NOT NULL,
  PRIMARY KEY (home_id, quarter)
);
CREATE INDEX home_figures_provider ON home_figures (provider_id, quarter);

ALTER TABLE home_records ENABLE ROW LEVEL SECURITY;
ALTER TABLE home_figures ENABLE ROW LEVEL SECURITY;

GRANT SELECT ON home_records, home_figures TO hub_reader;
GRANT SELECT, INSERT, UPDATE ON home_records, home_figures TO hub_home_writer;
-- Reg 45 reports and Ofsted requirements are derived from the records sent whole, so they are replaced.
GRANT DELETE ON home_statutory_items TO hub_home_writer;

-- Records are not shared with commissioners (judgements and figures only); figures are.
CREATE POLICY provider_reads ON home_records FOR SELECT TO hub_reader USING (
  provider_id = (SELECT hub_scope_provider()) AND (SELECT hub_scope_reads_all()));
CREATE POLICY provider_reads ON home_figures FOR SELECT TO hub_reader USING (
  provider_id = (SELECT hub_scope_provider())
  AND ((SELECT hub_scope_reads_all())
       OR ((SELECT hub_scope_role()) = 'commissioner' AND home_id IN (
             SELECT id FROM homes WHERE shares_with_local_authority = (SELECT hub_scope_local_authority())))));

CREATE POLICY own_home ON home_records FOR ALL TO hub_home_writer
  USING (home_id = (SELECT hub_scope_home())) WITH CHECK (home_id = (SELECT hub_scope_home()));
CREATE POLICY own_home ON home_figures FOR ALL TO hub_home_writer
  USING (home_id = (SELECT hub_scope_home())) WITH CHECK (home_id = (SELECT hub_scope_home()));
