import type { PoolClient } from 'pg';
import type { PublicationBody } from '../../contract/hub/publication';
import { applyFigures, applyRecords } from './apply-records';

/**
 * Applies one publication to the tables the provider's pages read. Runs inside the ingest transaction as
 * hub_home_writer, so it can touch only this home's rows; provider_id comes from the home's enrolment.
 */
export async function applyPublication(
  c: PoolClient,
  home: { homeId: string; providerId: number },
  body: PublicationBody,
): Promise<void> {
  const { homeId, providerId } = home;
  switch (body.kind) {
    case 'review.signed_off': {
      const j = body.judgements;
      await c.query(
        `INSERT INTO home_reviews (home_id, provider_id, quarter, status, signed_on, overall,
           experiences_and_progress, helped_and_protected, leaders_and_managers, detail)
         VALUES ($1, $2, $3, 'signed_off', $4, $5, $6, $7, $8, $9)
         ON CONFLICT (home_id, quarter) DO UPDATE SET status = 'signed_off', signed_on = EXCLUDED.signed_on,
           overall = EXCLUDED.overall, experiences_and_progress = EXCLUDED.experiences_and_progress,
           helped_and_protected = EXCLUDED.helped_and_protected,
           leaders_and_managers = EXCLUDED.leaders_and_managers, detail = EXCLUDED.detail`,
        [
          homeId,
          providerId,
          body.quarter,
          body.signedOn,
          body.overall,
          j.experiencesAndProgress.grade,
          j.helpedAndProtected.grade,
          j.leadersAndManagers.grade,
          JSON.stringify({
            reasons: {
              experiencesAndProgress: j.experiencesAndProgress.reason,
              helpedAndProtected: j.helpedAndProtected.reason,
              leadersAndManagers: j.leadersAndManagers.reason,
            },
            domains: body.domains,
            ratings: body.ratings,
          }),
        ],
      );
      return;
    }
    case 'review.reopened':
      await c.query(`UPDATE home_reviews SET status = 'reopened' WHERE home_id = $1 AND quarter = $2`, [
        homeId,
        body.quarter,
      ]);
      return;
    case 'action.saved':
      await c.query(
        `INSERT INTO home_actions (home_id, provider_id, ref, title, owner, due_on, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (home_id, ref) DO UPDATE SET title = EXCLUDED.title, owner = EXCLUDED.owner,
           due_on = EXCLUDED.due_on, status = EXCLUDED.status`,
        [homeId, providerId, body.ref, body.title, body.owner, body.dueOn, body.status],
      );
      return;
    case 'statutory.item':
      await c.query(
        `INSERT INTO home_statutory_items (home_id, provider_id, kind, ref, title, due_on, done_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (home_id, kind, ref) DO UPDATE SET title = EXCLUDED.title, due_on = EXCLUDED.due_on,
           done_on = EXCLUDED.done_on`,
        [homeId, providerId, body.item, body.ref, body.title, body.dueOn, body.doneOn],
      );
      return;
    case 'home.sharing':
      await c.query('UPDATE homes SET shares_with_local_authority = $2 WHERE id = $1', [
        homeId,
        body.localAuthority,
      ]);
      return;
    case 'records.reg44':
    case 'records.reg45':
    case 'records.inspections':
    case 'records.compliance':
      await applyRecords(c, home, body);
      return;
    case 'figures.quarter':
      await applyFigures(c, home, body);
      return;
  }
}
