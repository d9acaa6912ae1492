import type { Pool } from 'pg';
import type { PublicationBody } from '../../contract/hub/publication';
import type { SignedInUser } from './accounts';
import { HubError } from './hub-error';
import { asReader } from './scope';

type Body<K extends PublicationBody['kind']> = Extract<PublicationBody, { kind: K }>;

export interface QuarterJudgements {
  quarter: string;
  status: 'signed_off' | 'reopened';
  signedOn: string | null;
  overall: number | null;
  experiencesAndProgress: number | null;
  helpedAndProtected: number | null;
  leadersAndManagers: number | null;
}

export interface HomeOverTime {
  id: string;
  name: string;
  quarters: QuarterJudgements[];
}

export interface OverdueItem {
  homeId: string;
  homeName: string;
  kind: 'reg44_response' | 'ofsted_requirement' | 'reg45_report' | 'compliance' | 'action';
  title: string;
  dueOn: string;
}

const REVIEW_COLUMNS = `quarter, status, to_char(signed_on, 'YYYY-MM-DD') AS "signedOn", overall,
  experiences_and_progress AS "experiencesAndProgress", helped_and_protected AS "helpedAndProtected",
  leaders_and_managers AS "leadersAndManagers"`;

/**
 * What a provider's people read. Every query runs as hub_reader in the user's scope, and row-level
 * security does the filtering: these queries name no provider, so a wrong scope shows nothing, never
 * another provider's homes.
 */
export function createProviderReads(pool: Pool) {
  return {
    /** Every home the user may see, with each signed-off quarter's judgements, oldest first. */
    homesOverTime: (user: SignedInUser): Promise<HomeOverTime[]> =>
      asReader(pool, user, async (c) => {
        const homes = await c.query<{ id: string; name: string }>(
          'SELECT id, name FROM homes WHERE revoked_at IS NULL ORDER BY name, id',
        );
        const reviews = await c.query<QuarterJudgements & { homeId: string }>(
          `SELECT home_id AS "homeId", ${REVIEW_COLUMNS} FROM home_reviews WHERE status = 'signed_off' ORDER BY quarter`,
        );
        const byHome = new Map(homes.rows.map((h) => [h.id, { ...h, quarters: [] as QuarterJudgements[] }]));
        for (const { homeId, ...q } of reviews.rows) byHome.get(homeId)?.quarters.push(q);
        return [...byHome.values()];
      }),

    async homeHistory(user: SignedInUser, homeId: string) {
      return asReader(pool, user, async (c) => {
        // A revoked home stays readable (what it sent before is still the provider's record), saying so.
        const home = await c.query<{ id: string; name: string; revokedAt: Date | null }>(
          'SELECT id, name, revoked_at AS "revokedAt" FROM homes WHERE id = $1',
          [homeId],
        );
        if (!home.rows[0]) throw new HubError(404, 'not_found', 'That home is not one you can see.');
        const reviews = await c.query(
          `SELECT ${REVIEW_COLUMNS}, detail FROM home_reviews WHERE home_id = $1 ORDER BY quarter`,
          [homeId],
        );
        const actions = await c.query(
          `SELECT ref, title, owner, to_char(due_on, 'YYYY-MM-DD') AS "dueOn", status
           FROM home_actions WHERE home_id = $1 ORDER BY due_on, ref`,
          [homeId],
        );
        // Records and figures as the home last sent them; row-level security hides records from commissioners.
        const records = await c.query<{ kind: string; body: unknown }>(
          'SELECT kind, body FROM home_records WHERE home_id = $1',
          [homeId],
        );
        const figures = await c.query<{ quarter: string; figures: Record<string, number | null> }>(
          'SELECT quarter, figures FROM home_figures WHERE home_id = $1 ORDER BY quarter',
          [homeId],
        );
        const recordOf = (kind: string) => records.rows.find((r) => r.kind === kind)?.body ?? null;
        return {
          home: home.rows[0],
          reviews: reviews.rows,
          actions: actions.rows,
          reg44: recordOf('reg44') as Body<'records.reg44'> | null,
          reg45: recordOf('reg45') as Body<'records.reg45'> | null,
          inspections: recordOf('inspections') as Body<'records.inspections'> | null,
          compliance: recordOf('compliance') as Body<'records.compliance'> | null,
          figures: figures.rows,
        };
      });
    },

    /** Statutory items not done by their date, compliance dates passed, and open actions past due. */
    overdue: (user: SignedInUser, today: string): Promise<OverdueItem[]> =>
      asReader(pool, user, async (c) => {
        const r = await c.query<OverdueItem>(
          `SELECT s.home_id AS "homeId", h.name AS "homeName", s.kind, s.title, to_char(s.due_on, 'YYYY-MM-DD') AS "dueOn"
             FROM home_statutory_items s JOIN homes h ON h.id = s.home_id
            WHERE s.done_on IS NULL AND s.due_on < $1::date AND h.revoked_at IS NULL
           UNION ALL
           SELECT r.home_id, h.name, 'compliance', d->>'title', d->>'nextDueOn'
             FROM home_records r JOIN homes h ON h.id = r.home_id, jsonb_array_elements(r.body->'dates') d
            WHERE r.kind = 'compliance' AND (d->>'nextDueOn')::date < $1::date AND h.revoked_at IS NULL
           UNION ALL
           SELECT a.home_id, h.name, 'action', a.title, to_char(a.due_on, 'YYYY-MM-DD')
             FROM home_actions a JOIN homes h ON h.id = a.home_id
            WHERE a.status IN ('open', 'in_progress') AND a.due_on < $1::date AND h.revoked_at IS NULL
           ORDER BY "dueOn", "homeName"`,
          [today],
        );
        return r.rows;
      }),
  };
}
export type ProviderReads = ReturnType<typeof createProviderReads>;
