import type { PoolClient } from 'pg';
import type { PublicationBody } from '../../contract/hub/publication';
import { formatIsoDate } from '../../contract/rules/dates';

type RecordsBody = Extract<
  PublicationBody,
  { kind: 'records.reg44' | 'records.reg45' | 'records.inspections' | 'records.compliance' }
>;
type Home = { homeId: string; providerId: number };

const RECORD_KIND = {
  'records.reg44': 'reg44',
  'records.reg45': 'reg45',
  'records.inspections': 'inspections',
  'records.compliance': 'compliance',
} as const;

/** Longest title the overdue list shows for a requirement: the regulation and the start of its text. */
const TITLE_MAX = 300;

async function replaceStatutory(
  c: PoolClient,
  { homeId, providerId }: Home,
  kind: 'reg45_report' | 'ofsted_requirement',
  items: { ref: string; title: string; dueOn: string; doneOn: string | null }[],
): Promise<void> {
  await c.query('DELETE FROM home_statutory_items WHERE home_id = $1 AND kind = $2', [homeId, kind]);
  if (items.length === 0) return;
  // One statement for the lot: the record arrays come from jsonb, so PostgreSQL unpacks them itself.
  await c.query(
    `INSERT INTO home_statutory_items (home_id, provider_id, kind, ref, title, due_on, done_on)
     SELECT $1, $2, $3, i.ref, i.title, i."dueOn", i."doneOn"
       FROM jsonb_to_recordset($4::jsonb) AS i(ref text, title text, "dueOn" date, "doneOn" date)`,
    [homeId, providerId, kind, JSON.stringify(items)],
  );
}

/**
 * A kind of record sent whole: kept as sent, and for Reg 45 reviews and Ofsted requirements, the dates
 * the overdue list reads are replaced too. Runs in the ingest transaction as hub_home_writer.
 */
export async function applyRecords(c: PoolClient, home: Home, body: RecordsBody): Promise<void> {
  const kind = RECORD_KIND[body.kind];
  await c.query(
    `INSERT INTO home_records (home_id, provider_id, kind, body) VALUES ($1, $2, $3, $4)
     ON CONFLICT (home_id, kind) DO UPDATE SET body = EXCLUDED.body`,
    [home.homeId, home.providerId, kind, JSON.stringify(body)],
  );
  if (body.kind === 'records.reg45') {
    await replaceStatutory(
      c,
      home,
      'reg45_report',
      body.records.map((r) => ({
        ref: `reg45-${r.ref}`,
        title: `Reg 45 review completed on ${formatIsoDate(r.completedOn)}`,
        dueOn: r.ofstedDueOn,
        doneOn: r.sentToOfstedOn,
      })),
    );
  }
  if (body.kind === 'records.inspections') {
    await replaceStatutory(
      c,
      home,
      'ofsted_requirement',
      body.inspections.flatMap((i) =>
        i.requirements.flatMap((r) =>
          r.complyBy
            ? [
                {
                  ref: `ofsted-${r.ref}`,
                  title: (r.regulation ? `${r.regulation}: ${r.text}` : r.text).slice(0, TITLE_MAX),
                  dueOn: r.complyBy,
                  doneOn: r.metOn,
                },
              ]
            : [],
        ),
      ),
    );
  }
}

/** One quarter's figures, replacing what was held for that quarter. */
export async function applyFigures(
  c: PoolClient,
  { homeId, providerId }: Home,
  body: Extract<PublicationBody, { kind: 'figures.quarter' }>,
): Promise<void> {
  await c.query(
    `INSERT INTO home_figures (home_id, provider_id, quarter, figures) VALUES ($1, $2, $3, $4)
     ON CONFLICT (home_id, quarter) DO UPDATE SET figures = EXCLUDED.figures`,
    [homeId, providerId, body.quarter, JSON.stringify(body.figures)],
  );
}
