import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { QuarterPosition } from '../../contract/dashboard';
import { addDays, addMonths, quarterOfIso } from '../../contract/rules/dates';
import { addQuarters } from '../../contract/rules/quarters';
import { createActionsRepository } from '../improvement/actions-repository';
import { createRecordsService } from '../improvement/records-service';

/** Actions due within this many days are listed on the dashboard's first screen. */
export const DUE_SOON_DAYS = 30;

/** Where one home is in its quarter today: the dashboard's "This quarter" card. */
export function createQuarterPosition(db: Database) {
  const records = createRecordsService(db);
  const actions = createActionsRepository(db);
  const review = db.prepare<
    [number, string],
    { id: number; status: 'draft' | 'completed'; rated: number; total: number; held_on: string | null }
  >(
    `SELECT r.id, r.status,
            (SELECT count(rating) FROM review_indicators WHERE review_id = r.id) AS rated,
            (SELECT count(*) FROM review_indicators WHERE review_id = r.id) AS total,
            (SELECT held_on FROM team_meetings WHERE review_id = r.id) AS held_on
       FROM reviews r WHERE r.home_id = ? AND r.quarter = ?`,
  );
  const surveys = db.prepare<[number, string], { n: number }>(
    'SELECT count(*) AS n FROM voice_sessions WHERE home_id = ? AND quarter = ?',
  );
  const lastVisit = db.prepare<[number], { visited_on: string | null }>(
    'SELECT max(visited_on) AS visited_on FROM reg44_visits WHERE home_id = ?',
  );

  return (homeId: number, today: string): QuarterPosition => {
    const quarter = quarterOfIso(today);
    const reviewQuarter = addQuarters(quarter, -1);
    const found = review.get(homeId, reviewQuarter);
    const visitedOn = lastVisit.get(homeId)?.visited_on ?? null;
    const latest = records
      .reg45Records(homeId, today)
      .sort((a, b) => a.completedOn.localeCompare(b.completedOn))
      .at(-1);
    const soon = addDays(today, DUE_SOON_DAYS);
    return {
      quarter,
      review: {
        quarter: reviewQuarter,
        reviewId: found?.id ?? null,
        status: found?.status ?? 'not-started',
        rated: found?.rated ?? 0,
        total: found?.total ?? 0,
      },
      meetingHeldOn: found?.held_on ?? null,
      surveysThisQuarter: surveys.get(homeId, quarter)!.n,
      reg44: {
        month: today.slice(0, 7),
        visitedThisMonth: visitedOn !== null && visitedOn.slice(0, 7) === today.slice(0, 7),
        lastVisitOn: visitedOn,
      },
      reg45: {
        lastCompletedOn: latest?.completedOn ?? null,
        nextDueBy: latest ? addMonths(latest.completedOn, 6) : null,
        ofstedState: latest?.ofstedState ?? null,
        ofstedDeadline: latest?.ofstedDeadline ?? null,
      },
      // openRows comes soonest first (due date, then id), so the list keeps that order.
      actionsDueSoon: actions
        .openRows(homeId)
        .filter((a) => a.due_on >= today && a.due_on <= soon)
        .map((a) => ({ id: a.id, title: a.title, dueOn: a.due_on })),
    };
  };
}
